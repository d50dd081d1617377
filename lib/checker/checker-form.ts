import type { Day, DaySpan } from "../calendar/day";
import { addDays, maxDay, minDay } from "../calendar/day";
import type { DayWindow } from "../calendar/interval";
import { readDate } from "../calendar/reader";
import type { ParseProblem } from "../calendar/remembered";
import { returnBeforeOrder } from "../exposure/validate";
import {
	type CompanyAnswer,
	type DateField,
	EMAIL_ANSWERS,
	type EmailAnswer,
	ORDER_CHANNELS,
	type OrderChannel,
	PAYMENT_PLACES,
	PAYMENT_TIMES,
	type PaymentPlace,
	type PaymentTime,
	RETURN_CHANNELS,
	type RentalAnswers,
	type ReturnChannel,
	VENDOR_IDS,
	type VendorId,
} from "../incidents/rental";

/** How long before the trip the person says they ordered, at most; each is an upper bound they give. */
export const LEAD_TIMES = ["week", "month", "three-months", "unknown"] as const;
export type LeadTime = (typeof LEAD_TIMES)[number];
export const KNOWN_LEAD_TIMES = LEAD_TIMES.filter((value) => value !== "unknown");
const LEAD_DAYS: Record<Exclude<LeadTime, "unknown">, number> = { week: 7, month: 31, "three-months": 92 };

/**
 * One rental as the form holds it: the person's own words for dates and the trip, and a choice
 * (or nothing yet) for the rest. An unanswered question counts as "I don't remember".
 */
export interface RentalForm {
	vendor?: VendorId | "unknown";
	orderedVia?: OrderChannel;
	orderedOn: string;
	returnedVia?: ReturnChannel;
	returnedOn: string;
	paidVia?: PaymentPlace;
	paidWhen?: PaymentTime;
	/** The trip the router was for: departure and return, as remembered. */
	departure: string;
	tripReturn: string;
	leadTime?: LeadTime;
}

/** Everything the checker asks: one or more rentals, and per company whether its email came. */
export interface CheckerForm {
	rentals: RentalForm[];
	emails: Partial<Record<VendorId, EmailAnswer>>;
	/** The "what to do now" steps ticked off: kept as long as the answers are (the page, or remembered). */
	done?: StepId[];
}

/** The steps a person can tick off, in the order the result lists them. */
export const STEP_IDS = ["card-history", "reissue", "statements", "contact-today"] as const;
export type StepId = (typeof STEP_IDS)[number];

export const EMPTY_RENTAL: RentalForm = { orderedOn: "", returnedOn: "", departure: "", tripReturn: "" };
export const EMPTY_FORM: CheckerForm = { rentals: [EMPTY_RENTAL], emails: {} };

export type TripField = "departure" | "tripReturn";
export type FieldError =
	| ParseProblem
	| "return-before-order"
	| "trip-return-before-departure"
	| "in-the-future"
	| "trip-conflicts-dates";

export interface RentalReading {
	/**
	 * The rental's answers: one set, or none while no company is chosen or a date cannot be read.
	 * A company not remembered stays an unknown of this one rental (`vendor: "unknown"`).
	 */
	answers: RentalAnswers[];
	errors: Partial<Record<DateField | TripField, FieldError>>;
	/** What the trip says about the dates, shown back to the person ("so you ordered on or before …"). */
	fromTrip: Partial<Record<DateField, DayWindow>>;
}

/**
 * What a trip tells, and nothing more: the order was on or before departure (and no earlier
 * than the lead time the person gives); an airport-counter or return-box return was on the
 * return day; any other return on or after it.
 */
export function datesFromTrip(
	departure: DaySpan | undefined,
	tripReturn: DaySpan | undefined,
	leadTime: LeadTime,
	returnedVia: ReturnChannel,
): Partial<Record<DateField, DayWindow>> {
	const derived: Partial<Record<DateField, DayWindow>> = {};
	if (departure) {
		derived.orderedOn =
			leadTime === "unknown"
				? { to: departure.to }
				: { from: addDays(departure.from, -LEAD_DAYS[leadTime]), to: departure.to };
	}
	if (tripReturn) {
		const atTheAirport = returnedVia === "airport-counter" || returnedVia === "airport-return-box";
		derived.returnedOn = atTheAirport ? { ...tripReturn } : { from: tripReturn.from };
	}
	return derived;
}

/** Both windows at once; undefined where they share no day. */
function intersect(a: DayWindow | undefined, b: DayWindow | undefined): DayWindow | undefined | "empty" {
	if (!a) return b;
	if (!b) return a;
	const from = a.from && b.from ? maxDay(a.from, b.from) : (a.from ?? b.from);
	const to = a.to && b.to ? minDay(a.to, b.to) : (a.to ?? b.to);
	if (from !== undefined && to !== undefined && from > to) return "empty";
	return { ...(from !== undefined && { from }), ...(to !== undefined && { to }) };
}

function parseField(text: string): { span?: DaySpan; error?: FieldError } {
	const trimmed = text.trim();
	if (!trimmed) return {};
	const parsed = readDate(trimmed);
	return parsed.ok ? { span: parsed.span } : { error: parsed.problem };
}

/**
 * One rental's answers from the form. `today` (a day in Japan) is an argument: a trip cannot
 * start in the future, and the clock stays out of lib/.
 */
export function readRental(rental: RentalForm, today: Day): RentalReading {
	const errors: RentalReading["errors"] = {};
	const spans: Partial<Record<DateField | TripField, DaySpan>> = {};
	for (const field of ["orderedOn", "returnedOn", "departure", "tripReturn"] as const) {
		const { span, error } = parseField(rental[field]);
		if (error) errors[field] = error;
		else if (span && span.from > today) errors[field] = "in-the-future";
		else if (span) spans[field] = span;
	}
	if (spans.departure && spans.tripReturn && spans.tripReturn.to < spans.departure.from) {
		errors.tripReturn = "trip-return-before-departure";
	}
	const fromTrip =
		errors.departure || errors.tripReturn
			? {}
			: datesFromTrip(spans.departure, spans.tripReturn, rental.leadTime ?? "unknown", rental.returnedVia ?? "unknown");
	const dates: Partial<Record<DateField, DayWindow>> = {};
	for (const field of ["orderedOn", "returnedOn"] as const) {
		const both = intersect(spans[field], fromTrip[field]);
		if (both === "empty") errors[field === "orderedOn" ? "departure" : "tripReturn"] = "trip-conflicts-dates";
		else if (both) dates[field] = both;
	}
	if (!errors.returnedOn && returnBeforeOrder(dates.orderedOn, dates.returnedOn)) {
		errors[spans.returnedOn ? "returnedOn" : "tripReturn"] = spans.returnedOn
			? "return-before-order"
			: "trip-conflicts-dates";
	}
	const vendors: CompanyAnswer[] = rental.vendor === undefined ? [] : [rental.vendor];
	const answers = vendors.map((vendor) => {
		const result: RentalAnswers = {
			vendor,
			orderedVia: rental.orderedVia ?? "unknown",
			returnedVia: rental.returnedVia ?? "unknown",
			paidVia: rental.paidVia ?? "unknown",
			paidWhen: rental.paidWhen ?? "unknown",
		};
		if (dates.orderedOn) result.orderedOn = dates.orderedOn;
		if (dates.returnedOn) result.returnedOn = dates.returnedOn;
		return result;
	});
	return { answers: Object.keys(errors).length > 0 ? [] : answers, errors, fromTrip };
}

export function readForm(form: CheckerForm, today: Day): RentalReading[] {
	return form.rentals.map((rental) => readRental(rental, today));
}

const CHOICES: Record<
	"vendor" | "orderedVia" | "returnedVia" | "paidVia" | "paidWhen" | "leadTime",
	readonly string[]
> = {
	vendor: [...VENDOR_IDS, "unknown"],
	orderedVia: ORDER_CHANNELS,
	returnedVia: RETURN_CHANNELS,
	paidVia: PAYMENT_PLACES,
	paidWhen: PAYMENT_TIMES,
	leadTime: LEAD_TIMES,
};
const TEXTS = ["orderedOn", "returnedOn", "departure", "tripReturn"] as const;
const isRecord = (value: unknown): value is Record<string, unknown> =>
	typeof value === "object" && value !== null && !Array.isArray(value);

function readStoredRental(value: unknown): RentalForm | undefined {
	if (!isRecord(value)) return undefined;
	const rental: RentalForm = { ...EMPTY_RENTAL };
	for (const field of TEXTS) if (typeof value[field] === "string") rental[field] = value[field] as string;
	for (const [field, allowed] of Object.entries(CHOICES)) {
		const choice = value[field];
		if (typeof choice === "string" && allowed.includes(choice))
			(rental as unknown as Record<string, string>)[field] = choice;
	}
	return rental;
}

/**
 * A remembered form read back from storage: keeps only what still makes sense, whatever was
 * stored. The first version kept one rental's fields at the top level: read as one rental.
 */
export function readStoredForm(value: unknown): CheckerForm | undefined {
	if (!isRecord(value)) return undefined;
	if (!Array.isArray(value.rentals)) {
		const single = readStoredRental(value);
		return single && answered(single) ? { rentals: [single], emails: {} } : undefined;
	}
	const rentals = value.rentals.flatMap((rental) => readStoredRental(rental) ?? []).filter(answered);
	const emails: CheckerForm["emails"] = {};
	if (isRecord(value.emails)) {
		for (const vendor of VENDOR_IDS) {
			const answer = value.emails[vendor];
			if (typeof answer === "string" && (EMAIL_ANSWERS as readonly string[]).includes(answer))
				emails[vendor] = answer as EmailAnswer;
		}
	}
	const done = Array.isArray(value.done) ? STEP_IDS.filter((step) => (value.done as unknown[]).includes(step)) : [];
	if (!rentals.some(answered) && Object.keys(emails).length === 0) return undefined;
	return { rentals: rentals.length > 0 ? rentals : [EMPTY_RENTAL], emails, ...(done.length > 0 && { done }) };
}

/** Whether anything of a rental was answered: an empty one is nothing to restore. */
function answered(rental: RentalForm): boolean {
	return Object.entries(rental).some(([, value]) => value !== "");
}
