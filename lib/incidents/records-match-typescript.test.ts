import { describe, expect, test } from "vitest";
import { SHIPPED_RECORDS } from "../criteria/records";
import { incidentFromRecord, sourceFromRecord, vendorFromOrganization } from "./criteria-record";
import { incidentById, vendorById } from "./index";
import { SOURCES } from "./sources";
import type { Incident } from "./types";

/**
 * Until the switch (/work/team/criteria-switch.mjs), the TypeScript modules hold the incident data
 * and the records are generated from them: they must say the same. The switch removes this test;
 * a failure here means the TS data changed: run the script with --generate-only.
 */
function withoutRecordFields({ record: _record, ...incident }: Incident): Omit<Incident, "record"> {
	return {
		...incident,
		paths: incident.paths.map((path) => ({
			...path,
			wordings: path.wordings.map(({ quoteOrigin: _origin, ...wording }) => wording),
		})),
		exclusions: incident.exclusions.map(({ quoteOrigin: _origin, conflict: _conflict, ...exclusion }) => exclusion),
	};
}

describe.each(Object.entries(SHIPPED_RECORDS))("%s", (id, record) => {
	test("reads back as the TypeScript incident, its vendor and its sources", () => {
		const incident = incidentById(id as Incident["id"]);
		expect(JSON.parse(JSON.stringify(withoutRecordFields(incidentFromRecord(record))))).toEqual(
			JSON.parse(JSON.stringify(incident)),
		);
		const vendor = vendorById(incident.vendor);
		expect(vendorFromOrganization(record.organization, vendor.incidents)).toEqual(vendor);
		for (const source of record.sources) expect(sourceFromRecord(source)).toEqual(SOURCES[source.id as never]);
	});
});
