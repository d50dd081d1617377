import { type DaySpan, dayParts, daysInMonth, makeDay, maxDay, minDay, monthSpan, yearSpan } from "./day";
import { describeSpan, ERAS, type Era, MONTHS_EN, precisionOf, westernSpan } from "./era";

/** `pending`: the page has not loaded this grammar yet (reader.ts); nothing was read. */
export type ParseProblem = "unrecognised" | "impossible-day" | "outside-era" | "ambiguous" | "pending";

/**
 * What a person typed for "when", as a span of days. `about` (頃, "about") and `season` mark a
 * reading the person should see and may want to correct. An `ambiguous` answer is never read as
 * either of its readings: the person chooses (03/04/2013 is 3 April or 4 March).
 */
export type Parsed =
	| { ok: true; span: DaySpan; about?: true; season?: true }
	| { ok: false; problem: Exclude<ParseProblem, "ambiguous"> }
	| { ok: false; problem: "ambiguous"; readings: [DaySpan, DaySpan] };

const unrecognised: Parsed = { ok: false, problem: "unrecognised" };

/** Years day.ts holds whole: from 1000 (Date reads 0-99 as 1900-1999), and a winter from 9998 still ends in 9999. */
const outOfRange = (year: number) => year < 1000 || year > 9998;

function spanOf(year: number, month?: number, day?: number): Parsed {
	if (outOfRange(year)) return unrecognised;
	if (month === undefined) return { ok: true, span: yearSpan(year) };
	if (month < 1 || month > 12) return { ok: false, problem: "impossible-day" };
	if (day === undefined) return { ok: true, span: monthSpan(year, month) };
	try {
		const exact = makeDay(year, month, day);
		return { ok: true, span: { from: exact, to: exact } };
	} catch {
		return { ok: false, problem: "impossible-day" };
	}
}

function either(a: DaySpan, b: DaySpan): Parsed {
	return { ok: false, problem: "ambiguous", readings: a.from < b.from ? [a, b] : [b, a] };
}

/** First month of each season, as the Japanese Meteorological Agency and common English usage count them. */
const SEASON_START: Record<string, number> = {
	spring: 3,
	summer: 6,
	autumn: 9,
	fall: 9,
	winter: 12,
	春: 3,
	夏: 6,
	秋: 9,
	冬: 12,
};

const winterFrom = (year: number): DaySpan => ({ from: makeDay(year, 12, 1), to: monthSpan(year + 1, 2).to });

/**
 * A season of a year. Winter runs December to February, so "winter 2012" (2012年冬) is written
 * for the winter that ends in 2012 and for the one that starts in it; taking either would decide
 * a verdict on a guess, so both readings go back to the person. "winter 2012/13" (2012〜2013年の冬)
 * names one.
 */
function seasonOf(word: string, year: number, next?: string): Parsed {
	const start = SEASON_START[word] ?? 0;
	// A winter named by its year may have begun the year before.
	if (outOfRange(year - 1) || outOfRange(year)) return unrecognised;
	if (next !== undefined)
		return start === 12 && String(year + 1).endsWith(next)
			? { ok: true, span: winterFrom(year), season: true }
			: unrecognised;
	if (start === 12) return either(winterFrom(year - 1), winterFrom(year));
	return { ok: true, span: { from: makeDay(year, start, 1), to: monthSpan(year, start + 2).to }, season: true };
}

/** January is 1; "sep", "sept" and "september" are 9. */
const monthNamed = (word: string) =>
	MONTHS_EN.findIndex((name) => name.slice(0, 3).toLowerCase() === word.slice(0, 3)) + 1;

/**
 * An era date in the Western calendar, kept to the era: 平成元年1月 is 8-31 January 1989. A
 * season is a season of the Western calendar that the era year names; it must share a day with
 * the era (平成31年夏 does not) and is not cut (令和元年春 is March-May 2019).
 */
function inEra(parsed: Parsed, era: Era, number: number): Parsed {
	if (!parsed.ok && parsed.problem !== "ambiguous") return parsed;
	const season = !parsed.ok || parsed.season;
	const kept = (parsed.ok ? [parsed.span] : parsed.readings).flatMap((span) => {
		const from = maxDay(span.from, era.first);
		const to = era.last ? minDay(span.to, era.last) : span.to;
		return number < 1 || from > to ? [] : [season ? span : { from, to }];
	});
	const [first, second] = kept;
	if (!first) return { ok: false, problem: "outside-era" };
	if (second) return either(first, second);
	return season ? { ok: true, span: first, season: true } : { ok: true, span: first };
}

const MONTH = `(${[...MONTHS_EN, ...MONTHS_EN.map((name) => name.slice(0, 3)), "sept"].join("|").toLowerCase()})\\.?`;
const DAY = "(\\d{1,2})(?:st|nd|rd|th)?";
const GAP = "[ ,./-]*";
const SEASON = `(${Object.keys(SEASON_START).join("|")})`;
const YEARS = "(\\d{4})(?: ?[-/] ?(\\d{4}|\\d{2}))?";
const num = (value: string | undefined) => (value === undefined ? undefined : Number(value));

type Read = (match: RegExpExecArray) => Parsed;

/**
 * The forms people write, each a rule of its own. At most one rule matches any text (the tests
 * check every rule against every other rule's examples), so the order below does not decide.
 */
export const RULES = {
	/** 2012-10-03, 2012/10/3, 2012年10月3日: year first is never day-first. */
	"year-month-day": [
		/^(\d{4}) ?(?:年|[-/.]) ?(\d{1,2}) ?(?:月|[-/.]) ?(\d{1,2}) ?日?$/,
		(m) => spanOf(Number(m[1]), Number(m[2]), Number(m[3])),
	],
	/** 2012-10, 2013/3, 2013年3月 */
	"year-month": [/^(\d{4}) ?(?:年|[-/.]) ?(\d{1,2}) ?月?$/, (m) => spanOf(Number(m[1]), Number(m[2]))],
	/** 2012, 2012年 */
	year: [/^(\d{4}) ?年?$/, (m) => spanOf(Number(m[1]))],
	/** 3/2013, 03-2013 */
	"month/year": [/^(\d{1,2}) ?[-/.] ?(\d{4})$/, (m) => spanOf(Number(m[2]), Number(m[1]))],
	/**
	 * 13/04/2013, 04/13/2013, 03/04/2013: day-first in Britain, month-first in the US. Read only
	 * when one order is possible (or both give the same day); otherwise both readings go back.
	 */
	"day/month/year": [
		/^(\d{1,2}) ?[-/.] ?(\d{1,2}) ?[-/.] ?(\d{4})$/,
		(m) => {
			const [a, b, year] = [Number(m[1]), Number(m[2]), Number(m[3])];
			const dayFirst = spanOf(year, b, a);
			const monthFirst = spanOf(year, a, b);
			if (!dayFirst.ok) return monthFirst;
			if (!monthFirst.ok || a === b) return dayFirst;
			return either(dayFirst.span, monthFirst.span);
		},
	],
	/** March 2013, mar. 2013, Sep-2012 */
	"month-name year": [new RegExp(`^${MONTH}${GAP}(\\d{4})$`), (m) => spanOf(Number(m[2]), monthNamed(m[1] ?? ""))],
	/** 14 Sep 2012, 14th of September 2012, 14-SEP-2012 */
	"day month-name year": [
		new RegExp(`^${DAY}(?: of)?${GAP}${MONTH}${GAP}(\\d{4})$`),
		(m) => spanOf(Number(m[3]), monthNamed(m[2] ?? ""), Number(m[1])),
	],
	/** Sep 14, 2012; September 14th 2012 */
	"month-name day year": [
		new RegExp(`^${MONTH}${GAP}${DAY}[ ,./-]+(\\d{4})$`),
		(m) => spanOf(Number(m[3]), monthNamed(m[1] ?? ""), Number(m[2])),
	],
	/** summer 2012, the summer of 2012, winter 2012/13 */
	"season year": [
		new RegExp(`^(?:the )?${SEASON}(?: of)?,? ?${YEARS}$`),
		(m) => seasonOf(m[1] ?? "", Number(m[2]), m[3]),
	],
	/** 2012年夏, 2012年の夏, 2012〜2013年の冬, 2012 summer */
	"year season": [new RegExp(`^${YEARS} ?年? ?の? ?${SEASON}$`), (m) => seasonOf(m[3] ?? "", Number(m[1]), m[2])],
	/** 平成24年10月, H25.2.5, Heisei 23, 令和元年5月, 平成24年の夏 */
	era: [
		new RegExp(
			`^(${ERAS.flatMap((era) => [era.name, era.letter, era.romaji, era.romaji.replace("ō", "o")])
				.join("|")
				.toLowerCase()}) ?\\.? ?(\\d{1,2}|元) ?(?:年|[-/.])? ?(?:(\\d{1,2}) ?(?:月|[-/.])? ?(?:(\\d{1,2}) ?日?)?|の? ?${SEASON})?$`,
		),
		(m) => {
			const token = m[1] ?? "";
			const era = ERAS.find((candidate) =>
				[candidate.name, candidate.letter, candidate.romaji, candidate.romaji.replace("ō", "o")].some(
					(name) => name.toLowerCase() === token,
				),
			) as Era;
			const number = m[2] === "元" ? 1 : Number(m[2]);
			const year = Number(era.first.slice(0, 4)) + number - 1;
			return inEra(m[5] ? seasonOf(m[5], year) : spanOf(year, num(m[3]), num(m[4])), era, number);
		},
	],
} satisfies Record<string, readonly [RegExp, Read]>;

export type RuleName = keyof typeof RULES;

/** 頃, ごろ, "about": the person is not sure. Read as written, and marked so the view says so. */
const ABOUT = /^(?:about|around|approx(?:imately|\.)?|circa) |(?: ?の?(?:頃|ごろ|ころ))$/;

/**
 * The text as rules see it: full-width digits and letters made plain (NFKC, also ㍻ → 平成),
 * lower case, single spaces, and a wave dash or an en dash read as a hyphen.
 */
export function normalise(input: string): string {
	return input
		.normalize("NFKC")
		.toLowerCase()
		.trim()
		.replace(/\s+/g, " ")
		.replace(/[〜~–—]/g, "-");
}

/**
 * What a person typed for "when": a day, a month, a season or a year, in the Western calendar
 * or an era, in English or Japanese.
 * @example parseRemembered('平成24年10月') // { ok: true, span: { from: '2012-10-01', to: '2012-10-31' } }
 * @example parseRemembered('Sep 14, 2012') // { ok: true, span: { from: '2012-09-14', to: '2012-09-14' } }
 * @example parseRemembered('2012年夏') // { ok: true, span: { from: '2012-06-01', to: '2012-08-31' }, season: true }
 * @example parseRemembered('03/04/2013') // { ok: false, problem: 'ambiguous', readings: [4 March, 3 April] }
 * @example parseRemembered('2012-02-30') // { ok: false, problem: 'impossible-day' }
 */
export function parseRemembered(input: string): Parsed {
	const text = normalise(input);
	const bare = text.replace(ABOUT, "");
	for (const [pattern, read] of Object.values(RULES) as [RegExp, Read][]) {
		const match = pattern.exec(bare);
		if (!match) continue;
		const parsed = read(match);
		return parsed.ok && bare !== text ? { ...parsed, about: true } : parsed;
	}
	return unrecognised;
}

/** The rules whose form the text has (at most one, as the tests check). */
export function rulesMatching(input: string): RuleName[] {
	const bare = normalise(input).replace(ABOUT, "");
	return (Object.keys(RULES) as RuleName[]).filter((name) => RULES[name][0].test(bare));
}

/**
 * One reading of an ambiguous answer, written so that it can be read only that way: the day as
 * 2013-03-04, a winter as winter 2012/13 (2012〜2013年の冬). The view writes it into the field.
 */
export function unambiguousText(span: DaySpan, locale: "ja" | "en"): string {
	if (span.from === span.to) return span.from;
	const year = Number(span.from.slice(0, 4));
	return locale === "ja" ? `${year}〜${year + 1}年の冬` : `winter ${year}/${String(year + 1).slice(2)}`;
}

/**
 * What a typed date was read as, shown back under the field so the person can correct it. Whole
 * months are named as months (a season: June – August 2012, 2012年6月〜8月). 和暦 goes beside it
 * in Japanese only: in English it would be a second date in a script the reader may not read.
 * @example describeReading({ from: '2012-06-01', to: '2012-08-31' }, 'ja') // '2012年6月〜8月(平成24年)'
 * @example describeReading({ from: '2012-12-01', to: '2013-02-28' }, 'en') // 'December 2012 – February 2013'
 */
export function describeReading(span: DaySpan, locale: "ja" | "en"): string {
	const precision = precisionOf(span);
	const from = dayParts(span.from);
	const to = dayParts(span.to);
	let western = westernSpan(span, precision, locale);
	if (from && to && precision === "range" && from.day === 1 && to.day === daysInMonth(to.year, to.month)) {
		const sameYear = from.year === to.year;
		western =
			locale === "ja"
				? `${from.year}年${from.month}月〜${sameYear ? "" : `${to.year}年`}${to.month}月`
				: `${MONTHS_EN[from.month - 1]}${sameYear ? "" : ` ${from.year}`} – ${MONTHS_EN[to.month - 1]} ${to.year}`;
	}
	if (locale === "en") return western;
	// The 和暦 beside it exactly as describeSpan writes it everywhere else.
	return western + describeSpan(span, "ja").slice(westernSpan(span, precision, "ja").length);
}

/**
 * Each rule's own examples: what it reads (`match`, the text and what it is read as) and
 * near-misses it must leave alone (`noMatch`). The tests run every rule against every rule's
 * examples. Only the tests import this, so the build leaves it out.
 *
 * What an example is read as: a day `2012-10-03`; a span `2012-10-01..2012-10-31`; marked
 * `about …` or `season …`; both readings `either A | B`; or the problem.
 */
export const EXAMPLES = {
	"year-month-day": {
		match: {
			"2012-10-03": "2012-10-03",
			"2012/10/3": "2012-10-03",
			"2012.10.03": "2012-10-03",
			"2012年10月3日": "2012-10-03",
			"２０１２年１０月３日": "2012-10-03",
			"2012 年 10 月 3 日": "2012-10-03",
			"2013/3/4": "2013-03-04",
			"2012-02-29": "2012-02-29",
			"2013-02-28": "2013-02-28",
			"2013-04-30": "2013-04-30",
			"2012-12-31": "2012-12-31",
			"2013-01-01": "2013-01-01",
			"  2013-02-05  ": "2013-02-05",
			"2013年3月10日頃": "about 2013-03-10",
			"2013-02-29": "impossible-day",
			"2012-02-30": "impossible-day",
			"2013-04-31": "impossible-day",
			"2013-00-10": "impossible-day",
			"2013-01-32": "impossible-day",
			"2012年2月30日": "impossible-day",
		},
		noMatch: ["2012-10", "12-10-03", "2012-10-03-04", "20121003", "2012-10-03T10:00"],
	},
	"year-month": {
		match: {
			"2012-10": "2012-10-01..2012-10-31",
			"2012-02": "2012-02-01..2012-02-29",
			"2013-02": "2013-02-01..2013-02-28",
			"2013/3": "2013-03-01..2013-03-31",
			"2013/03": "2013-03-01..2013-03-31",
			"2013-3": "2013-03-01..2013-03-31",
			"2013.4": "2013-04-01..2013-04-30",
			"2013年3月": "2013-03-01..2013-03-31",
			"２０１２年１０月": "2012-10-01..2012-10-31",
			"2013年3月頃": "about 2013-03-01..2013-03-31",
			"2013年3月ごろ": "about 2013-03-01..2013-03-31",
			"2013年3月ころ": "about 2013-03-01..2013-03-31",
			"2012-13": "impossible-day",
			"2012-00": "impossible-day",
		},
		noMatch: ["3/2013", "2012", "2013年3月3日", "2013-3-", "2013年3月3"],
	},
	year: {
		match: {
			"2012": "2012-01-01..2012-12-31",
			"1000": "1000-01-01..1000-12-31",
			// No calendar day here: read as nothing rather than as the 20th century.
			"0012": "unrecognised",
			"9999": "unrecognised",
			"2012年": "2012-01-01..2012-12-31",
			"２０１３年": "2013-01-01..2013-12-31",
			"2013年頃": "about 2013-01-01..2013-12-31",
			"around 2013": "about 2013-01-01..2013-12-31",
		},
		noMatch: ["12", "20123", "2012年夏", "'12"],
	},
	"month/year": {
		match: {
			"3/2013": "2013-03-01..2013-03-31",
			"03/2013": "2013-03-01..2013-03-31",
			"12-2012": "2012-12-01..2012-12-31",
			"2/2012": "2012-02-01..2012-02-29",
			"３／２０１３": "2013-03-01..2013-03-31",
			"13/2013": "impossible-day",
			"0/2013": "impossible-day",
		},
		noMatch: ["2013/3", "3/4/2013", "3/13", "3/20133"],
	},
	"day/month/year": {
		match: {
			"13/04/2013": "2013-04-13",
			"04/13/2013": "2013-04-13",
			"03/04/2013": "either 2013-03-04 | 2013-04-03",
			"3/4/2013": "either 2013-03-04 | 2013-04-03",
			"3.4.2013": "either 2013-03-04 | 2013-04-03",
			"01/02/2013": "either 2013-01-02 | 2013-02-01",
			"12/01/2012": "either 2012-01-12 | 2012-12-01",
			"03/03/2013": "2013-03-03",
			"29/02/2012": "2012-02-29",
			"02/29/2012": "2012-02-29",
			"31/12/2012": "2012-12-31",
			"12/31/2012": "2012-12-31",
			"14.09.2012": "2012-09-14",
			"29/02/2013": "impossible-day",
			"31/04/2013": "impossible-day",
			"04/31/2013": "impossible-day",
			"13/13/2013": "impossible-day",
			"00/05/2013": "impossible-day",
			"12/04/0012": "unrecognised",
		},
		noMatch: ["3/2013", "2013/3/4", "3/4/13", "3/4", "03/04/2013/1"],
	},
	"month-name year": {
		match: {
			"March 2013": "2013-03-01..2013-03-31",
			"Mar 2013": "2013-03-01..2013-03-31",
			"mar. 2013": "2013-03-01..2013-03-31",
			"MARCH 2013": "2013-03-01..2013-03-31",
			"September, 2012": "2012-09-01..2012-09-30",
			"Sept 2012": "2012-09-01..2012-09-30",
			"Sep-2012": "2012-09-01..2012-09-30",
			"Mar 0999": "unrecognised",
			"Feb 2012": "2012-02-01..2012-02-29",
			"Dec 2012": "2012-12-01..2012-12-31",
			"Ｍａｒｃｈ　２０１３": "2013-03-01..2013-03-31",
			"about March 2013": "about 2013-03-01..2013-03-31",
		},
		noMatch: ["March", "Marzo 2013", "Marchh 2013", "2013 March", "March 13", "Ma 2013"],
	},
	"day month-name year": {
		match: {
			"14 Sep 2012": "2012-09-14",
			"14 September 2012": "2012-09-14",
			"14th of September 2012": "2012-09-14",
			"14-SEP-2012": "2012-09-14",
			"1st Mar. 2013": "2013-03-01",
			"29 Feb 2012": "2012-02-29",
			"31 Dec 2012": "2012-12-31",
			"29 Feb 2013": "impossible-day",
			"31 April 2013": "impossible-day",
			"0 May 2013": "impossible-day",
		},
		noMatch: ["Sep 14, 2012", "14 Sep", "14 Sep 12", "114 Sep 2012"],
	},
	"month-name day year": {
		match: {
			"Sep 14, 2012": "2012-09-14",
			"September 14 2012": "2012-09-14",
			"Sep. 14th, 2012": "2012-09-14",
			"sept 14 2012": "2012-09-14",
			"Feb 29, 2012": "2012-02-29",
			"May 1, 2013": "2013-05-01",
			"Feb 30, 2012": "impossible-day",
			"April 31, 2013": "impossible-day",
		},
		noMatch: ["Sep 2012", "Sep 14", "Sep 14, 12", "Sep 14 2012 2013"],
	},
	"season year": {
		match: {
			"summer 2012": "season 2012-06-01..2012-08-31",
			"Summer of 2012": "season 2012-06-01..2012-08-31",
			"the summer of 2012": "season 2012-06-01..2012-08-31",
			"spring 2013": "season 2013-03-01..2013-05-31",
			"autumn 2012": "season 2012-09-01..2012-11-30",
			"fall 2012": "season 2012-09-01..2012-11-30",
			"winter 2012": "either 2011-12-01..2012-02-29 | 2012-12-01..2013-02-28",
			"winter 2012/13": "season 2012-12-01..2013-02-28",
			"winter 2011-2012": "season 2011-12-01..2012-02-29",
			"winter of 2012–13": "season 2012-12-01..2013-02-28",
			"about summer 2012": "about season 2012-06-01..2012-08-31",
			"winter 2012/14": "unrecognised",
			"winter 1000": "unrecognised",
			"winter 9999": "unrecognised",
			"summer 0012": "unrecognised",
			"summer 2012/13": "unrecognised",
		},
		noMatch: ["summer", "summers 2012", "2012 summer", "summer 12"],
	},
	"year season": {
		match: {
			"2012年夏": "season 2012-06-01..2012-08-31",
			"2012年の夏": "season 2012-06-01..2012-08-31",
			"2012夏": "season 2012-06-01..2012-08-31",
			"２０１２年　夏": "season 2012-06-01..2012-08-31",
			"2013年春": "season 2013-03-01..2013-05-31",
			"2012年秋": "season 2012-09-01..2012-11-30",
			"2012年冬": "either 2011-12-01..2012-02-29 | 2012-12-01..2013-02-28",
			"2012〜2013年の冬": "season 2012-12-01..2013-02-28",
			"2012-13年冬": "season 2012-12-01..2013-02-28",
			"2012年夏頃": "about season 2012-06-01..2012-08-31",
			"2012年の夏ごろ": "about season 2012-06-01..2012-08-31",
			"2012 summer": "season 2012-06-01..2012-08-31",
			"2012〜2014年の冬": "unrecognised",
		},
		noMatch: ["2012年", "夏", "平成24年夏", "2012年夏休み"],
	},
	era: {
		match: {
			平成24年10月: "2012-10-01..2012-10-31",
			平成24年10月3日: "2012-10-03",
			平成25年: "2013-01-01..2013-12-31",
			"H24.10": "2012-10-01..2012-10-31",
			"h25/2/5": "2013-02-05",
			"Ｈ２５．２．５": "2013-02-05",
			"Heisei 23": "2011-01-01..2011-12-31",
			"Showa 64": "1989-01-01..1989-01-07",
			"㍻24年10月": "2012-10-01..2012-10-31",
			平成25年3月頃: "about 2013-03-01..2013-03-31",
			平成24年2月29日: "2012-02-29",
			平成25年2月29日: "impossible-day",
			// The era edges: 昭和64年 ends on 7 January 1989, 平成 on 30 April 2019.
			平成元年: "1989-01-08..1989-12-31",
			平成元年1月: "1989-01-08..1989-01-31",
			昭和64年: "1989-01-01..1989-01-07",
			昭和64年1月7日: "1989-01-07",
			昭和64年1月8日: "outside-era",
			平成31年4月30日: "2019-04-30",
			平成31年5月1日: "outside-era",
			令和元年5月1日: "2019-05-01",
			令和元年4月: "outside-era",
			令和元年5月: "2019-05-01..2019-05-31",
			"R1.5": "2019-05-01..2019-05-31",
			平成32年: "outside-era",
			昭和65年: "outside-era",
			平成0年: "outside-era",
			平成24年2月30日: "impossible-day",
			// Seasons: of the Western calendar, named by the era year.
			平成24年夏: "season 2012-06-01..2012-08-31",
			平成24年の夏: "season 2012-06-01..2012-08-31",
			"H24 summer": "season 2012-06-01..2012-08-31",
			平成24年冬: "either 2011-12-01..2012-02-29 | 2012-12-01..2013-02-28",
			平成31年冬: "season 2018-12-01..2019-02-28",
			令和元年冬: "season 2019-12-01..2020-02-29",
			令和元年春: "season 2019-03-01..2019-05-31",
			平成31年夏: "outside-era",
		},
		noMatch: ["平成", "H", "大正5年", "2012年夏", "平成二十四年", "Heisei"],
	},
} satisfies Record<RuleName, { match: Record<string, string>; noMatch: string[] }>;

/** Text no rule reads: missing the year, two-digit years, words for times. */
export const NO_RULE = ["", "last autumn", "12-10-03", "March", "3/13", "2013 March", "next summer", "頃", "夏"];
