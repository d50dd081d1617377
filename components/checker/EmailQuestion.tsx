import { describeDay } from "../../lib/calendar/era";
import { incidentsOf } from "../../lib/incidents";
import { EMAIL_ANSWERS, type EmailAnswer, type VendorId } from "../../lib/incidents/rental";
import { vendorById } from "../../lib/incidents/vendors";
import { ChoiceQuestion } from "./ChoiceQuestion";
import { useResultT } from "./useResultT";

/**
 * Whether the company's own message about the breach reached the person, asked right after the
 * company: it settles the company in one answer. The hint says what to search the mailbox for,
 * only as the sources give it (for Telecom Square, per server: facts and seed).
 */
export function EmailQuestion({
	vendor,
	value,
	onChange,
}: {
	vendor: VendorId;
	value: EmailAnswer | undefined;
	onChange: (value: EmailAnswer) => void;
}) {
	const t = useResultT();
	const hint = [
		t("emailWhy"),
		...incidentsOf(vendor).flatMap(({ announced, customerEmail: { value: email } }) => [
			t("emailAnnounced", { date: describeDay(announced.value, t.locale) }),
			...(email.subject ? [t("emailSubject", { subject: email.subject })] : []),
			// Whose email the subject is known from (audit G10).
			...(email.subjectNote ? [t.text(email.subjectNote)] : []),
			t.text(email.to),
			...(email.said ? [t.text(email.said)] : []),
		]),
	];
	return (
		<div class="email-question">
			<ChoiceQuestion
				name={`email-${vendor}`}
				legend={t("qEmail", { vendor: t.text(vendorById(vendor).name) })}
				hint={hint}
				choices={EMAIL_ANSWERS.filter((answer) => answer !== "unknown").map((answer) => ({
					value: answer,
					label: t(`email.${answer}`),
				}))}
				value={value}
				onChange={onChange}
				unknownValue="unknown"
			/>
			{value === "not-received" ? <p class="note">{t("emailNoIsNotNo")}</p> : null}
		</div>
	);
}
