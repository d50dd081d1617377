import { useId, useState } from "preact/hooks";
import { describeSpan, parseRemembered } from "../../lib/calendar/era";
import type { FieldError } from "../../lib/checker/checker-form";
import type { MessageKey } from "../../lib/i18n/messages";
import { useT } from "../shared/i18n";

interface Props {
	legend: string;
	value: string;
	onChange: (value: string) => void;
	error: FieldError | undefined;
}

const ERROR_MESSAGES: Record<FieldError, MessageKey> = {
	unrecognised: "dateUnrecognised",
	"impossible-day": "dateImpossible",
	"outside-era": "dateOutsideEra",
	"return-before-order": "returnBeforeOrder",
	"trip-return-before-departure": "tripReturnBeforeDeparture",
	"in-the-future": "inTheFuture",
	"trip-conflicts-dates": "tripConflictsDates",
};

/**
 * "When": a day, a month or a year, typed in the Western calendar or an era, or not
 * remembered. What was understood is shown back in both calendars.
 */
export function DateQuestion({ legend, value, onChange, error }: Props) {
	const t = useT();
	const id = useId();
	const hintId = `${id}-hint`;
	const statusId = `${id}-status`;
	const [remembers, setRemembers] = useState(value !== "");
	const parsed = value ? parseRemembered(value) : undefined;
	return (
		<fieldset class="question">
			<legend>{legend}</legend>
			<label class="choice">
				<input type="radio" name={id} checked={remembers} onChange={() => setRemembers(true)} />
				<span>{t("dateRemembered")}</span>
			</label>
			<label class="choice">
				<input
					type="radio"
					name={id}
					checked={!remembers}
					onChange={() => {
						setRemembers(false);
						onChange("");
					}}
				/>
				<span>{t("dontRemember")}</span>
			</label>
			<div class="date-entry">
				<label class="visually-hidden" for={id}>
					{legend}
				</label>
				<input
					id={id}
					type="text"
					autoComplete="off"
					spellcheck={false}
					value={value}
					placeholder="2012-10 / 平成24年10月"
					aria-describedby={`${hintId} ${statusId}`}
					aria-invalid={error ? "true" : undefined}
					onInput={(event) => {
						setRemembers(true);
						onChange(event.currentTarget.value);
					}}
				/>
				<p class="hint" id={hintId}>
					{t("dateHint")}
				</p>
				<p class={error ? "field-error" : "understood"} id={statusId}>
					{error
						? t(ERROR_MESSAGES[error])
						: parsed?.ok
							? t("dateUnderstood", { span: describeSpan(parsed.span, t.locale) })
							: ""}
				</p>
			</div>
		</fieldset>
	);
}
