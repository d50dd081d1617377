import type { CheckResult, CompanyVerdict } from "../../lib/checker/verdicts";
import { dataKindLabel, list } from "../../lib/i18n/messages";
import { incidentById } from "../../lib/incidents";
import type { DataKind, Statement } from "../../lib/incidents/types";
import { useT } from "../shared/i18n";

const PERSONAL: readonly DataKind[] = ["name", "address", "email", "phone", "company", "department"];

function StatementItem({ statement }: { statement: Statement }) {
	const t = useT();
	return (
		<li>
			{t.text(statement.text)}
			{statement.certainty !== "confirmed" ? (
				<span class="certainty"> ({t(`certainty.${statement.certainty}`)})</span>
			) : null}
		</li>
	);
}

/**
 * Advice written for today, resting only on the facts file (its "General facts used for advice"):
 * a renewed card keeps its number, a reissued one does not; 2013 helplines may be gone. Only what
 * the findings support is said.
 */
export function WhatToDoNow({
	results,
	companies,
}: {
	results: readonly CheckResult[];
	companies: readonly CompanyVerdict[];
}) {
	const t = useT();
	// The company's own message counts the person in, whatever the criteria say of one rental.
	const notified = new Set(companies.filter((company) => company.byEmail).map((company) => company.vendor));
	const atRisk = results.flatMap((result) =>
		result.assessment.findings.filter(
			(finding) => finding.verdict !== "not-exposed" || notified.has(result.answers.vendor),
		),
	);
	if (atRisk.length === 0) {
		return (
			<section class="todo" aria-labelledby="todo-heading">
				<h3 id="todo-heading">{t("todoHeading")}</h3>
				<p>{t("todoNotExposed")}</p>
			</section>
		);
	}
	const kinds = new Set(atRisk.flatMap((finding) => finding.exposedData));
	const personal = PERSONAL.filter((kind) => kinds.has(kind));
	const incidents = [...new Set(atRisk.map((finding) => finding.incident))].map(incidentById);
	return (
		<section class="todo" aria-labelledby="todo-heading">
			<h3 id="todo-heading">{t("todoHeading")}</h3>
			<ul>
				<li>{t("todoCardHistory")}</li>
				<li>{t("todoSameCard")}</li>
				{kinds.has("card-security-code") ? <li>{t("todoSecurityCode")}</li> : null}
				{personal.length > 0 ? (
					<li>
						{t("todoPersonalData", {
							kinds: list(
								t.locale,
								personal.map((kind) => dataKindLabel(t.locale, kind)),
							),
						})}
					</li>
				) : null}
			</ul>
			{incidents.map((incident) => (
				<div key={incident.id}>
					<h4>
						{t("todoOffered")}: {t.text(incident.title)}
					</h4>
					<ul>
						{incident.remedies.map((statement) => (
							<StatementItem key={statement.id} statement={statement} />
						))}
					</ul>
					{incident.contact ? (
						<p>
							<strong>{t("todoContactThen")}:</strong> {t.text(incident.contact.text)}
						</p>
					) : null}
				</div>
			))}
			<p>{t("todoContactToday")}</p>
		</section>
	);
}
