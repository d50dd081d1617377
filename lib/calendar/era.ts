import { type Day, type DaySpan, dayParts, maxDay, minDay, monthSpan, yearSpan } from "./day";
import type { DayWindow } from "./interval";

/**
 * Japanese era dates. The 2013 notices write 平成, and people remember "平成24年の秋", so the
 * checker reads and shows both calendars.
 */
export interface Era {
	name: string;
	romaji: string;
	/** Latin-letter abbreviation people type: H24.10 */
	letter: string;
	first: Day;
	last?: Day;
}

export const ERAS: readonly Era[] = [
	{ name: "昭和", romaji: "Shōwa", letter: "S", first: "1926-12-25", last: "1989-01-07" },
	{ name: "平成", romaji: "Heisei", letter: "H", first: "1989-01-08", last: "2019-04-30" },
	{ name: "令和", romaji: "Reiwa", letter: "R", first: "2019-05-01" },
];

function eraOf(day: Day): Era | undefined {
	return ERAS.find((era) => day >= era.first && (era.last === undefined || day <= era.last));
}

function eraYear(era: Era, year: number): string {
	const number = year - Number(era.first.slice(0, 4)) + 1;
	return number === 1 ? "元" : String(number);
}

/** 平成24年10月3日 */
export function eraDay(day: Day): string | undefined {
	const era = eraOf(day);
	const parts = dayParts(day);
	if (!era || !parts) return undefined;
	return `${era.name}${eraYear(era, parts.year)}年${parts.month}月${parts.day}日`;
}

/** The eras a span touches, each with the part of the span inside it (平成24年10月). */
function eraLabels(span: DaySpan, precision: Precision): string[] {
	const labels: string[] = [];
	for (const era of ERAS) {
		const from = maxDay(span.from, era.first);
		const to = era.last ? minDay(span.to, era.last) : span.to;
		if (from > to) continue;
		const start = dayParts(from);
		const end = dayParts(to);
		if (!start || !end) continue;
		const startYear = `${era.name}${eraYear(era, start.year)}年`;
		if (precision === "year") labels.push(startYear);
		else if (precision === "month") labels.push(`${startYear}${start.month}月`);
		else if (precision === "day") labels.push(`${startYear}${start.month}月${start.day}日`);
		// A range names only the era years: the days are already written out once, in the Western
		// calendar, and a reader should not have to read them twice.
		else labels.push(start.year === end.year ? startYear : `${startYear}〜${eraYear(era, end.year)}年`);
	}
	return labels;
}

export type Precision = "day" | "month" | "year" | "range";

/** How exactly a span was remembered: one day, one whole month, one whole year, or a range. */
export function precisionOf(span: DaySpan): Precision {
	const from = dayParts(span.from);
	if (!from) return "range";
	if (span.from === span.to) return "day";
	const month = monthSpan(from.year, from.month);
	if (month.from === span.from && month.to === span.to) return "month";
	const year = yearSpan(from.year);
	if (year.from === span.from && year.to === span.to) return "year";
	return "range";
}

export const MONTHS_EN = [
	"January",
	"February",
	"March",
	"April",
	"May",
	"June",
	"July",
	"August",
	"September",
	"October",
	"November",
	"December",
];

/** A day in the Western calendar: 2012年10月3日 / 3 October 2012. */
export function westernDay(day: Day, locale: "ja" | "en"): string {
	const parts = dayParts(day);
	if (!parts) return day;
	return locale === "ja"
		? `${parts.year}年${parts.month}月${parts.day}日`
		: `${parts.day} ${MONTHS_EN[parts.month - 1]} ${parts.year}`;
}

export function westernSpan(span: DaySpan, precision: Precision, locale: "ja" | "en"): string {
	const from = dayParts(span.from);
	if (!from) return `${span.from} – ${span.to}`;
	if (precision === "day") return westernDay(span.from, locale);
	if (precision === "month")
		return locale === "ja" ? `${from.year}年${from.month}月` : `${MONTHS_EN[from.month - 1]} ${from.year}`;
	if (precision === "year") return locale === "ja" ? `${from.year}年` : String(from.year);
	const to = dayParts(span.to);
	if (!to) return `${span.from} – ${span.to}`;
	// Written the way people write a range: the shared year (and month) once.
	if (locale === "ja") {
		const end =
			from.year !== to.year
				? westernDay(span.to, locale)
				: from.month !== to.month
					? `${to.month}月${to.day}日`
					: `${to.day}日`;
		return `${westernDay(span.from, locale)}〜${end}`;
	}
	if (from.year !== to.year) return `${westernDay(span.from, locale)} – ${westernDay(span.to, locale)}`;
	if (from.month !== to.month)
		return `${from.day} ${MONTHS_EN[from.month - 1]} – ${to.day} ${MONTHS_EN[to.month - 1]} ${to.year}`;
	return `${from.day}–${to.day} ${MONTHS_EN[to.month - 1]} ${to.year}`;
}

/**
 * A span as the locale writes it: in Japanese in both calendars (the notices write 平成), in
 * English in the Western calendar only. An English reader gets no era after every date; where a
 * person typed an era date, what they typed is theirs to see.
 * @example describeSpan({ from: '2012-10-01', to: '2012-10-31' }, 'ja') // '2012年10月（平成24年10月）'
 * @example describeSpan({ from: '2012-10-01', to: '2012-10-31' }, 'en') // 'October 2012'
 */
export function describeSpan(span: DaySpan, locale: "ja" | "en"): string {
	const precision = precisionOf(span);
	const western = westernSpan(span, precision, locale);
	if (locale === "en") return western;
	const era = eraLabels(span, precision).join("・");
	return era ? `${western}（${era}）` : western;
}

/**
 * A date answer that may be open at one end, as `describeSpan` writes days.
 * @example describeWindow({ to: '2012-10-10' }, 'en') // 'on or before 10 October 2012'
 * @example describeWindow({ from: '2012-10-15' }, 'ja') // '2012年10月15日（平成24年10月15日）以降'
 */
export function describeWindow(bounds: DayWindow, locale: "ja" | "en"): string {
	if (bounds.from !== undefined && bounds.to !== undefined)
		return describeSpan({ from: bounds.from, to: bounds.to }, locale);
	if (bounds.to !== undefined)
		return locale === "ja" ? `${describeDay(bounds.to, locale)}以前` : `on or before ${describeDay(bounds.to, locale)}`;
	if (bounds.from !== undefined)
		return locale === "ja"
			? `${describeDay(bounds.from, locale)}以降`
			: `on or after ${describeDay(bounds.from, locale)}`;
	return "";
}

/** A single day as `describeSpan` writes it: 2013年2月5日（平成25年2月5日）, 5 February 2013. */
export function describeDay(day: Day, locale: "ja" | "en"): string {
	return describeSpan({ from: day, to: day }, locale);
}
