import { whatHappened } from "virtual:what-happened";
import { useLayoutEffect, useRef } from "preact/hooks";
import { bannerIncident } from "../../lib/banner/banner-facts";
import { NOTHING_HIDDEN } from "../../lib/banner/hidden-banners";
import { incidents } from "../../lib/incidents";
import { IncidentFacts } from "../shared/IncidentFacts";
import { useT } from "../shared/i18n";
import { hiddenBanners, localePreference } from "../storage/storage";
import { type ExtrasProps, FACTS_ID } from "./CheckerApp";
import { Settings } from "./Settings";

/** Whether the page was opened to show the facts (the popup's "all the facts" link: `#…&show=facts`). */
function askedForFacts(hash: string): boolean {
	return new URLSearchParams(hash.replace(/^#/, "")).get("show") === FACTS_ID;
}

/**
 * The full checker's own sections, after the questions and the result: both breaches' facts, one
 * tap away, organised for a reader — each breach's plain summary first, then when, what leaked,
 * how many, what was done and the notice, and where the sources differ last; the settings.
 */
export function PageExtras({ preference, onForgetAnswers }: ExtrasProps) {
	const t = useT();
	const facts = useRef<HTMLDetailsElement>(null);
	useLayoutEffect(() => {
		const element = facts.current;
		if (!element || !askedForFacts(location.hash)) return;
		element.open = true;
		element.querySelector("summary")?.focus({ preventScroll: true });
		element.scrollIntoView?.({ block: "start" });
	}, []);
	return (
		<>
			<details class="about" id={FACTS_ID} ref={facts}>
				<summary>{t("aboutHeading")}</summary>
				{incidents.map((incident) => {
					const summary = whatHappened[t.locale].find((company) => company.vendor === incident.vendor);
					return (
						<section key={incident.id} aria-labelledby={`about-${incident.id}`}>
							<h2 id={`about-${incident.id}`}>{t.text(incident.title)}</h2>
							<div class="about-summary">
								{summary?.sentences.map((sentence) => (
									<p key={sentence}>{sentence}</p>
								))}
							</div>
							<IncidentFacts incident={bannerIncident(incident)} locale={t.locale} />
							<details class="about-conflicts">
								<summary>{t("conflictsHeading")}</summary>
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
							</details>
						</section>
					);
				})}
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
