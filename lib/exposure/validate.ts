import { dayParts } from "../calendar/day";
import type { DayWindow } from "../calendar/interval";
import {
	type DateField,
	ORDER_CHANNELS,
	PAYMENT_PLACES,
	PAYMENT_TIMES,
	RETURN_CHANNELS,
	type RentalAnswers,
	VENDOR_IDS,
} from "../incidents/rental";
import { type AnswerIssue, InvalidAnswersError } from "./types";

const CHOICES = {
	vendor: [...VENDOR_IDS, "unknown"],
	orderedVia: ORDER_CHANNELS,
	returnedVia: RETURN_CHANNELS,
	paidVia: PAYMENT_PLACES,
	paidWhen: PAYMENT_TIMES,
} as const;

function isRecord(value: unknown): value is Record<string, unknown> {
	return typeof value === "object" && value !== null && !Array.isArray(value);
}

function dayIssue(value: unknown): AnswerIssue["problem"] | undefined {
	if (typeof value !== "string" || !/^\d{4}-\d{2}-\d{2}$/.test(value)) return "malformed-day";
	return dayParts(value) ? undefined : "impossible-day";
}

/** A date answer: a window with at least one end; an absent end is open. */
function spanIssues(field: DateField, value: unknown): AnswerIssue[] {
	if (value === undefined) return [];
	if (!isRecord(value) || (value.from === undefined && value.to === undefined))
		return [{ field, problem: "not-a-span" }];
	const issues: AnswerIssue[] = [];
	for (const part of ["from", "to"] as const) {
		if (value[part] === undefined) continue;
		const problem = dayIssue(value[part]);
		if (problem) issues.push({ field, part, problem });
	}
	if (issues.length === 0 && value.from !== undefined && (value.from as string) > (value.to as string)) {
		issues.push({ field, problem: "span-reversed" });
	}
	return issues;
}

/** The order comes before the return: a return wholly before the earliest order day is impossible. */
export function returnBeforeOrder(ordered: DayWindow | undefined, returned: DayWindow | undefined): boolean {
	return ordered?.from !== undefined && returned?.to !== undefined && returned.to < ordered.from;
}

/** Every problem with the answers, each naming its field; empty when they are valid. */
export function answerIssues(input: unknown): AnswerIssue[] {
	if (!isRecord(input)) return [{ field: "vendor", problem: "missing" }];
	const issues: AnswerIssue[] = [];
	for (const [field, allowed] of Object.entries(CHOICES) as [keyof typeof CHOICES, readonly string[]][]) {
		const value = input[field];
		if (value === undefined) issues.push({ field, problem: "missing" });
		else if (typeof value !== "string" || !allowed.includes(value)) issues.push({ field, problem: "unknown-value" });
	}
	const orderIssues = spanIssues("orderedOn", input.orderedOn);
	const returnIssues = spanIssues("returnedOn", input.returnedOn);
	issues.push(...orderIssues, ...returnIssues);
	const ordered = input.orderedOn as RentalAnswers["orderedOn"];
	const returned = input.returnedOn as RentalAnswers["returnedOn"];
	if (orderIssues.length === 0 && returnIssues.length === 0 && returnBeforeOrder(ordered, returned)) {
		issues.push({ field: "returnedOn", problem: "return-before-order" });
	}
	return issues;
}

/** The answers, checked; throws {@link InvalidAnswersError} naming every bad field. */
export function validateAnswers(input: unknown): RentalAnswers {
	const issues = answerIssues(input);
	if (issues.length > 0) throw new InvalidAnswersError(issues);
	return input as RentalAnswers;
}
