import type { CriteriaRecord } from "../incidents/criteria-record";
import telecomSquare2013 from "../incidents/records/telecom-square-2013.json";
import xcomGlobal2013 from "../incidents/records/xcom-global-2013.json";

/** The shipped records as published, by id (the tests and the conformance cases start from them). */
export const SHIPPED_RECORDS: Readonly<Record<string, CriteriaRecord>> = {
	"telecom-square-2013": telecomSquare2013 as unknown as CriteriaRecord,
	"xcom-global-2013": xcomGlobal2013 as unknown as CriteriaRecord,
};
