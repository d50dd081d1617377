import { useState } from "preact/hooks";
import type { LocalePreference } from "../../lib/i18n/text";
import { useT } from "../shared/i18n";

interface Props {
	preference: LocalePreference;
	onPreferenceChange: (preference: LocalePreference) => void;
	onResetBanners: () => Promise<void>;
	onForgetAnswers: () => Promise<void>;
}

/** The full checker's settings: language, hidden banners, remembered answers. */
export function Settings({ preference, onPreferenceChange, onResetBanners, onForgetAnswers }: Props) {
	const t = useT();
	const [status, setStatus] = useState("");
	const languages: [LocalePreference, string][] = [
		["auto", t("languageAuto")],
		["ja", t("languageJa")],
		["en", t("languageEn")],
	];
	return (
		<section class="settings" aria-labelledby="settings-heading">
			<h2 id="settings-heading">{t("settingsHeading")}</h2>
			<fieldset class="question">
				<legend>{t("language")}</legend>
				{languages.map(([value, label]) => (
					<label key={value} class="choice">
						<input
							type="radio"
							name="language"
							value={value}
							checked={preference === value}
							onChange={() => onPreferenceChange(value)}
						/>
						<span lang={value === "auto" ? undefined : value}>{label}</span>
					</label>
				))}
			</fieldset>
			<div class="actions">
				<button
					type="button"
					onClick={async () => {
						await onResetBanners();
						setStatus(t("bannersReset"));
					}}
				>
					{t("resetBanners")}
				</button>
				<button
					type="button"
					onClick={async () => {
						await onForgetAnswers();
						setStatus(t("forgotten"));
					}}
				>
					{t("forget")}
				</button>
				<span role="status">{status}</span>
			</div>
		</section>
	);
}
