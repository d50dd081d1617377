import type { ComponentChildren } from "preact";
import { useRef } from "preact/hooks";
import { describeWindow } from "../../lib/calendar/era";
import { KNOWN_LEAD_TIMES, type RentalForm, type RentalReading } from "../../lib/checker/checker-form";
import { vendorWebsites } from "../../lib/checker/labels";
import { type MessageKey, message } from "../../lib/i18n/messages";
import { type AnswerField, KNOWN_VALUES, type KnownValue, type VendorId } from "../../lib/incidents/rental";
import { vendors } from "../../lib/incidents/vendors";
import { useT } from "../shared/i18n";
import { ChoiceQuestion } from "./ChoiceQuestion";
import { DateQuestion } from "./DateQuestion";

/** A question of one rental: an answer, or the trip (which answers both dates). */
export type QuestionKey = AnswerField | "trip" | "vendor";

interface Props {
	rental: RentalForm;
	reading: RentalReading;
	/** Counting from 1; names the radio groups and the questions' places, so rentals never share one. */
	number: number;
	/** The trip questions: on the full page. */
	withTrip: boolean;
	onChange: (rental: RentalForm) => void;
	/** Right after the company: that company's 2013 message, which can settle it in one answer. */
	afterVendor?: ComponentChildren;
	/** Questions not answered yet that cannot change this rental's result now: they step back. */
	steppedBack: ReadonlySet<QuestionKey>;
}

/** Where a question of a rental sits, so "answer this" can bring a person to it. */
export function questionId(rental: number, question: QuestionKey): string {
	return `q-r${rental}-${question}`;
}

/** The company's message is asked once per company: its slot is named by the company. */
export function emailQuestionId(vendor: VendorId): string {
	return `q-email-${vendor}`;
}

/**
 * The questions about one rental, the decisive ones first: the company, its message, how you
 * ordered, when, the trip, the return, the payment. Until a company is chosen only that question
 * shows; questions that can no longer change the result step back into one collapsed group.
 */
export function RentalQuestions({ rental, reading, number, withTrip, onChange, afterVendor, steppedBack }: Props) {
	const t = useT();
	const placement = useRef(new Map<QuestionKey, boolean>());
	const set = <K extends keyof RentalForm>(key: K, value: RentalForm[K]) => onChange({ ...rental, [key]: value });
	const sites = vendorWebsites(rental.vendor ?? "unknown");
	const options = <F extends "orderedVia" | "returnedVia" | "paidVia" | "paidWhen">(field: F) =>
		(KNOWN_VALUES[field] as readonly string[] as readonly KnownValue<F>[]).map((value) => ({
			value,
			label: message(t.locale, `${field}.${value}` as MessageKey, { sites }),
		}));
	const name = (field: string) => `${field}-${number}`;
	const slot = (key: QuestionKey, question: ComponentChildren) => ({
		key,
		node: (
			<div class="question-slot" id={questionId(number, key)} key={key}>
				{question}
			</div>
		),
	});
	const questions = [
		slot(
			"orderedVia",
			<ChoiceQuestion
				name={name("orderedVia")}
				legend={t("qOrderedVia")}
				choices={options("orderedVia")}
				value={rental.orderedVia}
				onChange={(value) => set("orderedVia", value)}
				unknownValue="unknown"
			/>,
		),
		slot(
			"orderedOn",
			<DateQuestion
				legend={t("qOrderedOn")}
				value={rental.orderedOn}
				onChange={(value) => set("orderedOn", value)}
				error={reading.errors.orderedOn}
			/>,
		),
		...(withTrip
			? [
					slot(
						"trip",
						<fieldset class="question trip">
							<legend>{t("tripHeading")}</legend>
							<DateQuestion
								legend={t("qDeparture")}
								value={rental.departure}
								onChange={(value) => set("departure", value)}
								error={reading.errors.departure}
							/>
							<ChoiceQuestion
								name={name("leadTime")}
								legend={t("qLeadTime")}
								choices={KNOWN_LEAD_TIMES.map((value) => ({ value, label: t(`leadTime.${value}`) }))}
								value={rental.leadTime}
								onChange={(value) => set("leadTime", value)}
								unknownValue="unknown"
							/>
							<DateQuestion
								legend={t("qTripReturn")}
								value={rental.tripReturn}
								onChange={(value) => set("tripReturn", value)}
								error={reading.errors.tripReturn}
							/>
							<p class="understood from-trip" aria-live="polite">
								{reading.fromTrip.orderedOn
									? t("fromTripOrdered", { when: describeWindow(reading.fromTrip.orderedOn, t.locale) })
									: null}{" "}
								{reading.fromTrip.returnedOn
									? t("fromTripReturned", { when: describeWindow(reading.fromTrip.returnedOn, t.locale) })
									: null}
							</p>
						</fieldset>,
					),
				]
			: []),
		slot(
			"returnedVia",
			<ChoiceQuestion
				name={name("returnedVia")}
				legend={t("qReturnedVia")}
				choices={options("returnedVia")}
				value={rental.returnedVia}
				onChange={(value) => set("returnedVia", value)}
				unknownValue="unknown"
			/>,
		),
		slot(
			"returnedOn",
			<DateQuestion
				legend={t("qReturnedOn")}
				value={rental.returnedOn}
				onChange={(value) => set("returnedOn", value)}
				error={reading.errors.returnedOn}
			/>,
		),
		slot(
			"paidVia",
			<ChoiceQuestion
				name={name("paidVia")}
				legend={t("qPaidVia")}
				choices={options("paidVia")}
				value={rental.paidVia}
				onChange={(value) => set("paidVia", value)}
				unknownValue="unknown"
			/>,
		),
		// Only Telecom Square's criteria turn on the moment of settling (facts C14).
		...(rental.vendor === "xcom-global"
			? []
			: [
					slot(
						"paidWhen",
						<ChoiceQuestion
							name={name("paidWhen")}
							legend={t("qPaidWhen")}
							hint={t("paidWhenHint")}
							choices={options("paidWhen")}
							value={rental.paidWhen}
							onChange={(value) => set("paidWhen", value)}
							unknownValue="unknown"
						/>,
					),
				]),
	];
	// A question answered where it stands stays there: moving it would take the person's focus away.
	const back = questions.filter((question) => {
		const before = placement.current.get(question.key);
		const given = answered(rental, question.key);
		// Answers the person gave never step back on their own; one given inside the group stays there.
		const isBack = before !== undefined && given ? before : !given && steppedBack.has(question.key);
		placement.current.set(question.key, isBack);
		return isBack;
	});
	const ahead = questions.filter((question) => !back.includes(question));
	return (
		<>
			<div class="question-slot" id={questionId(number, "vendor")}>
				<ChoiceQuestion
					name={name("vendor")}
					legend={t("qVendor")}
					choices={vendors.map((vendor) => ({ value: vendor.id, label: t.text(vendor.knownAs) }))}
					value={rental.vendor}
					onChange={(value) => set("vendor", value)}
					unknownValue="unknown"
					unknownLabel={t("vendorUnknown")}
				/>
			</div>
			{rental.vendor === undefined ? null : (
				<>
					{afterVendor}
					{ahead.map((question) => question.node)}
					{back.length > 0 ? (
						<details class="stepped-back">
							<summary>{t("steppedBack", { n: back.length })}</summary>
							{back.map((question) => question.node)}
						</details>
					) : null}
				</>
			)}
		</>
	);
}

/** Whether the person has answered a question (an "I don't remember" counts as an answer). */
function answered(rental: RentalForm, key: QuestionKey): boolean {
	if (key === "trip") return rental.departure !== "" || rental.tripReturn !== "" || rental.leadTime !== undefined;
	return rental[key] !== undefined && rental[key] !== "";
}
