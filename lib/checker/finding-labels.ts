import { describeSpan } from "../calendar/era";
import type { Finding, Reason } from "../exposure/types";
import { message } from "../i18n/messages";
import type { Locale } from "../i18n/text";
import { incidentById } from "../incidents";
import type { ExposurePath, Incident } from "../incidents/types";

/** Words for a finding: its path, its reason and what the reason points at, from the data. */
export function pathOf(finding: Pick<Finding, "incident" | "path">): { incident: Incident; path: ExposurePath } {
	const incident = incidentById(finding.incident);
	const path = incident.paths.find((candidate) => candidate.id === finding.path);
	if (!path) throw new Error(`${finding.incident} has no path ${finding.path}`);
	return { incident, path };
}

/** A finding's reason in one sentence. */
export function reasonSentence(locale: Locale, reason: Reason): string {
	switch (reason.kind) {
		case "sources-disagree":
			return message(locale, `reason.${reason.kind}`, { conflict: reason.conflict });
		default:
			return message(locale, `reason.${reason.kind}`);
	}
}

/** The clauses or exclusions a reason points at, in words. */
export function reasonDetails(locale: Locale, finding: Finding): string[] {
	const { incident, path } = pathOf(finding);
	const reason = finding.reason;
	if (reason.kind === "criteria-met" || reason.kind === "depends-on-answers") {
		const clauses = path.wordings.flatMap((wording) => wording.clauses);
		return reason.clauses.flatMap((id) => clauses.find((clause) => clause.id === id)?.text[locale] ?? []);
	}
	const exclusionQuotes = (ids: readonly string[]) =>
		ids.flatMap((id) => incident.exclusions.find((exclusion) => exclusion.id === id)?.quote[locale] ?? []);
	if (reason.kind === "excluded") return exclusionQuotes(reason.exclusions);
	if (reason.kind === "notice-contradicts-itself") {
		const clauses = path.wordings.flatMap((wording) => wording.clauses);
		return [
			...reason.clauses.flatMap((id) => {
				const text = clauses.find((clause) => clause.id === id)?.text[locale];
				return text ? [message(locale, "contradictionIncludes", { text })] : [];
			}),
			...exclusionQuotes(reason.exclusions).map((text) => message(locale, "contradictionExcludes", { text })),
		];
	}
	return [];
}

/** When the data was taken, or, where no source gives that, the period of unauthorized access. */
export function leakWindow(locale: Locale, path: ExposurePath): string {
	const when = describeSpan(path.leakedOn.value, locale);
	return message(locale, path.leakedOn.meaning === "data-taken" ? "leakedOn" : "accessedOn", { when });
}
