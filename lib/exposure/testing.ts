import type { DaySpan } from "../calendar/day";
import type { RentalAnswers } from "../incidents/rental";

/** Shorthand for tests: one exact day as a span. */
export function on(day: string): DaySpan {
	return { from: day, to: day };
}

type Short = Partial<Omit<RentalAnswers, "orderedOn" | "returnedOn">> & {
	vendor: RentalAnswers["vendor"];
	orderedOn?: string | DaySpan;
	returnedOn?: string | DaySpan;
};

/** Answers from a short description: unnamed channels are "I don't remember", days may be plain. */
export function rental(short: Short): RentalAnswers {
	const span = (value: string | DaySpan | undefined) => (typeof value === "string" ? on(value) : value);
	const answers: RentalAnswers = {
		vendor: short.vendor,
		orderedVia: short.orderedVia ?? "unknown",
		returnedVia: short.returnedVia ?? "unknown",
		paidVia: short.paidVia ?? "unknown",
		paidWhen: short.paidWhen ?? "unknown",
	};
	const orderedOn = span(short.orderedOn);
	const returnedOn = span(short.returnedOn);
	if (orderedOn) answers.orderedOn = orderedOn;
	if (returnedOn) answers.returnedOn = returnedOn;
	return answers;
}
