import { describe, expect, test } from "vitest";
import { addDays, dayParts, daysInMonth, isDay, makeDay, monthSpan, yearSpan } from "./day";

describe("dayParts and isDay", () => {
	test.each([
		["2012-02-29", true],
		["2013-02-29", false],
		["2012-02-30", false],
		["2000-02-29", true],
		["1900-02-29", false],
		["2013-04-31", false],
		["2013-12-31", true],
		["2013-13-01", false],
		["2013-00-10", false],
		["2013-01-00", false],
		["2013-1-05", false],
		["2013-01-05T00:00", false],
		[" 2013-01-05", false],
		["0000-01-01", false],
		["0999-12-31", false],
		["1000-01-01", true],
	])("%s is a calendar day: %s", (text, expected) => {
		expect(isDay(text)).toBe(expected);
		expect(dayParts(text) !== undefined).toBe(expected);
	});

	test("non-strings are not days", () => {
		for (const value of [undefined, null, 20130101, new Date(0), {}]) expect(isDay(value)).toBe(false);
	});
});

describe("addDays", () => {
	test.each([
		["2013-02-05", 1, "2013-02-06"],
		["2012-02-28", 1, "2012-02-29"],
		["2012-03-01", -1, "2012-02-29"],
		["2012-12-31", 1, "2013-01-01"],
		["2013-01-01", -1, "2012-12-31"],
		["2011-03-07", 0, "2011-03-07"],
		// 2012-10-21 began at 01:00 in São Paulo (DST from midnight): the day must not slip.
		["2012-10-20", 1, "2012-10-21"],
		["2012-10-21", 1, "2012-10-22"],
		["2013-02-16", 1, "2013-02-17"],
		["2013-03-31", 1, "2013-04-01"],
		// Days across the DST changes of zones that have them stay whole days.
		["2012-03-10", 2, "2012-03-12"],
		["2012-11-03", 2, "2012-11-05"],
	])("%s %+d → %s", (day, amount, expected) => {
		expect(addDays(day, amount)).toBe(expected);
	});

	test("rejects a day that is not one", () => {
		expect(() => addDays("2013-02-30", 1)).toThrow(RangeError);
	});
});

describe("spans of months and years", () => {
	test("February in a leap year", () => {
		expect(daysInMonth(2012, 2)).toBe(29);
		expect(monthSpan(2012, 2)).toEqual({ from: "2012-02-01", to: "2012-02-29" });
		expect(monthSpan(2013, 2)).toEqual({ from: "2013-02-01", to: "2013-02-28" });
	});
	test("a whole year", () => {
		expect(yearSpan(2012)).toEqual({ from: "2012-01-01", to: "2012-12-31" });
	});
	test("makeDay refuses impossible days", () => {
		expect(makeDay(2013, 4, 30)).toBe("2013-04-30");
		expect(() => makeDay(2013, 4, 31)).toThrow(RangeError);
	});
});

describe("the time zone the tests run in", () => {
	// npm test runs the lib suites under several zones; this proves each run really used its zone.
	test("is the one the runner asked for", () => {
		const asked = process.env.TZ;
		if (asked) expect(Intl.DateTimeFormat().resolvedOptions().timeZone).toBe(asked);
	});
});
