import type { DayWindow } from "../calendar/interval";

/**
 * The vocabulary of what a person remembers about one rental. The incident criteria and the
 * exposure engine both speak it, so it lives on its own.
 */
export const VENDOR_IDS = ["telecom-square", "xcom-global"] as const;
export type VendorId = (typeof VENDOR_IDS)[number];

export const ORDER_CHANNELS = ["vendor-website", "corporate-site", "airport-counter", "other", "unknown"] as const;
export type OrderChannel = (typeof ORDER_CHANNELS)[number];

export const RETURN_CHANNELS = ["courier", "airport-return-box", "airport-counter", "other", "unknown"] as const;
export type ReturnChannel = (typeof RETURN_CHANNELS)[number];

/** Where the rental was settled. */
export const PAYMENT_PLACES = ["airport-counter", "card-online", "other", "unknown"] as const;
export type PaymentPlace = (typeof PAYMENT_PLACES)[number];

/**
 * When it was settled: on returning the router, or at another time (when ordering, at pick-up,
 * billed later). Web-B's second wording turns on 「ご返却時に」, the moment of return (facts C14).
 */
export const PAYMENT_TIMES = ["when-returning", "another-time", "unknown"] as const;
export type PaymentTime = (typeof PAYMENT_TIMES)[number];

/**
 * Which company the rental was with: a company, or "unknown" where the person does not remember.
 * One rental is one company's: "unknown" is an unknown of the rental, never a copy per company.
 */
export type CompanyAnswer = VendorId | "unknown";

export interface RentalAnswers {
	vendor: CompanyAnswer;
	orderedVia: OrderChannel;
	/**
	 * Absent: the person does not remember. An open end is allowed where only one bound is known
	 * ("on or before the trip's departure").
	 */
	orderedOn?: DayWindow;
	returnedVia: ReturnChannel;
	returnedOn?: DayWindow;
	paidVia: PaymentPlace;
	paidWhen: PaymentTime;
}

/**
 * Whether the company's own message about the breach (an email, or a letter where the email
 * failed) reached the person: asked once per company, not per rental.
 */
export const EMAIL_ANSWERS = ["received", "not-received", "unknown"] as const;
export type EmailAnswer = (typeof EMAIL_ANSWERS)[number];

export type AnswerField = Exclude<keyof RentalAnswers, "vendor">;
export const ANSWER_FIELDS: readonly AnswerField[] = [
	"orderedVia",
	"orderedOn",
	"returnedVia",
	"returnedOn",
	"paidVia",
	"paidWhen",
];

/** Every question of a rental, the company included. */
export type RentalField = AnswerField | "vendor";

export type ChannelField = "orderedVia" | "returnedVia" | "paidVia" | "paidWhen";
export type DateField = "orderedOn" | "returnedOn";

/** The concrete values a channel answer can take; 'unknown' stands for all of them. */
export const KNOWN_VALUES = {
	orderedVia: ORDER_CHANNELS.filter((value) => value !== "unknown"),
	returnedVia: RETURN_CHANNELS.filter((value) => value !== "unknown"),
	paidVia: PAYMENT_PLACES.filter((value) => value !== "unknown"),
	paidWhen: PAYMENT_TIMES.filter((value) => value !== "unknown"),
} as const;

export type KnownValue<F extends ChannelField> = Exclude<RentalAnswers[F], "unknown">;

/** The companies a rental could have been with. */
export function candidateVendors(vendor: CompanyAnswer): readonly VendorId[] {
	return vendor === "unknown" ? VENDOR_IDS : [vendor];
}

/** Answers with nothing remembered: every question answered "I don't remember". */
export function blankAnswers(vendor: CompanyAnswer): RentalAnswers {
	return { vendor, orderedVia: "unknown", returnedVia: "unknown", paidVia: "unknown", paidWhen: "unknown" };
}
