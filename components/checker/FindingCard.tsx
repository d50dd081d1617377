import { describeDay } from "../../lib/calendar/era";
import { leakWindow, pathOf, reasonDetails, reasonSentence } from "../../lib/checker/finding-labels";
import { verdictBadge } from "../../lib/checker/labels";
import type { Finding } from "../../lib/exposure/types";
import { dataKindLabel, fieldLabel, list } from "../../lib/i18n/messages";
import { sourceOf } from "../../lib/incidents";
import { useT } from "../shared/i18n";
import { SourceList } from "../shared/SourceList";

/** One exposure path: its verdict, what leaked, why, what would settle it, and the sources. */
export function FindingCard({ finding }: { finding: Finding }) {
	const t = useT();
	const { incident, path } = pathOf(finding);
	const details = reasonDetails(t.locale, finding);
	const conflict = incident.conflicts.find(
		(candidate) => "conflict" in finding.reason && candidate.id === finding.reason.conflict,
	);
	// The source a reader checks first: the official one where there is one.
	const cited = finding.sources.map((id) => sourceOf(incident, id));
	const primary = cited.find((source) => source.kind === "official") ?? cited[0];
	const fields = (names: readonly Parameters<typeof fieldLabel>[1][]) =>
		list(
			t.locale,
			names.map((name) => fieldLabel(t.locale, name)),
		);
	return (
		<section
			class={`finding finding-${finding.verdict}`}
			aria-labelledby={`finding-${finding.incident}-${finding.path}`}
		>
			<h4 id={`finding-${finding.incident}-${finding.path}`}>
				{t.text(path.name)}:{" "}
				<span class={`badge badge-${finding.verdict}`}>{verdictBadge(t.locale, finding.verdict)}</span>
			</h4>
			<p class="path-description">{t.text(path.description)}</p>
			<p>{reasonSentence(t.locale, finding.reason)}</p>
			{details.length > 0 ? (
				<ul class="reason-details">
					{details.map((detail) => (
						<li key={detail}>{detail}</li>
					))}
				</ul>
			) : null}
			{finding.reason.kind === "sources-disagree" ? (
				<ul class="wordings" aria-label={conflict ? t.text(conflict.title) : undefined}>
					{finding.wordings.map((outcome) => {
						const wording = path.wordings.find((candidate) => candidate.id === outcome.wording);
						return (
							<li key={outcome.wording}>
								<strong>{wording ? t.text(wording.label) : outcome.wording}</strong>:{" "}
								<span class={`badge badge-${outcome.verdict}`}>{verdictBadge(t.locale, outcome.verdict)}</span>
								{wording ? <blockquote lang={t.locale}>{t.text(wording.quote)}</blockquote> : null}
							</li>
						);
					})}
				</ul>
			) : null}
			{conflict ? <p class="conflict-text">{t.text(conflict.text)}</p> : null}
			{finding.decidedBy.length > 0 ? <p>{t("decidedBy", { fields: fields(finding.decidedBy) })}</p> : null}
			<p class="primary-source">
				{t("primarySource")}{" "}
				{primary ? (
					<>
						<a href={primary.url} target="_blank" rel="noopener noreferrer">
							{primary.title}
						</a>{" "}
						({primary.publisher}, {primary.date ? describeDay(primary.date, t.locale) : t("dateNotGiven")})
					</>
				) : null}
			</p>
			{finding.verdict === "possibly-exposed" ? (
				<p class="settle">
					{finding.wouldSettle.length > 0
						? t("wouldSettle", { fields: fields(finding.wouldSettle) })
						: t("noSingleSettle")}
				</p>
			) : null}
			<p>
				{t("leakedThrough", {
					kinds: list(
						t.locale,
						finding.exposedData.map((kind) => dataKindLabel(t.locale, kind)),
					),
				})}
			</p>
			<p>{leakWindow(t.locale, path)}</p>
			<details>
				<summary>{t("criteriaHeading")}</summary>
				{path.wordings.map((wording) => (
					<div key={wording.id} class="wording">
						<p>
							<strong>{t.text(wording.label)}</strong>
						</p>
						<blockquote>{t.text(wording.quote)}</blockquote>
						{wording.reading ? <p class="reading">{t("ourReading", { text: t.text(wording.reading) })}</p> : null}
					</div>
				))}
				<h5>{t("sourcesHeading")}</h5>
				<SourceList sources={cited} />
			</details>
		</section>
	);
}
