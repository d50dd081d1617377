import type { BannerIncident } from "../../lib/banner/banner-facts";
import { bannerT, dataKindLabel, figureText, list } from "../../lib/i18n/banner-messages";
import type { Locale } from "../../lib/i18n/text";

/**
 * The facts of one breach, for a person who has just met it: when, what leaked, how many, what
 * the company and the regulator did, and the official notice. Used by the banner's details and
 * by the full checker.
 */
export function IncidentFacts({
	incident,
	locale,
	headingLevel = 3,
}: {
	incident: BannerIncident;
	/** A prop, not context: the banner renders without Preact's hooks, so its script stays small. */
	locale: Locale;
	headingLevel?: 3 | 4;
}) {
	const t = bannerT(locale);
	const Heading = `h${headingLevel}` as "h3" | "h4";
	return (
		<div class="incident-facts">
			<Heading>{t("bannerWhen")}</Heading>
			<ul>
				{incident.paths.map((path) => (
					<li key={path.id}>
						{t(path.leakedOnMeaning === "data-taken" ? "bannerLeakedOn" : "bannerAccessedOn", {
							path: t.text(path.name),
							when: t.text(path.leakedOnText),
						})}
					</li>
				))}
				<li>{t("bannerAnnounced", { when: t.text(incident.announcedText.full) })}</li>
			</ul>
			<Heading>{t("bannerWhat")}</Heading>
			<ul>
				{incident.paths.map((path) => (
					<li key={path.id}>
						{t.text(path.name)}:{" "}
						{list(
							t.locale,
							path.leaked.map((kind) => dataKindLabel(t.locale, kind)),
						)}
					</li>
				))}
				<li>
					<strong>{incident.securityCode === "leaked" ? t("securityCodeLeaked") : t("securityCodeNotHeld")}</strong>
				</li>
			</ul>
			<Heading>{t("bannerCount")}</Heading>
			<ul>
				<li>
					{figureText(locale, incident.records.value)}
					{incident.records.note ? ` — ${t.text(incident.records.note)}` : null}
				</li>
				{incident.misuse ? (
					<li>
						{t("misuseReported", { figure: figureText(locale, incident.misuse.value) })}
						{incident.misuse.certainty !== "confirmed" ? ` (${t(`certainty.${incident.misuse.certainty}`)})` : null}
						{incident.misuse.note ? ` — ${t.text(incident.misuse.note)}` : null}
					</li>
				) : null}
			</ul>
			<Heading>{t("bannerActions")}</Heading>
			<ul>
				{incident.actions.map((action) => (
					<li key={action.text.en}>
						{action.onText ? `${t.text(action.onText)}: ` : null}
						{t.text(action.text)}
						{action.certainty !== "confirmed" ? ` (${t(`certainty.${action.certainty}`)})` : null}
					</li>
				))}
			</ul>
			<Heading>{t("bannerNotice")}</Heading>
			<p>
				<a href={incident.notice.url} target="_blank" rel="noopener noreferrer">
					{incident.notice.title}
				</a>
				<br />
				<span class="notice-url">{incident.notice.url}</span>
			</p>
			{incident.notice.note ? <p class="note">{t.text(incident.notice.note)}</p> : null}
		</div>
	);
}
