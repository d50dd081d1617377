export { assessExposure } from "./assess";
export * from "./types";
export { answerIssues, validateAnswers } from "./validate";
