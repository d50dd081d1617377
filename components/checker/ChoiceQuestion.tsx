import { useId } from "preact/hooks";
import { useT } from "../shared/i18n";

export interface Choice<V extends string> {
	value: V;
	label: string;
}

interface Props<V extends string> {
	name: string;
	legend: string;
	choices: readonly Choice<V>[];
	value: V | undefined;
	onChange: (value: V) => void;
	/** The "I don't remember" choice's value; every question has one. */
	unknownValue: V;
	unknownLabel?: string;
	/** Why the question is asked, read out with it: a sentence, or several shown as separate lines. */
	hint?: string | readonly string[];
}

/** One multiple-choice question: a fieldset of radios, "I don't remember" last. */
export function ChoiceQuestion<V extends string>({
	name,
	legend,
	choices,
	value,
	onChange,
	unknownValue,
	unknownLabel,
	hint,
}: Props<V>) {
	const t = useT();
	const hintId = useId();
	const all = [...choices, { value: unknownValue, label: unknownLabel ?? t("dontRemember") }];
	return (
		<fieldset class="question" aria-describedby={hint ? hintId : undefined}>
			<legend>{legend}</legend>
			{typeof hint === "string" ? (
				<p class="hint" id={hintId}>
					{hint}
				</p>
			) : hint ? (
				<div class="hint" id={hintId}>
					{hint.map((line) => (
						<p key={line}>{line}</p>
					))}
				</div>
			) : null}
			{all.map((choice) => (
				<label key={choice.value} class="choice">
					<input
						type="radio"
						name={name}
						value={choice.value}
						checked={value === choice.value}
						onChange={() => onChange(choice.value)}
					/>
					<span>{choice.label}</span>
				</label>
			))}
		</fieldset>
	);
}
