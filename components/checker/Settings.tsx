import { useState } from "preact/hooks";
import type { LocalePreference } from "../../lib/i18n/text";
import { useT } from "../shared/i18n";
import { LanguageChoice } from "../shared/LanguageChoice";

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
	return (
		<section class="settings" aria-labelledby="settings-heading">
			<h2 id="settings-heading">{t("settingsHeading")}</h2>
			<LanguageChoice preference={preference} onChange={onPreferenceChange} />
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
