import fc from "fast-check";
import { describe, expect, test } from "vitest";
import type { DaySpan } from "./day";
import { isDay } from "./day";
import {
	describeReading,
	EXAMPLES,
	NO_RULE,
	type Parsed,
	parseRemembered,
	RULES,
	type RuleName,
	rulesMatching,
	unambiguousText,
} from "./remembered";

/** An example's expected reading, from the short notation EXAMPLES are written in. */
function expected(notation: string): Parsed {
	const span = (text: string): DaySpan => {
		const [from, to] = text.trim().split("..") as [string, string | undefined];
		return { from, to: to ?? from };
	};
	if (/^(unrecognised|impossible-day|outside-era)$/.test(notation))
		return { ok: false, problem: notation as "unrecognised" | "impossible-day" | "outside-era" };
	if (notation.startsWith("either ")) {
		const [a, b] = notation.slice(7).split("|") as [string, string];
		return { ok: false, problem: "ambiguous", readings: [span(a), span(b)] };
	}
	const words = notation.split(" ");
	const result: Parsed = { ok: true, span: span(words.pop() as string) };
	if (words.includes("about")) result.about = true;
	if (words.includes("season")) result.season = true;
	return result;
}

const names = Object.keys(RULES) as RuleName[];
const own = names.flatMap((name) => Object.keys(EXAMPLES[name].match).map((text) => [name, text] as const));
const readAs = (name: RuleName, text: string): string => (EXAMPLES[name].match as Record<string, string>)[text] ?? "";

describe("every rule reads its own examples, and no other rule reads them", () => {
	test.each(own)("%s: %j", (name, text) => {
		expect(rulesMatching(text)).toEqual([name]);
		expect(parseRemembered(text)).toEqual(expected(readAs(name, text)));
	});
});

describe("every rule against every other rule's examples and its own near-misses", () => {
	const others = names.flatMap((name) => EXAMPLES[name].noMatch.map((text) => [name, text] as const));
	test.each(names)("%s", (name) => {
		const [pattern] = RULES[name];
		for (const [owner, text] of own) expect(rulesMatching(text).includes(name), `${text}`).toBe(owner === name);
		for (const text of EXAMPLES[name].noMatch) expect(rulesMatching(text), text).not.toContain(name);
		// The regular expression itself, not only the lookup, tells its own from the rest.
		expect(pattern.source.startsWith("^") && pattern.source.endsWith("$")).toBe(true);
	});
	test.each(others)("a near-miss of %s, %j, is read by another rule or by none", (_name, text) => {
		expect(rulesMatching(text).length).toBeLessThanOrEqual(1);
	});
	test.each(NO_RULE)("no rule reads %j", (text) => {
		expect(rulesMatching(text)).toEqual([]);
		expect(parseRemembered(text)).toEqual({ ok: false, problem: "unrecognised" });
	});
});

describe("an ambiguous answer is never read as one of its readings", () => {
	const ambiguous = own.filter(([name, text]) => readAs(name, text).startsWith("either"));

	test("there are day/month, winter and era-winter examples", () => {
		expect(new Set(ambiguous.map(([name]) => name))).toEqual(
			new Set(["day/month/year", "season year", "year season", "era"]),
		);
	});

	test.each(ambiguous)("%s %j: each reading, written for either language, reads back as exactly that", (_n, text) => {
		const parsed = parseRemembered(text);
		if (parsed.ok || parsed.problem !== "ambiguous") throw new Error(`${text} was not ambiguous`);
		for (const reading of parsed.readings) {
			for (const locale of ["ja", "en"] as const) {
				const rewritten = unambiguousText(reading, locale);
				expect(parseRemembered(rewritten), rewritten).toMatchObject({ ok: true, span: reading });
			}
		}
	});

	test("the day is written the ISO way: 2013-03-04", () => {
		expect(unambiguousText({ from: "2013-03-04", to: "2013-03-04" }, "en")).toBe("2013-03-04");
		expect(unambiguousText({ from: "2012-12-01", to: "2013-02-28" }, "en")).toBe("winter 2012/13");
		expect(unambiguousText({ from: "2012-12-01", to: "2013-02-28" }, "ja")).toBe("2012〜2013年の冬");
	});
});

describe("forms from issue 16, as people typed them", () => {
	test.each([
		["March 2013", "2013-03-01", "2013-03-31"],
		["14 Sep 2012", "2012-09-14", "2012-09-14"],
		["3/2013", "2013-03-01", "2013-03-31"],
		["summer 2012", "2012-06-01", "2012-08-31"],
		["2012年夏", "2012-06-01", "2012-08-31"],
		["2013年3月頃", "2013-03-01", "2013-03-31"],
		["Sep 14, 2012", "2012-09-14", "2012-09-14"],
		["2013/3", "2013-03-01", "2013-03-31"],
	])("%s", (text, from, to) => {
		expect(parseRemembered(text)).toMatchObject({ ok: true, span: { from, to } });
	});
});

describe("what a typed date was read as, shown back under the field", () => {
	test.each([
		[{ from: "2013-03-01", to: "2013-03-31" }, "2013年3月（平成25年3月）", "March 2013"],
		[{ from: "2012-09-14", to: "2012-09-14" }, "2012年9月14日（平成24年9月14日）", "14 September 2012"],
		[{ from: "2012-01-01", to: "2012-12-31" }, "2012年（平成24年）", "2012"],
		[{ from: "2012-06-01", to: "2012-08-31" }, "2012年6月〜8月（平成24年）", "June – August 2012"],
		[
			{ from: "2011-12-01", to: "2012-02-29" },
			"2011年12月〜2012年2月（平成23年〜24年）",
			"December 2011 – February 2012",
		],
		// A span that is not whole months keeps its days.
		[{ from: "2012-06-02", to: "2012-08-31" }, "2012年6月2日〜8月31日（平成24年）", "2 June – 31 August 2012"],
		[{ from: "2012-06-01", to: "2012-08-30" }, "2012年6月1日〜8月30日（平成24年）", "1 June – 30 August 2012"],
		[{ from: "1989-01-08", to: "1989-01-31" }, "1989年1月8日〜31日（平成元年）", "8–31 January 1989"],
	] as const)("%j", (span, ja, en) => {
		expect(describeReading(span, "ja")).toBe(ja);
		expect(describeReading(span, "en")).toBe(en);
	});
});

describe("whatever is typed", () => {
	const piece = fc.constantFrom(
		...["0", "1", "3", "9", "12", "13", "29", "31", "0012", "0999", "1000", "1989", "2012", "2019", "9998", "9999"],
		...["年", "月", "日", "/", "-", ".", ",", " ", "〜", "of", "th", "about ", "頃", "の"],
		...["sep", "March", "winter", "summer", "冬", "夏", "平成", "令和", "昭和", "H", "元"],
	);
	test("the parse never throws, and every reading is a span of real days in order", () => {
		fc.assert(
			fc.property(fc.array(piece, { maxLength: 7 }), (parts) => {
				const parsed = parseRemembered(parts.join(""));
				const spans = parsed.ok ? [parsed.span] : parsed.problem === "ambiguous" ? parsed.readings : [];
				for (const span of spans) {
					expect(isDay(span.from) && isDay(span.to) && span.from <= span.to, JSON.stringify(parts)).toBe(true);
				}
			}),
			{ numRuns: 20_000 },
		);
	});
});
