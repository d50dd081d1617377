import { addDays, type Day, dayParts, makeDay, maxDay, minDay } from "../calendar/day";
import { describeSpan, describeWindow } from "../calendar/era";
import type { DayWindow } from "../calendar/interval";
import { partially } from "../exposure/model";
import { capitalized } from "../i18n/banner-messages";
import { resultMessage } from "../i18n/result-messages";
import type { Locale } from "../i18n/text";
import { timelineMessage as say, type TimelineMessageKey } from "../i18n/timeline-messages";
import { incidents, incidentsOf } from "../incidents";
import { type ChannelField, type RentalAnswers, VENDOR_IDS, type VendorId } from "../incidents/rental";
import type { Clause, Condition, ExposurePath, Incident, Wording } from "../incidents/types";
import { vendorById } from "../incidents/vendors";
import { vendorWebsites } from "./labels";

/**
 * The timeline picture's model: the published periods of the chosen companies, the leak and
 * unauthorized-access periods, and the person's rentals, on one axis of calendar days, with the
 * same content as sentences for the text alternative. Positions are fractions of the axis (0–1),
 * so the view only scales them; every date is a calendar day in Japan, so no time zone moves one.
 */

/**
 * One rental as the picture needs it: a date answer may be open at one end, or absent; the other
 * answers, where given, say which published periods can concern it at all.
 */
export interface TimelineRental extends Partial<Pick<RentalAnswers, ChannelField>> {
	/** Which rental, counting from 1. */
	rental: number;
	vendor: VendorId;
	orderedOn?: DayWindow;
	returnedOn?: DayWindow;
}

export interface TimelineInput {
	rentals: readonly TimelineRental[];
	/** The companies whose periods to draw; a rental's company is drawn even if missing here. */
	vendors: readonly VendorId[];
}

/** Where something lies on the axis, as fractions: the start of its first day, the end of its last. */
export interface Bar {
	start: number;
	end: number;
	/** An open end runs to the edge of the axis: "on or before …" has no first day. */
	openStart: boolean;
	openEnd: boolean;
	/** Exactly one day: drawn as a point. */
	day: boolean;
}

/** How a bar is drawn; each has its own shape or pattern, never only its own colour. */
export type BarStyle = "period" | "taken" | "accessed" | "ordered" | "returned";

export type TimelineLine =
	/**
	 * 1: a company; 2: its two parts, whose rentals (the published periods) and when its servers
	 * were attacked; 3: a server or one of the person's rentals; 4: one published wording.
	 */
	| { kind: "heading"; key: string; level: 1 | 2 | 3 | 4; text: string }
	/** `bar` is absent for a rental date the person does not remember. */
	| { kind: "bar"; key: string; style: BarStyle; label: string; bar?: Bar };

/** A sentence of the text alternative, with the sentences that belong under it. */
export interface TimelineTextItem {
	text: string;
	items: readonly TimelineTextItem[];
}

export interface TimelineModel {
	title: string;
	/** What the picture does not say: it compares dates, the names say which orders or returns. */
	note: string;
	axis: { from: Day; to: Day; years: readonly { year: number; start: number; end: number }[] };
	/** What the picture draws, top to bottom. */
	lines: readonly TimelineLine[];
	/** The same, as a tree of sentences, in the same order. */
	text: readonly TimelineTextItem[];
	/** The text as one run of sentences, for the picture's own description. */
	description: string;
}

/** What a published period is about: which date it tests. `in-use` tests both (order to return). */
export type PeriodField = "orderedOn" | "returnedOn" | "in-use";

/** One published period: a clause's date condition, with the conditions beside it that name it. */
export interface PublishedPeriod {
	path: ExposurePath;
	wording: Wording;
	clause: Clause;
	field: PeriodField;
	bounds: DayWindow;
}

type DateCondition = Extract<Condition, { within: DayWindow }>;

const isDateCondition = (condition: Condition): condition is DateCondition => "within" in condition;

/**
 * The periods of an incident, read from its clauses' date conditions (never typed in twice). A
 * clause that bounds the order from above and the return from below (XCom's "used the service
 * between …") is one period of use, from the return's first day to the order's last.
 */
export function publishedPeriods(incident: Incident): PublishedPeriod[] {
	return incident.paths.flatMap((path) =>
		path.wordings.flatMap((wording) =>
			wording.clauses.flatMap((clause): PublishedPeriod[] => {
				const dates = clause.all.filter(isDateCondition);
				const ordered = dates.find((condition) => condition.answer === "orderedOn");
				const returned = dates.find((condition) => condition.answer === "returnedOn");
				if (
					dates.length === 2 &&
					ordered &&
					returned &&
					ordered.within.from === undefined &&
					returned.within.to === undefined &&
					ordered.within.to !== undefined &&
					returned.within.from !== undefined
				) {
					const bounds = { from: returned.within.from, to: ordered.within.to };
					return [{ path, wording, clause, field: "in-use", bounds }];
				}
				return dates.map((condition) => ({ path, wording, clause, field: condition.answer, bounds: condition.within }));
			}),
		),
	);
}

const VIA_KEYS = {
	orderedVia: {
		"vendor-website": "via.orderedVia.vendor-website",
		"corporate-site": "via.orderedVia.corporate-site",
		"airport-counter": "via.orderedVia.airport-counter",
		other: "via.orderedVia.other",
	},
	returnedVia: {
		courier: "via.returnedVia.courier",
		"airport-return-box": "via.returnedVia.airport-return-box",
		"airport-counter": "via.returnedVia.airport-counter",
		other: "via.returnedVia.other",
	},
} as const satisfies Record<"orderedVia" | "returnedVia", Record<string, TimelineMessageKey>>;

function either(locale: Locale, phrases: readonly string[]): string {
	return phrases.reduce((joined, phrase) => say(locale, "either", { a: joined, b: phrase }));
}

/**
 * "Did not settle at an airport counter when returning" as the notice words it (facts C14): the
 * only negation the criteria use. Any other shape has no words here yet, and says so loudly
 * (the data test builds every period), rather than naming a period by half its conditions.
 */
function notSettledPlace(locale: Locale, condition: Extract<Condition, { notAll: readonly Condition[] }>): string {
	const paidVia = condition.notAll.find((inner) => "answer" in inner && inner.answer === "paidVia");
	const paidWhen = condition.notAll.find((inner) => "answer" in inner && inner.answer === "paidWhen");
	const place = paidVia && "oneOf" in paidVia && paidVia.oneOf.length === 1 ? paidVia.oneOf[0] : undefined;
	const onReturn =
		paidWhen && "oneOf" in paidWhen && paidWhen.oneOf.length === 1 && paidWhen.oneOf[0] === "when-returning";
	if (place !== "airport-counter" || !onReturn)
		throw new Error(`No words for the condition ${JSON.stringify(condition)}`);
	return say(locale, "via.paidVia.airport-counter");
}

/** A period's name, in plain words, from what its clause asks besides the date. */
export function periodLabel(locale: Locale, period: PublishedPeriod, vendor: VendorId): string {
	if (period.field === "in-use") return say(locale, "inUse");
	const others = period.clause.all.filter((condition) => !isDateCondition(condition));
	const field = period.field === "orderedOn" ? "orderedVia" : "returnedVia";
	const channel = others.find((condition) => "answer" in condition && condition.answer === field);
	const negation = others.find((condition) => "notAll" in condition);
	const unnamed = others.filter((condition) => condition !== channel && condition !== negation);
	if (unnamed.length > 0) throw new Error(`No words for the conditions ${JSON.stringify(unnamed)}`);
	if (field === "returnedVia" && negation && "notAll" in negation && !channel)
		return say(locale, "returnsNotSettled", { place: notSettledPlace(locale, negation) });
	if (negation) throw new Error(`No words for the condition ${JSON.stringify(negation)}`);
	if (!channel || !("oneOf" in channel)) return say(locale, field === "orderedVia" ? "ordersAnyWay" : "returnsAnyWay");
	const keys: Readonly<Record<string, TimelineMessageKey>> = VIA_KEYS[field];
	const how = either(
		locale,
		channel.oneOf.map((value) => {
			const key = keys[value];
			if (!key) throw new Error(`No words for ${field} ${value}`);
			return say(locale, key, { sites: vendorWebsites(vendor) });
		}),
	);
	return say(locale, field === "orderedVia" ? "orders" : "returns", { how });
}

/** A day's number on a count of days: `Date.UTC` is plain arithmetic here, in no time zone. */
function dayNumber(day: Day): number {
	const parts = dayParts(day);
	if (!parts) throw new RangeError(`Not a calendar day: ${day}`);
	return Date.UTC(parts.year, parts.month - 1, parts.day) / 86_400_000;
}

const yearOf = (day: Day): number => Number(day.slice(0, 4));

type Overlap = "inside" | "partly" | "outside";

/**
 * How a remembered window (ends may be open: "on or before …") lies in a published one: every
 * day it allows inside, some, or none. Both windows are inclusive at both ends.
 */
export function windowOverlap(remembered: DayWindow, published: DayWindow): Overlap {
	if (published.to !== undefined && remembered.from !== undefined && remembered.from > published.to) return "outside";
	if (published.from !== undefined && remembered.to !== undefined && remembered.to < published.from) return "outside";
	const startsIn = published.from === undefined || (remembered.from !== undefined && remembered.from >= published.from);
	const endsIn = published.to === undefined || (remembered.to !== undefined && remembered.to <= published.to);
	return startsIn && endsIn ? "inside" : "partly";
}

/** Where a rental's dates lie against one period; `undefined` where the date it tests is not known. */
function rentalOverlap(rental: TimelineRental, period: PublishedPeriod): Overlap | undefined {
	if (period.field !== "in-use") {
		const remembered = rental[period.field];
		return remembered ? windowOverlap(remembered, period.bounds) : undefined;
	}
	// In use in the period: ordered on or before its last day, returned on or after its first.
	const ordered = rental.orderedOn && windowOverlap(rental.orderedOn, { to: period.bounds.to });
	const returned = rental.returnedOn && windowOverlap(rental.returnedOn, { from: period.bounds.from });
	if (ordered === "outside" || returned === "outside") return "outside";
	if (ordered === undefined || returned === undefined) return undefined;
	return ordered === "inside" && returned === "inside" ? "inside" : "partly";
}

/** A mark for when data left a server, or when a server was accessed without authorization. */
interface LeakMark {
	key: string;
	style: "taken" | "accessed";
	label: string;
	text: string;
	span: { from: Day; to: Day };
}

/** When a server was attacked, named with the server: it is drawn apart from the periods of whose rentals. */
function pathMark(locale: Locale, incident: Incident, path: ExposurePath): LeakMark {
	const span = path.leakedOn.value;
	const when = describeSpan(span, locale);
	const server = capitalized(path.name[locale]);
	const key = `${incident.id}/${path.id}/leak`;
	if (path.leakedOn.meaning === "data-taken") {
		const label = say(locale, "takenFrom", { server });
		return { key, style: "taken", label, text: say(locale, "period", { label, when }), span };
	}
	const label = say(locale, "accessedOn", { server });
	const text = `${say(locale, "period", { label, when })}${locale === "ja" ? "。" : ". "}${say(locale, "accessedNote")}`;
	return { key, style: "accessed", label, text, span };
}

/** Periods of unauthorized access the incident's events give beyond what its paths already show. */
function incidentMarks(locale: Locale, incident: Incident): LeakMark[] {
	const shown = incident.paths.map((path) => path.leakedOn.value);
	return incident.events.flatMap((event): LeakMark[] => {
		if (event.kind !== "access") return [];
		const span = typeof event.on === "string" ? { from: event.on, to: event.on } : event.on;
		if (shown.some((other) => other.from === span.from && other.to === span.to)) return [];
		const label = say(locale, "serversAccessed");
		const when = describeSpan(span, locale);
		const period = say(locale, "period", { label, when });
		const text = `${period}${locale === "ja" ? "。" : ". "}${event.text[locale]}`;
		return [{ key: `${incident.id}/${event.id}`, style: "accessed", label, text, span }];
	});
}

/** The finite days a window or span reaches; open ends reach nothing. */
function ends(bounds: DayWindow | undefined): Day[] {
	return bounds ? [bounds.from, bounds.to].filter((day): day is Day => day !== undefined) : [];
}

/**
 * The years the axis covers: those of everything the data draws for any company (2008–2013), so
 * the axis does not change when a company is chosen, widened to take in every rental.
 */
function axisYears(rentals: readonly TimelineRental[]): { first: number; last: number } {
	const days = [
		...incidents.flatMap((incident) => [
			...publishedPeriods(incident).flatMap((period) => ends(period.bounds)),
			...incident.paths.flatMap((path) => ends(path.leakedOn.value)),
			...incident.events.flatMap((event) =>
				event.kind !== "access" ? [] : typeof event.on === "string" ? [event.on] : ends(event.on),
			),
		]),
		...rentals.flatMap((rental) => [...ends(rental.orderedOn), ...ends(rental.returnedOn)]),
	];
	const first = days.reduce(minDay);
	const last = days.reduce(maxDay);
	return { first: yearOf(first), last: yearOf(last) };
}

/** Sentences for the picture's description: a sentence with items under it leads into them. */
function flatten(locale: Locale, items: readonly TimelineTextItem[]): string[] {
	return items.flatMap((item) => {
		// Every heading ends as a sentence: a line of the words keeps one colon (fact check, round five).
		const ended = /[.。:：!?！？]$/.test(item.text);
		const lead = locale === "ja" ? "。" : ".";
		return [ended ? item.text : `${item.text}${lead}`, ...flatten(locale, item.items)];
	});
}

const leaf = (text: string): TimelineTextItem => ({ text, items: [] });

/** A published period with its name and its sentence in the locale. */
interface NamedPeriod {
	period: PublishedPeriod;
	label: string;
	text: string;
}

/** What a part of the picture draws, and the same in sentences. */
interface Part {
	lines: TimelineLine[];
	text: TimelineTextItem;
}

type Scale = (bounds: DayWindow) => Bar;

/**
 * Whether a period can concern this rental at all, by the answers besides its dates: a clause
 * whose other conditions a given answer fails (a corporate-site order for someone who ordered on
 * the public website) is not one of "your" periods, whatever the dates. Unanswered means it may.
 */
export function periodCanConcern(period: PublishedPeriod, rental: TimelineRental): boolean {
	const answers: RentalAnswers = {
		vendor: rental.vendor,
		orderedVia: rental.orderedVia ?? "unknown",
		returnedVia: rental.returnedVia ?? "unknown",
		paidVia: rental.paidVia ?? "unknown",
		paidWhen: rental.paidWhen ?? "unknown",
	};
	return period.clause.all
		.filter((condition) => !isDateCondition(condition))
		.every((condition) => partially(condition, answers) !== false);
}

/**
 * One rental under one company: its order and return, and where they fall among the periods that
 * can concern it (those its other answers do not rule out).
 */
function rentalPart(locale: Locale, rental: TimelineRental, periods: readonly NamedPeriod[], barOf: Scale): Part {
	const heading = say(locale, "yourRental", { n: rental.rental });
	const key = `${rental.vendor}/rental-${rental.rental}`;
	const lines: TimelineLine[] = [{ kind: "heading", key, level: 3, text: heading }];
	const dates: TimelineTextItem[] = [];
	for (const [field, style, template] of [
		["orderedOn", "ordered", "ordered"],
		["returnedOn", "returned", "returned"],
	] as const) {
		const remembered = rental[field];
		const when = remembered ? describeWindow(remembered, locale) : resultMessage(locale, "summaryNotRemembered");
		const label = say(locale, template, { when });
		lines.push({ kind: "bar", key: `${key}/${field}`, style, label, ...(remembered && { bar: barOf(remembered) }) });
		dates.push(leaf(label));
	}
	const placed = periods
		.filter(({ period }) => periodCanConcern(period, rental))
		.map((period) => ({ ...period, overlap: rentalOverlap(rental, period.period) }));
	const groups = (
		[
			["inside", "fallsInside"],
			["partly", "fallsPartly"],
			["outside", "fallsOutside"],
		] as const
	).flatMap(([overlap, heading]): TimelineTextItem[] => {
		// Two wordings can name the same period in the same words: it is one period to the person.
		const matching = unique(placed.filter((period) => period.overlap === overlap).map((period) => period.text));
		return matching.length === 0 ? [] : [{ text: say(locale, heading), items: matching.map(leaf) }];
	});
	const none = !rental.orderedOn && !rental.returnedOn ? [leaf(say(locale, "noDates"))] : [];
	return { lines, text: { text: heading, items: [...dates, ...none, ...groups] } };
}

function unique<T>(values: readonly T[]): T[] {
	return [...new Set(values)];
}

/** One server's published periods (whose rentals), under each wording's name where there are several. */
function pathPeriodsPart(
	locale: Locale,
	incident: Incident,
	path: ExposurePath,
	periods: readonly NamedPeriod[],
	barOf: Scale,
): Part {
	const pathKey = `${incident.id}/${path.id}`;
	const name = capitalized(path.name[locale]);
	const lines: TimelineLine[] = [{ kind: "heading", key: pathKey, level: 3, text: name }];
	const items: TimelineTextItem[] = [];
	const several = path.wordings.length > 1;
	for (const wording of path.wordings) {
		const own = periods.filter(({ period }) => period.path === path && period.wording === wording);
		if (several)
			lines.push({ kind: "heading", key: `${pathKey}/${wording.id}`, level: 4, text: wording.label[locale] });
		own.forEach(({ period, label }, index) => {
			const key = `${pathKey}/${wording.id}/${period.clause.id}/${index}`;
			lines.push({ kind: "bar", key, style: "period", label, bar: barOf(period.bounds) });
		});
		const sentences = own.map((period) => leaf(period.text));
		if (several) items.push({ text: wording.label[locale], items: sentences });
		else items.push(...sentences);
	}
	return { lines, text: { text: name, items } };
}

/** A part of a company: a heading over its parts, in the picture and in words. */
function section(key: string, text: string, parts: readonly Part[]): Part {
	return {
		lines: [{ kind: "heading", key, level: 2, text }, ...parts.flatMap((part) => part.lines)],
		text: { text, items: parts.map((part) => part.text) },
	};
}

/**
 * The picture of the chosen companies. Per company, two parts drawn apart: whose rentals the
 * breach concerns (the published periods, with the person's rentals over them), and when its
 * servers were attacked (data taken, unauthorized access) — a rental is never drawn under an
 * attack it has no part in.
 */
export function buildTimeline(locale: Locale, input: TimelineInput): TimelineModel {
	const { first, last } = axisYears(input.rentals);
	const from = makeDay(first, 1, 1);
	const to = makeDay(last, 12, 31);
	const origin = dayNumber(from);
	const length = dayNumber(addDays(to, 1)) - origin;
	const at = (day: Day) => (dayNumber(day) - origin) / length;
	// A span covers its days whole: from the start of its first day to the end of its last.
	const barOf = (bounds: DayWindow): Bar => ({
		start: bounds.from === undefined ? 0 : at(bounds.from),
		end: bounds.to === undefined ? 1 : at(addDays(bounds.to, 1)),
		openStart: bounds.from === undefined,
		openEnd: bounds.to === undefined,
		day: bounds.from !== undefined && bounds.from === bounds.to,
	});
	const years = Array.from({ length: last - first + 1 }, (_, index) => {
		const year = first + index;
		return { year, start: at(makeDay(year, 1, 1)), end: at(makeDay(year + 1, 1, 1)) };
	});

	const lines: TimelineLine[] = [];
	const text: TimelineTextItem[] = [leaf(say(locale, "axis", { from: String(first), to: String(last) }))];
	const vendors = VENDOR_IDS.filter(
		(vendor) => input.vendors.includes(vendor) || input.rentals.some((rental) => rental.vendor === vendor),
	);
	for (const vendor of vendors) {
		const company = vendorById(vendor).name[locale];
		const periods = incidentsOf(vendor).flatMap((incident) =>
			publishedPeriods(incident).map((period): NamedPeriod => {
				const label = periodLabel(locale, period, vendor);
				const when = describeWindow(period.bounds, locale);
				return { period, label, text: say(locale, "period", { label, when }) };
			}),
		);
		const who = section(`${vendor}/who`, say(locale, "whoHeading"), [
			...input.rentals
				.filter((rental) => rental.vendor === vendor)
				.map((rental) => rentalPart(locale, rental, periods, barOf)),
			...incidentsOf(vendor).flatMap((incident) =>
				incident.paths.map((path) => pathPeriodsPart(locale, incident, path, periods, barOf)),
			),
		]);
		// The company's servers as a whole first (the regulator's period), then each server's own.
		const marks = incidentsOf(vendor).flatMap((incident) => [
			...incidentMarks(locale, incident),
			...incident.paths.map((path) => pathMark(locale, incident, path)),
		]);
		const attacks = section(
			`${vendor}/attacks`,
			say(locale, "attacksHeading"),
			marks.map((mark) => ({
				lines: [{ kind: "bar", key: mark.key, style: mark.style, label: mark.label, bar: barOf(mark.span) }],
				text: leaf(mark.text),
			})),
		);
		lines.push({ kind: "heading", key: vendor, level: 1, text: company }, ...who.lines, ...attacks.lines);
		text.push({ text: company, items: [who.text, attacks.text] });
	}

	const title = say(locale, input.rentals.length > 0 ? "title" : "titleNoRental", {
		from: String(first),
		to: String(last),
	});
	return {
		title,
		note: say(locale, "note"),
		axis: { from, to, years },
		lines,
		text,
		description: flatten(locale, text).join(locale === "ja" ? "" : " "),
	};
}
