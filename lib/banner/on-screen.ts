/**
 * The banner is judged by what a person sees (issue "a warning the vendor cannot silence"): the
 * guard in components/banner measures the parts a person must see and asks the page what is on
 * top of them; these are the rules it measures against, and how long it keeps repairing before it
 * lets the toolbar warn instead. Times are passed in: nothing here reads a clock.
 */
export interface Box {
	x: number;
	y: number;
	width: number;
	height: number;
}

/** The smallest part of the banner a person could still read or tap, in CSS px. */
const SMALLEST = 12;
/** Rounding in layout can put an edge a fraction of a pixel outside the window. */
const SLACK = 1;

/**
 * A part a person can see: big enough to read or tap as drawn (`scale` is how much smaller than
 * its CSS pixels a phone draws the page, 1 or less), and wholly inside the window.
 */
export function inSight(box: Box, view: { width: number; height: number }, scale = 1): boolean {
	return (
		box.width * scale >= SMALLEST &&
		box.height * scale >= SMALLEST &&
		box.x >= -SLACK &&
		box.y >= -SLACK &&
		box.x + box.width <= view.width + SLACK &&
		box.y + box.height <= view.height + SLACK
	);
}

/** Whether two boxes share any area. */
export function overlaps(a: Box, b: Box): boolean {
	return a.x < b.x + b.width && b.x < a.x + a.width && a.y < b.y + b.height && b.y < a.y + a.height;
}

/** Where the guard asks the page what a person would touch: the middle of the part. */
export function middle(box: Box): [number, number] {
	return [box.x + box.width / 2, box.y + box.height / 2];
}

/**
 * At most `max` repairs within `windowMs`: a page that undoes every repair would otherwise loop
 * with the banner for ever. Returns how many came before this one in the window (for backoff), or
 * undefined once the budget is spent.
 * @example const remount = budget(3, 10_000); remount(0) // 0; remount(1) // 1; remount(2) // 2; remount(3) // undefined
 */
export function budget(max: number, windowMs: number): (now: number) => number | undefined {
	const spent: number[] = [];
	return (now) => {
		while (spent.length > 0 && now - (spent[0] as number) > windowMs) spent.shift();
		if (spent.length >= max) return undefined;
		spent.push(now);
		return spent.length - 1;
	};
}

/** The only attributes the banner's host carries; the guard takes off whatever else a page adds (inert, hidden, style…). */
export const HOST_ATTRIBUTES = ["popover", "data-wifi-breach-banner"] as const;
