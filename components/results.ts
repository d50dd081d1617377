/**
 * The engine, the full incident data and the components that explain a result. The checker loads
 * this module as soon as it opens, but after its first render: the questions show at once.
 */
export { assessExposure } from "../lib/exposure";
export { summaryText } from "../lib/summary";
export { FindingCard } from "./FindingCard";
export { WhatToDoNow } from "./WhatToDoNow";
