import { useEffect, useId, useRef, useState } from "preact/hooks";
import { installGrammar } from "../../lib/calendar/reader";
import type { FieldError } from "../../lib/checker/checker-form";
import type { MessageKey } from "../../lib/i18n/messages";
import { useT } from "../shared/i18n";

interface Props {
	legend: string;
	value: string;
	onChange: (value: string) => void;
	error: FieldError | undefined;
}

type Grammar = Pick<
	typeof import("../../lib/calendar/remembered"),
	"parseRemembered" | "describeReading" | "unambiguousText"
>;

let loaded: { grammar: Grammar; missed: boolean } | undefined;

/**
 * The date grammar, loaded from the extension once (lib/calendar/reader.ts): by the page with its
 * app, before it takes over, or else after the first render.
 */
export const loadGrammar = () =>
	// Named, not the whole module: the build then leaves the grammar's test examples out.
	import("../../lib/calendar/remembered").then(({ parseRemembered, describeReading, unambiguousText }) => {
		loaded ??= {
			grammar: { parseRemembered, describeReading, unambiguousText },
			missed: installGrammar(parseRemembered),
		};
		return loaded;
	});

/**
 * The grammar for this question. If the form was read before the grammar came (answers
 * remembered or handed over), those dates were pending: the first question to get the grammar
 * gives its answer again, and the whole form is read anew (the checker keeps each change as a
 * new form, so the same answer given again is a change).
 */
function useGrammar(value: string, onChange: (value: string) => void): Grammar | undefined {
	const [grammar, setGrammar] = useState(loaded?.grammar);
	const latest = useRef({ value, onChange });
	latest.current = { value, onChange };
	useEffect(() => {
		if (grammar) return;
		let live = true;
		loadGrammar().then((result) => {
			if (!live) return;
			setGrammar(result.grammar);
			if (!result.missed) return;
			result.missed = false;
			latest.current.onChange(latest.current.value);
		});
		return () => {
			live = false;
		};
	}, [grammar]);
	return grammar;
}

const ERROR_MESSAGES: Record<Exclude<FieldError, "pending">, MessageKey> = {
	unrecognised: "dateUnrecognised",
	"impossible-day": "dateImpossible",
	"outside-era": "dateOutsideEra",
	ambiguous: "dateAmbiguous",
	"return-before-order": "returnBeforeOrder",
	"trip-return-before-departure": "tripReturnBeforeDeparture",
	"in-the-future": "inTheFuture",
	"trip-conflicts-dates": "tripConflictsDates",
};

/**
 * "When": "I remember", with its box nested under it, or "I don't remember". The box takes a
 * day, a month, a season or a year as people write them; what was read is shown back, and an
 * answer that reads two ways (03/04/2013) offers both readings to choose from.
 */
export function DateQuestion({ legend, value, onChange, error }: Props) {
	const t = useT();
	const id = useId();
	const hintId = `${id}-hint`;
	const statusId = `${id}-status`;
	const noteId = `${id}-note`;
	const field = useRef<HTMLInputElement>(null);
	// "I remember" is chosen until the person says otherwise: an empty box is no answer either way.
	const [forgot, setForgot] = useState(false);
	// What was typed before "I don't remember", given back if they change their mind.
	const kept = useRef("");
	const remembers = !forgot || value !== "";
	const grammar = useGrammar(value, onChange);
	const parsed = value && grammar ? grammar.parseRemembered(value) : undefined;
	const readings = parsed && !parsed.ok && parsed.problem === "ambiguous" ? parsed.readings : undefined;
	// Pending is no mistake of the person's: say nothing until the grammar has read it.
	const problem = error === "pending" ? undefined : (error ?? (readings ? "ambiguous" : undefined));
	const understood = !problem && parsed?.ok ? parsed : undefined;
	const note = understood?.season ? t("dateSeason") : understood?.about ? t("dateAbout") : "";
	return (
		<fieldset class="question">
			<legend>{legend}</legend>
			<label class="choice">
				<input
					type="radio"
					name={id}
					checked={remembers}
					onChange={() => {
						setForgot(false);
						onChange(kept.current);
					}}
				/>
				<span>{t("dateRemembered")}</span>
			</label>
			<div class="date-entry">
				<label class="visually-hidden" for={id}>
					{legend}
				</label>
				<input
					ref={field}
					id={id}
					type="text"
					autoComplete="off"
					spellcheck={false}
					value={value}
					// Enabled only as the answer of "I remember", so it cannot read as "I don't remember"'s.
					disabled={!remembers}
					aria-describedby={`${statusId} ${note ? `${noteId} ` : ""}${hintId}`}
					aria-invalid={problem ? "true" : undefined}
					onInput={(event) => onChange(event.currentTarget.value)}
				/>
				<p class={problem ? "field-error" : "understood"} id={statusId}>
					{problem
						? t(ERROR_MESSAGES[problem])
						: understood && grammar
							? t("dateUnderstood", { span: grammar.describeReading(understood.span, t.locale) })
							: ""}
				</p>
				{note ? (
					<p class="hint" id={noteId}>
						{note}
					</p>
				) : null}
				{readings && grammar ? (
					<fieldset class="readings" aria-labelledby={statusId}>
						{readings.map((span) => (
							<button
								type="button"
								key={span.from}
								onClick={() => {
									onChange(grammar.unambiguousText(span, t.locale));
									// The choices go once one is made: keep the focus in the field, not on the page.
									field.current?.focus();
								}}
							>
								{grammar.describeReading(span, t.locale)}
							</button>
						))}
					</fieldset>
				) : null}
				<p class="hint" id={hintId}>
					{t("dateHint")}
				</p>
			</div>
			<label class="choice">
				<input
					type="radio"
					name={id}
					checked={!remembers}
					onChange={() => {
						kept.current = value;
						setForgot(true);
						onChange("");
					}}
				/>
				<span>{t("dontRemember")}</span>
			</label>
		</fieldset>
	);
}
