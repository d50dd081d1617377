import { readdirSync } from "node:fs";
import validate from "virtual:criteria-schema";
import { describe, expect, test } from "vitest";
import { LOCALES } from "../i18n/text";
import { CHECK_CODES, checkRecord, checkRecordText, jsonPath, type SchemaValidator } from "./check";
import { CHECK_CASES as broken, runCheckCase } from "./conformance";
import { applyPatch } from "./patch";
import { SHIPPED_RECORDS } from "./records";

const run = (item: (typeof broken)[number]) => runCheckCase(item, validate);

describe("the shipped records", () => {
	test("are every record file there is", () => {
		const files = readdirSync(new URL("../incidents/records/", import.meta.url)).filter((name) =>
			name.endsWith(".json"),
		);
		expect(files.map((name) => name.replace(/\.json$/, "")).sort()).toEqual(Object.keys(SHIPPED_RECORDS).sort());
	});

	test.each(Object.entries(SHIPPED_RECORDS))("%s passes the schema and every check", (_id, record) => {
		const result = checkRecord(record, validate);
		expect(result.errors).toEqual([]);
		expect(result.record).toBe(record);
	});

	test("a source or a company two records share is the same in both", () => {
		const records = Object.values(SHIPPED_RECORDS);
		const sources = new Map<string, unknown>();
		const organizations = new Map<string, unknown>();
		for (const record of records) {
			for (const source of record.sources) {
				if (sources.has(source.id)) expect(source, source.id).toEqual(sources.get(source.id));
				sources.set(source.id, source);
			}
			const { id } = record.organization;
			if (organizations.has(id)) expect(record.organization, id).toEqual(organizations.get(id));
			organizations.set(id, record.organization);
		}
		expect(sources.size).toBeGreaterThan(20);
	});
});

describe("each broken record is rejected with its code and path, and only that", () => {
	test.each(broken.map((item) => [`${item.code} ${item.why}`, item] as const))("%s", (_name, item) => {
		const result = run(item);
		expect(result.errors.map((found) => `${found.code} ${found.path}`)).toEqual([`${item.code} ${item.path}`]);
		expect(result.record).toBeUndefined();
	});

	test("every check is exercised (the schema's fallback below)", () => {
		const exercised = new Set(broken.map((item) => item.code));
		expect(CHECK_CODES.filter((code) => !exercised.has(code))).toEqual(["OBC-SCH-010"]);
	});

	test("a schema rule without a sentence of its own still gets a code, a path and both languages", () => {
		const fake: SchemaValidator = Object.assign(() => false, {
			errors: [
				{ instancePath: "/paths/0", schemaPath: "#/maxItems", keyword: "maxItems", params: {}, message: "too many" },
			],
		});
		const [found] = checkRecord({}, fake).errors;
		expect(found?.code).toBe("OBC-SCH-010");
		expect(found?.path).toBe("$.paths[0]");
		expect(found?.message.en).toContain("too many");
	});

	test("every error says what to do in Japanese and in English", () => {
		for (const item of broken) {
			for (const found of run(item).errors) {
				for (const locale of LOCALES) {
					expect(found.message[locale].length, `${item.code} ${locale}`).toBeGreaterThan(8);
					expect(found.message[locale], `${item.code} ${locale}`).not.toMatch(/\{\w+\}/);
				}
			}
		}
	});

	test("several problems are all reported at once", () => {
		const record = applyPatch(SHIPPED_RECORDS["telecom-square-2013"], [
			{ op: "remove", path: "/paths/1/conflict" },
			{ op: "replace", path: "/paths/0/sources/0", value: "cs012" },
			{ op: "remove", path: "/exclusions/2/conflict" },
		]);
		expect(checkRecord(record, validate).errors.map((found) => found.code)).toEqual([
			"OBC-REF-001",
			"OBC-WRD-001",
			"OBC-EXC-002",
		]);
	});
});

test("JSON pointers become JSON paths", () => {
	expect(jsonPath("")).toBe("$");
	expect(jsonPath("/paths/0/wordings/1/quote/source")).toBe("$.paths[0].wordings[1].quote.source");
	expect(jsonPath("/$schema")).toBe('$["$schema"]');
	expect(jsonPath("/a~1b/c~0d")).toBe('$["a/b"]["c~d"]');
});

test("what is not JSON at all, or not an object, is an error, never a crash", () => {
	expect(checkRecordText("", validate).errors.map((found) => found.code)).toEqual(["OBC-JSON-001"]);
	expect(checkRecord(null, validate).errors.map((found) => found.code)).toEqual(["OBC-SCH-003"]);
	expect(checkRecord([], validate).errors.map((found) => found.code)).toEqual(["OBC-SCH-003"]);
});
