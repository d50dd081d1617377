import { describe, expect, test } from "vitest";
import { describeDay, describeSpan, describeWindow, eraDay, precisionOf } from "./era";

describe("both calendars in Japanese, the Western one in English", () => {
	test("a day", () => {
		expect(eraDay("2013-02-05")).toBe("平成25年2月5日");
		expect(eraDay("1989-01-08")).toBe("平成元年1月8日");
		expect(describeDay("2013-02-05", "ja")).toBe("2013年2月5日（平成25年2月5日）");
		expect(describeDay("2013-02-05", "en")).toBe("5 February 2013");
	});

	test("a month, a year, a range", () => {
		expect(describeSpan({ from: "2012-10-01", to: "2012-10-31" }, "ja")).toBe("2012年10月（平成24年10月）");
		expect(describeSpan({ from: "2012-10-01", to: "2012-10-31" }, "en")).toBe("October 2012");
		expect(describeSpan({ from: "2012-01-01", to: "2012-12-31" }, "en")).toBe("2012");
	});

	test.each([
		[{ from: "2013-04-24", to: "2013-04-30" }, "2013年4月24日〜30日（平成25年）", "24–30 April 2013"],
		[{ from: "2012-06-01", to: "2012-10-14" }, "2012年6月1日〜10月14日（平成24年）", "1 June – 14 October 2012"],
		[
			{ from: "2012-10-15", to: "2013-02-05" },
			"2012年10月15日〜2013年2月5日（平成24年〜25年）",
			"15 October 2012 – 5 February 2013",
		],
		[
			{ from: "1988-12-25", to: "1989-01-31" },
			"1988年12月25日〜1989年1月31日（昭和63年〜64年・平成元年）",
			"25 December 1988 – 31 January 1989",
		],
	] as const)("a range %j: the shared year and month once, the era years only", (span, ja, en) => {
		expect(describeSpan(span, "ja")).toBe(ja);
		expect(describeSpan(span, "en")).toBe(en);
	});

	test("a window open at one end", () => {
		expect(describeWindow({ to: "2012-10-10" }, "en")).toBe("on or before 10 October 2012");
		expect(describeWindow({ from: "2012-10-15" }, "ja")).toBe("2012年10月15日（平成24年10月15日）以降");
		expect(describeWindow({ from: "2012-10-01", to: "2012-10-31" }, "ja")).toBe("2012年10月（平成24年10月）");
	});

	test("no era in English, whatever the span", () => {
		for (const span of [
			{ from: "2013-02-05", to: "2013-02-05" },
			{ from: "1988-12-25", to: "1989-01-31" },
			{ from: "2011-03-07", to: "2013-04-23" },
		])
			expect(describeSpan(span, "en")).not.toMatch(/[平昭令]|\(/);
		expect(describeWindow({ from: "2012-10-15" }, "en")).toBe("on or after 15 October 2012");
	});

	test("a year across two eras names both", () => {
		expect(describeSpan({ from: "1989-01-01", to: "1989-12-31" }, "ja")).toBe("1989年（昭和64年・平成元年）");
	});

	test("precision", () => {
		expect(precisionOf({ from: "2012-10-03", to: "2012-10-03" })).toBe("day");
		expect(precisionOf({ from: "2012-02-01", to: "2012-02-29" })).toBe("month");
		expect(precisionOf({ from: "2012-01-01", to: "2012-12-31" })).toBe("year");
		expect(precisionOf({ from: "2012-01-01", to: "2012-12-30" })).toBe("range");
	});
});
