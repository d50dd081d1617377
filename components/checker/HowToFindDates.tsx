import { describeDay } from "../../lib/calendar/era";
import { sourceLine } from "../../lib/checker/result";
import { incidents, sourceOf } from "../../lib/incidents";
import { SourceList } from "../shared/SourceList";
import { useResultT } from "./useResultT";

/**
 * Where a person can look up what the checker asks, themselves (nothing here is read by the
 * extension): one tap away, so the first screen stays the questions.
 */
export function HowToFindDates() {
	const t = useResultT();
	return (
		<details class="how-to-find">
			<summary>{t("howToFindHeading")}</summary>
			<ul>
				<li>{t("howToFindMail")}</li>
				{incidents.map((incident) => {
					const email = incident.customerEmail;
					return (
						<li key={incident.id}>
							<strong>{t.text(incident.title)}</strong>
							<p>{t("emailAnnounced", { date: describeDay(incident.announced.value, t.locale) })}</p>
							{email.value.subject ? <p>{t("emailSubject", { subject: email.value.subject })}</p> : null}
							{email.value.subjectNote ? <p>{t.text(email.value.subjectNote)}</p> : null}
							<p>{t.text(email.value.to)}</p>
							<SourceList sources={email.sources.map((id) => sourceLine(t.locale, sourceOf(incident, id)))} />
						</li>
					);
				})}
				<li>{t("howToFindStatements")}</li>
				<li>{t("howToFindTrip")}</li>
			</ul>
			<p>{t("howToFindPrivate")}</p>
		</details>
	);
}
