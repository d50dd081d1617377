import { describeDay } from "../../lib/calendar/era";
import { incidents, sourceOf } from "../../lib/incidents";
import { useT } from "../shared/i18n";
import { SourceList } from "../shared/SourceList";

/** Where a person can look up what the checker asks, themselves: nothing here is read by the extension. */
export function HowToFindDates() {
	const t = useT();
	return (
		<section class="how-to-find" aria-labelledby="how-to-find-heading">
			<h2 id="how-to-find-heading">{t("howToFindHeading")}</h2>
			<ul>
				<li>{t("howToFindMail")}</li>
				{incidents.map((incident) => {
					const email = incident.customerEmail;
					return (
						<li key={incident.id}>
							<strong>{t.text(incident.title)}</strong>: {describeDay(email.value.from, t.locale)}
							{email.value.subject ? ` 「${email.value.subject}」` : null} — {t.text(email.value.to)}
							<SourceList sources={email.sources.map((id) => sourceOf(incident, id))} />
						</li>
					);
				})}
				<li>{t("howToFindStatements")}</li>
				<li>{t("howToFindTrip")}</li>
			</ul>
			<p>{t("howToFindPrivate")}</p>
		</section>
	);
}
