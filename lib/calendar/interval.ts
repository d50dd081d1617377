import type { Day, DaySpan } from "./day";

/**
 * A window of calendar days as the notices state them: both ends inclusive, and an absent end
 * is open ("on or after 2013-02-06" is `{ from: '2013-02-06' }`).
 */
export interface DayWindow {
	from?: Day;
	to?: Day;
}

/**
 * Whether a day lies in a window, ends included.
 * @example isDayWithin('2012-06-01', { from: '2012-06-01', to: '2012-10-14' }) // true (first day)
 * @example isDayWithin('2012-10-15', { from: '2012-06-01', to: '2012-10-14' }) // false (day after)
 * @example isDayWithin('2099-01-01', { from: '2013-02-06' }) // true (open end)
 */
export function isDayWithin(day: Day, bounds: DayWindow): boolean {
	return (bounds.from === undefined || day >= bounds.from) && (bounds.to === undefined || day <= bounds.to);
}

/** How much of a span falls in a window: every day, some days, or none. */
export type Overlap = "all" | "some" | "none";

/**
 * @example spanOverlap({ from: '2012-10-01', to: '2012-10-31' }, { to: '2012-10-14' }) // 'some'
 */
export function spanOverlap(span: DaySpan, bounds: DayWindow): Overlap {
	const startsIn = isDayWithin(span.from, bounds);
	const endsIn = isDayWithin(span.to, bounds);
	if (startsIn && endsIn) return "all";
	const before = bounds.to !== undefined && span.from > bounds.to;
	const after = bounds.from !== undefined && span.to < bounds.from;
	return before || after ? "none" : "some";
}

/** A span with `from` after `to` holds no day; every other span holds at least one. */
export function isOrderedSpan(span: DaySpan): boolean {
	return span.from <= span.to;
}
