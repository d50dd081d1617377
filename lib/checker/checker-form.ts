import { type ParseProblem, parseRemembered } from "../calendar/era";
import { answerIssues } from "../exposure/validate";
import {
	type DateField,
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

/**
 * What the checker's form holds: the person's own words for dates, and a choice (or nothing yet)
 * for the rest. An unanswered question counts as "I don't remember".
 */
export interface CheckerForm {
	vendor?: VendorId | "unknown";
	orderedVia?: OrderChannel;
	orderedOn: string;
	returnedVia?: ReturnChannel;
	returnedOn: string;
	paidVia?: PaymentPlace;
	paidWhen?: PaymentTime;
}

export const EMPTY_FORM: CheckerForm = { orderedOn: "", returnedOn: "" };

export type FieldError = ParseProblem | "return-before-order";

export interface FormReading {
	/** One set of answers per vendor to check: both when the person does not remember which. */
	answers: RentalAnswers[];
	errors: Partial<Record<DateField, FieldError>>;
}

export function readForm(form: CheckerForm): FormReading {
	const errors: FormReading["errors"] = {};
	const spans: Partial<Record<DateField, { from: string; to: string }>> = {};
	for (const field of ["orderedOn", "returnedOn"] as const) {
		const text = form[field].trim();
		if (!text) continue;
		const parsed = parseRemembered(text);
		if (parsed.ok) spans[field] = parsed.span;
		else errors[field] = parsed.problem;
	}
	const vendors: VendorId[] =
		form.vendor === undefined ? [] : form.vendor === "unknown" ? [...VENDOR_IDS] : [form.vendor];
	const answers = vendors.map((vendor) => {
		const result: RentalAnswers = {
			vendor,
			orderedVia: form.orderedVia ?? "unknown",
			returnedVia: form.returnedVia ?? "unknown",
			paidVia: form.paidVia ?? "unknown",
			paidWhen: form.paidWhen ?? "unknown",
		};
		if (spans.orderedOn) result.orderedOn = spans.orderedOn;
		if (spans.returnedOn) result.returnedOn = spans.returnedOn;
		return result;
	});
	const probe: RentalAnswers = {
		vendor: "telecom-square",
		orderedVia: "unknown",
		returnedVia: "unknown",
		paidVia: "unknown",
		paidWhen: "unknown",
		...spans,
	};
	if (answerIssues(probe).some((issue) => issue.problem === "return-before-order"))
		errors.returnedOn = "return-before-order";
	return { answers: Object.keys(errors).length > 0 ? [] : answers, errors };
}

const CHOICES: Record<"vendor" | "orderedVia" | "returnedVia" | "paidVia" | "paidWhen", readonly string[]> = {
	vendor: [...VENDOR_IDS, "unknown"],
	orderedVia: ORDER_CHANNELS,
	returnedVia: RETURN_CHANNELS,
	paidVia: PAYMENT_PLACES,
	paidWhen: PAYMENT_TIMES,
};

/** A remembered form read back from storage: keeps only what still makes sense. */
export function readStoredForm(value: unknown): CheckerForm | undefined {
	if (typeof value !== "object" || value === null) return undefined;
	const stored = value as Record<string, unknown>;
	const form: CheckerForm = {
		orderedOn: typeof stored.orderedOn === "string" ? stored.orderedOn : "",
		returnedOn: typeof stored.returnedOn === "string" ? stored.returnedOn : "",
	};
	for (const [field, allowed] of Object.entries(CHOICES)) {
		const choice = stored[field];
		if (typeof choice === "string" && allowed.includes(choice))
			(form as unknown as Record<string, string>)[field] = choice;
	}
	return form;
}
