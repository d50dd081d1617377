import { describe, expect, test } from "vitest";
import { EMPTY_RENTAL, type RentalForm, readRental } from "./checker-form";

const TODAY = "2026-11-28";
const read = (rental: Partial<RentalForm>) => readRental({ ...EMPTY_RENTAL, ...rental }, TODAY);

describe("dates as people write them, in the form", () => {
	test("English month names, seasons and 頃 become the spans the engine takes", () => {
		const { answers, errors } = read({
			vendor: "telecom-square",
			orderedOn: "Sep 14, 2012",
			returnedOn: "2012年10月頃",
			departure: "autumn 2012",
		});
		expect(errors).toEqual({});
		expect(answers[0]?.orderedOn).toEqual({ from: "2012-09-14", to: "2012-09-14" });
		expect(answers[0]?.returnedOn).toEqual({ from: "2012-10-01", to: "2012-10-31" });
	});

	test("a trip in a season: ordered on or before its last day", () => {
		const { answers } = read({ vendor: "xcom-global", departure: "2012年夏" });
		expect(answers[0]?.orderedOn).toEqual({ to: "2012-08-31" });
	});

	test("an ambiguous day is an error at its field and gives no verdict, never one of its readings", () => {
		expect(read({ vendor: "telecom-square", orderedOn: "03/04/2013" })).toEqual({
			answers: [],
			errors: { orderedOn: "ambiguous" },
			fromTrip: {},
		});
		expect(read({ vendor: "telecom-square", tripReturn: "winter 2012" }).errors).toEqual({ tripReturn: "ambiguous" });
	});
});
