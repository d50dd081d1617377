export { assessExposure, assessExposureIn } from "./assess";
export {
	assessCompany,
	assessPerson,
	type CompanyResult,
	type PersonResult,
	type RentalAssessment,
	type ServerResult,
} from "./company";
export * from "./types";
export { answerIssues, validateAnswers } from "./validate";
