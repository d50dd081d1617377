import { incidentFromRecord, shippedRecord } from "./criteria-record";
import record from "./records/telecom-square-2013.json";
import { SOURCES } from "./sources";

/**
 * telecom-square-2013: the incident as its criteria record (records/telecom-square-2013.json) gives it,
 * the record being the only source of the data (lib/criteria/SPEC.md; the data test checks it
 * against shared/facts/incidents.md). Its sources are the registry's own objects.
 */
export const telecomSquare2013 = incidentFromRecord(shippedRecord(record), SOURCES);
