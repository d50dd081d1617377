import { describe, expect, test } from "vitest";
import { applyPatch } from "../criteria/patch";
import { SHIPPED_RECORDS } from "../criteria/records";
import {
	type CriteriaRecord,
	incidentFromRecord,
	recordFromIncident,
	sourceFromRecord,
	vendorFromOrganization,
} from "./criteria-record";

/** A record as the mapping gives it back: the editor's `$schema` pointer is never read. */
function withoutPointer({ $schema: _pointer, ...record }: CriteriaRecord): CriteriaRecord {
	return record;
}

describe.each(Object.entries(SHIPPED_RECORDS))("%s", (_id, record) => {
	const incident = incidentFromRecord(record);
	const vendor = vendorFromOrganization(record.organization, [record.id]);
	const byId = (id: string) => {
		const found = record.sources.find((source) => source.id === id);
		if (!found) throw new Error(`no source ${id}`);
		return sourceFromRecord(found);
	};

	test("record → incident and company → record changes nothing", () => {
		expect(recordFromIncident(incident, vendor, byId)).toStrictEqual(withoutPointer(record));
	});

	test("the incident cites exactly the sources it lists; the company's others stay in the record", () => {
		const listed = incident.sources.map((source) => source.id);
		expect(record.sources.map((source) => source.id).filter((id) => !listed.includes(id))).toEqual(
			vendor.sources.filter((id) => !listed.includes(id)),
		);
	});

	test("the record's metadata and each quote's origin are carried, never lost", () => {
		expect(incident.record?.schemaVersion).toBe(record.schema_version);
		expect(incident.record?.timeZone).toBe("Asia/Tokyo");
		const wordings = incident.paths.flatMap((path) => path.wordings);
		expect(
			wordings.every((wording) => wording.quoteOrigin && wording.sources.includes(wording.quoteOrigin.source)),
		).toBe(true);
	});
});

test("a change anywhere in a record shows after the round trip", () => {
	const record = SHIPPED_RECORDS["telecom-square-2013"] as CriteriaRecord;
	const changed = applyPatch(record, [{ op: "remove", path: "/paths/1/wordings/0/clauses/0/all/1" }]);
	const incident = incidentFromRecord(changed);
	const vendor = vendorFromOrganization(record.organization, [record.id]);
	const byId = (id: string) => sourceFromRecord(record.sources.find((source) => source.id === id) as never);
	expect(recordFromIncident(incident, vendor, byId)).not.toStrictEqual(withoutPointer(record));
});
