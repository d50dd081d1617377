import { addDays as addCalendarDays, getDaysInMonth, isExists } from "date-fns";

/**
 * A calendar day in Japan, written `YYYY-MM-DD`.
 *
 * Incident dates are Japanese calendar days, not instants, so they stay strings: a `Date`
 * would carry a time of day and let the machine's time zone move a boundary. ISO day strings
 * also sort and compare correctly as plain strings.
 */
export type Day = string;

/** Inclusive on both ends; `from === to` when the exact day is known. */
export interface DaySpan {
	from: Day;
	to: Day;
}

const DAY_SHAPE = /^(\d{4})-(\d{2})-(\d{2})$/;

export interface DayParts {
	year: number;
	/** 1-12 */
	month: number;
	/** 1-31 */
	day: number;
}

/**
 * Splits a day into numbers, or `undefined` if it is not a real calendar day.
 * @example dayParts('2012-02-29') // { year: 2012, month: 2, day: 29 }
 * @example dayParts('2013-02-29') // undefined
 */
export function dayParts(value: string): DayParts | undefined {
	const match = DAY_SHAPE.exec(value);
	if (!match) return undefined;
	const year = Number(match[1]);
	const month = Number(match[2]);
	const day = Number(match[3]);
	// Years before 1000 are not rental dates, and `Date` reads years 0-99 as 1900-1999.
	if (year < 1000 || !isExists(year, month - 1, day)) return undefined;
	return { year, month, day };
}

/** True for a well-formed, real calendar day. */
export function isDay(value: unknown): value is Day {
	return typeof value === "string" && dayParts(value) !== undefined;
}

function pad(value: number, width: number): string {
	return String(value).padStart(width, "0");
}

/** Builds a day from numbers; throws on an impossible day so that no caller can create one. */
export function makeDay(year: number, month: number, day: number): Day {
	const text = `${pad(year, 4)}-${pad(month, 2)}-${pad(day, 2)}`;
	if (!isDay(text)) throw new RangeError(`Not a calendar day: ${text}`);
	return text;
}

/** Number of days in a month (month 1-12). */
export function daysInMonth(year: number, month: number): number {
	return getDaysInMonth(new Date(year, month - 1, 1));
}

/**
 * Moves a day by whole calendar days.
 * @example addDays('2013-02-05', 1) // '2013-02-06'
 * @example addDays('2012-03-01', -1) // '2012-02-29'
 */
export function addDays(day: Day, amount: number): Day {
	const parts = dayParts(day);
	if (!parts) throw new RangeError(`Not a calendar day: ${day}`);
	// A local date only carries the calendar day here: it is built from the day's numbers and read
	// back the same way, so the machine's zone (even one whose DST starts at midnight) cannot move it.
	const moved = addCalendarDays(new Date(parts.year, parts.month - 1, parts.day), amount);
	return makeDay(moved.getFullYear(), moved.getMonth() + 1, moved.getDate());
}

/** Negative when `a` is before `b`; ISO days order as strings. */
export function compareDays(a: Day, b: Day): number {
	return a < b ? -1 : a > b ? 1 : 0;
}

export function minDay(a: Day, b: Day): Day {
	return a <= b ? a : b;
}

export function maxDay(a: Day, b: Day): Day {
	return a >= b ? a : b;
}

/** The span of a whole month. */
export function monthSpan(year: number, month: number): DaySpan {
	return { from: makeDay(year, month, 1), to: makeDay(year, month, daysInMonth(year, month)) };
}

/** The span of a whole year. */
export function yearSpan(year: number): DaySpan {
	return { from: makeDay(year, 1, 1), to: makeDay(year, 12, 31) };
}
