/**
 * The engine, the full incident data and the components that explain a result. The checker loads
 * this module as soon as it opens, but after its first render: the questions show at once.
 */

export { resultView, settleIntro, summaryText } from "../../lib/checker/result";
export { assessExposure, assessPerson } from "../../lib/exposure";
export { EmailQuestion } from "./EmailQuestion";
export { FindingCard } from "./FindingCard";
export { HowToFindDates } from "./HowToFindDates";
export { ResultReasons } from "./ResultReasons";
export { Timeline } from "./Timeline";
export { WhatToDoNow } from "./WhatToDoNow";
