import { describe, expect, test } from "vitest";
import { isDayWithin, isOrderedSpan, spanOverlap } from "./interval";

describe("isDayWithin: both ends inclusive", () => {
	const window = { from: "2012-06-01", to: "2012-10-14" };
	test.each([
		["2012-05-31", false, "day before"],
		["2012-06-01", true, "first day"],
		["2012-08-15", true, "inside"],
		["2012-10-14", true, "last day"],
		["2012-10-15", false, "day after"],
	])("%s → %s (%s)", (day, expected) => {
		expect(isDayWithin(day, window)).toBe(expected);
	});

	test("a single-day window holds exactly its day", () => {
		const single = { from: "2013-02-05", to: "2013-02-05" };
		expect(isDayWithin("2013-02-04", single)).toBe(false);
		expect(isDayWithin("2013-02-05", single)).toBe(true);
		expect(isDayWithin("2013-02-06", single)).toBe(false);
	});

	test("an open end reaches forever", () => {
		expect(isDayWithin("2013-02-05", { from: "2013-02-06" })).toBe(false);
		expect(isDayWithin("2013-02-06", { from: "2013-02-06" })).toBe(true);
		expect(isDayWithin("9999-12-31", { from: "2013-02-06" })).toBe(true);
		expect(isDayWithin("2013-04-23", { to: "2013-04-23" })).toBe(true);
		expect(isDayWithin("2013-04-24", { to: "2013-04-23" })).toBe(false);
		expect(isDayWithin("1900-01-01", {})).toBe(true);
	});

	test("a reversed window holds no day", () => {
		expect(isDayWithin("2013-01-01", { from: "2013-02-01", to: "2013-01-01" })).toBe(false);
	});
});

describe("spanOverlap", () => {
	const window = { from: "2012-10-15", to: "2013-02-05" };
	test.each([
		[{ from: "2012-10-01", to: "2012-10-14" }, "none", "ends the day before"],
		[{ from: "2012-10-01", to: "2012-10-15" }, "some", "ends on the first day"],
		[{ from: "2012-10-15", to: "2012-10-15" }, "all", "the first day alone"],
		[{ from: "2012-10-15", to: "2013-02-05" }, "all", "exactly the window"],
		[{ from: "2013-02-05", to: "2013-02-06" }, "some", "straddles the last day"],
		[{ from: "2013-02-06", to: "2013-03-01" }, "none", "starts the day after"],
		[{ from: "2012-01-01", to: "2014-01-01" }, "some", "covers the window"],
	])("%o → %s (%s)", (span, expected) => {
		expect(spanOverlap(span, window)).toBe(expected);
	});

	test("open windows", () => {
		expect(spanOverlap({ from: "2013-02-01", to: "2013-02-10" }, { from: "2013-02-06" })).toBe("some");
		expect(spanOverlap({ from: "2013-02-06", to: "2013-02-10" }, { from: "2013-02-06" })).toBe("all");
	});

	test("isOrderedSpan", () => {
		expect(isOrderedSpan({ from: "2013-01-01", to: "2013-01-01" })).toBe(true);
		expect(isOrderedSpan({ from: "2013-01-02", to: "2013-01-01" })).toBe(false);
	});
});
