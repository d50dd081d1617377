import type { Day } from "../../lib/calendar/day";

/** Today as a calendar day in Japan, whatever the machine's zone: the one place the views read the clock. */
export function todayInJapan(now: Date = new Date()): Day {
	// en-CA writes dates as YYYY-MM-DD.
	return new Intl.DateTimeFormat("en-CA", { timeZone: "Asia/Tokyo" }).format(now);
}
