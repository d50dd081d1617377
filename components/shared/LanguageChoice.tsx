import { useId } from "preact/hooks";
import { type MessageKey, message } from "../../lib/i18n/messages";
import { isLocalePreference, type LocalePreference } from "../../lib/i18n/text";
import { useT } from "./i18n";
import "./language-choice.css";

const OPTIONS: readonly (readonly [LocalePreference, MessageKey])[] = [
	["auto", "languageAuto"],
	["ja", "languageJa"],
	["en", "languageEn"],
];

interface Props {
	preference: LocalePreference;
	onChange: (preference: LocalePreference) => void;
	/** A labelled select for the popup and the privacy page; radios (the full page's settings) otherwise. */
	compact?: boolean;
}

/**
 * The one language control: the same three choices wherever it is shown, each language's name
 * marked with its own `lang` so a screen reader says it right.
 */
export function LanguageChoice({ preference, onChange, compact = false }: Props) {
	const t = useT();
	const id = useId();
	if (compact) {
		// Someone who cannot read the current language still finds the control: its label names
		// it in the other language too.
		const other = t.locale === "ja" ? "en" : "ja";
		return (
			<div class="language-compact">
				<label for={id}>
					{t("language")} / <span lang={other}>{message(other, "language")}</span>
				</label>
				<select
					id={id}
					value={preference}
					onChange={(event) => {
						const value = event.currentTarget.value;
						if (isLocalePreference(value)) onChange(value);
					}}
				>
					{OPTIONS.map(([value, key]) => (
						<option key={value} value={value} lang={value === "auto" ? undefined : value}>
							{t(key)}
						</option>
					))}
				</select>
			</div>
		);
	}
	return (
		<fieldset class="question">
			<legend>{t("language")}</legend>
			{OPTIONS.map(([value, key]) => (
				<label key={value} class="choice">
					<input
						type="radio"
						name="language"
						value={value}
						checked={preference === value}
						onChange={() => onChange(value)}
					/>
					<span lang={value === "auto" ? undefined : value}>{t(key)}</span>
				</label>
			))}
		</fieldset>
	);
}
