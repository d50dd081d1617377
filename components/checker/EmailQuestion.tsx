import { describeDay } from "../../lib/calendar/era";
import { incidentsOf } from "../../lib/incidents";
import type { VendorId } from "../../lib/incidents/rental";
import { EMAIL_ANSWERS, type EmailAnswer } from "../../lib/incidents/rental";
import { vendorById } from "../../lib/incidents/vendors";
import { useT } from "../shared/i18n";
import { ChoiceQuestion } from "./ChoiceQuestion";

/**
 * Whether the company's own message about the breach reached the person, with what to search
 * their mailbox for: only what the sources say about those messages.
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
	const t = useT();
	const hint = incidentsOf(vendor)
		.map(({ customerEmail: { value: email } }) =>
			[
				describeDay(email.from, t.locale),
				email.subject ? `「${email.subject}」` : undefined,
				t.text(email.to),
				email.said ? t.text(email.said) : undefined,
			]
				.filter(Boolean)
				.join(t.locale === "ja" ? "。" : ". "),
		)
		.join(" ");
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
