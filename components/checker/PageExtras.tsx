import { bannerIncident } from "../../lib/banner/banner-facts";
import { NOTHING_HIDDEN } from "../../lib/banner/hidden-banners";
import { incidents } from "../../lib/incidents";
import { IncidentFacts } from "../shared/IncidentFacts";
import { useT } from "../shared/i18n";
import { hiddenBanners, localePreference } from "../storage/storage";
import type { ExtrasProps } from "./CheckerApp";
import { Settings } from "./Settings";

/** The full checker's own sections: both breaches' facts, where the sources differ, settings. */
export function PageExtras({ preference, onForgetAnswers }: ExtrasProps) {
	const t = useT();
	return (
		<>
			{incidents.map((incident) => (
				<section class="about" key={incident.id} aria-labelledby={`about-${incident.id}`}>
					<h2 id={`about-${incident.id}`}>{t.text(incident.title)}</h2>
					<IncidentFacts incident={bannerIncident(incident)} locale={t.locale} />
					<h3>{t("conflictsHeading")}</h3>
					<dl class="conflicts">
						{incident.conflicts.map((conflict) => (
							<div key={conflict.id}>
								<dt>
									{conflict.id}: {t.text(conflict.title)}
								</dt>
								<dd>{t.text(conflict.text)}</dd>
							</div>
						))}
					</dl>
				</section>
			))}
			<Settings
				preference={preference}
				onPreferenceChange={(next) => void localePreference.setValue(next)}
				onResetBanners={() => hiddenBanners.setValue(NOTHING_HIDDEN)}
				onForgetAnswers={onForgetAnswers}
			/>
		</>
	);
}
