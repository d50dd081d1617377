import { describe, expect, test } from "vitest";
import { EMPTY_FORM, readForm, readStoredForm } from "./checker-form";

describe("readForm", () => {
	test("nothing chosen: no answers, no errors", () => {
		expect(readForm(EMPTY_FORM)).toEqual({ answers: [], errors: {} });
	});

	test("unanswered questions count as not remembered", () => {
		expect(readForm({ ...EMPTY_FORM, vendor: "xcom-global" }).answers).toEqual([
			{ vendor: "xcom-global", orderedVia: "unknown", returnedVia: "unknown", paidVia: "unknown", paidWhen: "unknown" },
		]);
	});

	test("a forgotten company checks both", () => {
		expect(readForm({ ...EMPTY_FORM, vendor: "unknown" }).answers.map((a) => a.vendor)).toEqual([
			"telecom-square",
			"xcom-global",
		]);
	});

	test("dates in either calendar", () => {
		const { answers } = readForm({
			...EMPTY_FORM,
			vendor: "telecom-square",
			orderedOn: "平成24年10月",
			returnedOn: "2012-11-02",
		});
		expect(answers[0]?.orderedOn).toEqual({ from: "2012-10-01", to: "2012-10-31" });
		expect(answers[0]?.returnedOn).toEqual({ from: "2012-11-02", to: "2012-11-02" });
	});

	test("errors stay at their field, and there is no verdict to give", () => {
		expect(readForm({ ...EMPTY_FORM, vendor: "telecom-square", orderedOn: "2012-02-30" })).toEqual({
			answers: [],
			errors: { orderedOn: "impossible-day" },
		});
		expect(
			readForm({ ...EMPTY_FORM, vendor: "telecom-square", orderedOn: "2012-10-05", returnedOn: "2012-10-01" }),
		).toEqual({ answers: [], errors: { returnedOn: "return-before-order" } });
	});
});

describe("readStoredForm", () => {
	test("keeps only values that still make sense", () => {
		expect(
			readStoredForm({ vendor: "xcom-global", orderedVia: "fax", orderedOn: "2012", paidVia: "card-online" }),
		).toEqual({
			vendor: "xcom-global",
			orderedOn: "2012",
			returnedOn: "",
			paidVia: "card-online",
		});
		expect(readStoredForm(null)).toBeUndefined();
		expect(readStoredForm("x")).toBeUndefined();
	});
});
