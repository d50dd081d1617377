import { bannerIncident } from "../../lib/banner/banner-facts";
import { NOTHING_HIDDEN } from "../../lib/banner/hidden-banners";
import { incidents } from "../../lib/incidents";
import { IncidentFacts } from "../shared/IncidentFacts";
import { useT } from "../shared/i18n";
import { hiddenBanners, localePreference } from "../storage/storage";
import type { ExtrasProps } from "./CheckerApp";
import { Settings } from "./Settings";

/**
 * The full checker's own sections, after the questions and the result: both breaches' facts and
 * where the sources differ, one tap away; the settings.
 */
export function PageExtras({ preference, onForgetAnswers }: ExtrasProps) {
	const t = useT();
	return (
		<>
			<details class="about">
				<summary>{t("aboutHeading")}</summary>
				{incidents.map((incident) => (
					<section key={incident.id} aria-labelledby={`about-${incident.id}`}>
						<h2 id={`about-${incident.id}`}>{t.text(incident.title)}</h2>
						<IncidentFacts incident={bannerIncident(incident)} locale={t.locale} />
						<h3>{t("conflictsHeading")}</h3>
						<dl class="conflicts">
							{incident.conflicts.map((conflict) => (
								<div key={conflict.id}>
									<dt>
										{conflict.id}
										{t.locale === "ja" ? "：" : ": "}
										{t.text(conflict.title)}
									</dt>
									<dd>{t.text(conflict.text)}</dd>
								</div>
							))}
						</dl>
					</section>
				))}
			</details>
			<Settings
				preference={preference}
				onPreferenceChange={(next) => void localePreference.setValue(next)}
				onResetBanners={() => hiddenBanners.setValue(NOTHING_HIDDEN)}
				onForgetAnswers={onForgetAnswers}
			/>
		</>
	);
}
