import { describe, expect, test } from "vitest";
import {
	datesFromTrip,
	EMPTY_FORM,
	EMPTY_RENTAL,
	type RentalForm,
	readForm,
	readRental,
	readStoredForm,
} from "./checker-form";

const TODAY = "2026-11-28";
const read = (rental: Partial<RentalForm>) => readRental({ ...EMPTY_RENTAL, ...rental }, TODAY);

describe("readRental", () => {
	test("nothing chosen: no answers, no errors", () => {
		expect(readForm(EMPTY_FORM, TODAY)).toEqual([{ answers: [], errors: {}, fromTrip: {} }]);
	});

	test("unanswered questions count as not remembered", () => {
		expect(read({ vendor: "xcom-global" }).answers).toEqual([
			{ vendor: "xcom-global", orderedVia: "unknown", returnedVia: "unknown", paidVia: "unknown", paidWhen: "unknown" },
		]);
	});

	test("a forgotten company stays an unknown of the one rental, never a copy per company (G1)", () => {
		expect(read({ vendor: "unknown" }).answers.map((a) => a.vendor)).toEqual(["unknown"]);
	});

	test("dates in either calendar", () => {
		const { answers } = read({ vendor: "telecom-square", orderedOn: "平成24年10月", returnedOn: "2012-11-02" });
		expect(answers[0]?.orderedOn).toEqual({ from: "2012-10-01", to: "2012-10-31" });
		expect(answers[0]?.returnedOn).toEqual({ from: "2012-11-02", to: "2012-11-02" });
	});

	test("errors stay at their field, and there is no verdict to give", () => {
		expect(read({ vendor: "telecom-square", orderedOn: "2012-02-30" })).toEqual({
			answers: [],
			errors: { orderedOn: "impossible-day" },
			fromTrip: {},
		});
		expect(read({ vendor: "telecom-square", orderedOn: "2012-10-05", returnedOn: "2012-10-01" })).toMatchObject({
			answers: [],
			errors: { returnedOn: "return-before-order" },
		});
	});
});

describe("a trip instead of dates", () => {
	test("the order was on or before departure; nothing about how long before unless the person says", () => {
		expect(datesFromTrip({ from: "2012-10-10", to: "2012-10-10" }, undefined, "unknown", "unknown")).toEqual({
			orderedOn: { to: "2012-10-10" },
		});
		expect(datesFromTrip({ from: "2012-10-10", to: "2012-10-10" }, undefined, "week", "unknown")).toEqual({
			orderedOn: { from: "2012-10-03", to: "2012-10-10" },
		});
		expect(datesFromTrip({ from: "2012-10-01", to: "2012-10-31" }, undefined, "month", "unknown")).toEqual({
			orderedOn: { from: "2012-08-31", to: "2012-10-31" },
		});
	});

	test.each([
		["airport-counter", { from: "2012-10-20", to: "2012-10-20" }],
		["airport-return-box", { from: "2012-10-20", to: "2012-10-20" }],
		["courier", { from: "2012-10-20" }],
		["other", { from: "2012-10-20" }],
		["unknown", { from: "2012-10-20" }],
	] as const)("returned via %s: %j", (via, expected) => {
		expect(datesFromTrip(undefined, { from: "2012-10-20", to: "2012-10-20" }, "unknown", via).returnedOn).toEqual(
			expected,
		);
	});

	test("the trip and the typed dates both hold: their overlap is used, and shown", () => {
		const reading = read({
			vendor: "telecom-square",
			orderedOn: "2012-10",
			departure: "2012-10-15",
			tripReturn: "2012-10-20",
			returnedVia: "courier",
		});
		expect(reading.answers[0]?.orderedOn).toEqual({ from: "2012-10-01", to: "2012-10-15" });
		expect(reading.answers[0]?.returnedOn).toEqual({ from: "2012-10-20" });
		expect(reading.fromTrip).toEqual({ orderedOn: { to: "2012-10-15" }, returnedOn: { from: "2012-10-20" } });
	});

	test.each([
		[
			"a return before the departure",
			{ departure: "2012-10-20", tripReturn: "2012-10-10" },
			{ tripReturn: "trip-return-before-departure" },
		],
		["a trip in the future", { departure: "2027-01-10" }, { departure: "in-the-future" }],
		["an impossible day", { departure: "2013-02-29" }, { departure: "impossible-day" }],
		[
			"typed dates the trip rules out",
			{ departure: "2012-10-10", orderedOn: "2012-11" },
			{ departure: "trip-conflicts-dates" },
		],
		[
			"a return at the airport before the order",
			{ orderedOn: "2012-11-01", tripReturn: "2012-10-20", returnedVia: "airport-counter" as const },
			{ tripReturn: "trip-conflicts-dates" },
		],
	])("%s: an error at the field, never a verdict", (_name, rental, errors) => {
		const reading = read({ vendor: "telecom-square", ...rental });
		expect(reading.errors).toEqual(errors);
		expect(reading.answers).toEqual([]);
	});
});

describe("readStoredForm", () => {
	test("keeps only values that still make sense", () => {
		expect(
			readStoredForm({
				rentals: [{ vendor: "xcom-global", orderedVia: "fax", orderedOn: "2012", paidVia: "card-online", leadTime: 3 }],
				emails: { "xcom-global": "received", "telecom-square": "maybe", other: "received" },
			}),
		).toEqual({
			rentals: [{ ...EMPTY_RENTAL, vendor: "xcom-global", orderedOn: "2012", paidVia: "card-online" }],
			emails: { "xcom-global": "received" },
		});
	});

	test("the first version's single rental becomes the first rental", () => {
		expect(
			readStoredForm({ vendor: "xcom-global", orderedVia: "fax", orderedOn: "2012", paidVia: "card-online" }),
		).toEqual({
			rentals: [{ ...EMPTY_RENTAL, vendor: "xcom-global", orderedOn: "2012", paidVia: "card-online" }],
			emails: {},
		});
	});

	test.each([null, undefined, "x", 42, [], true])("%j is no form", (value) => {
		expect(readStoredForm(value)).toBeUndefined();
	});

	test("ticked steps come back, only those that exist, in their order", () => {
		expect(
			readStoredForm({
				rentals: [{ vendor: "xcom-global" }],
				done: ["statements", "<b>", 3, "card-history", "statements"],
			}),
		).toEqual({
			rentals: [{ ...EMPTY_RENTAL, vendor: "xcom-global" }],
			emails: {},
			done: ["card-history", "statements"],
		});
		expect(readStoredForm({ rentals: [{ vendor: "xcom-global" }], done: "all" })?.done).toBeUndefined();
	});

	test("garbage inside the shape is dropped, never thrown; nothing answered is nothing to restore", () => {
		expect(
			readStoredForm({ rentals: [null, 3, "x", { vendor: "<b>" }, { vendor: "xcom-global" }], emails: [] }),
		).toEqual({
			rentals: [{ ...EMPTY_RENTAL, vendor: "xcom-global" }],
			emails: {},
		});
		expect(readStoredForm({ rentals: [], emails: null })).toBeUndefined();
		expect(readStoredForm({})).toBeUndefined();
		expect(readStoredForm({ rentals: "x" })).toBeUndefined();
		expect(readStoredForm({ rentals: [], emails: { "xcom-global": "received" } })).toEqual({
			rentals: [EMPTY_RENTAL],
			emails: { "xcom-global": "received" },
		});
	});
});
