import { describeSpan } from "./era";
import type { Finding, Reason, Verdict } from "./exposure/types";
import { message } from "./i18n/messages";
import type { Locale } from "./i18n/text";
import { incidentById, vendorById } from "./incidents";
import type { ExposurePath, Incident } from "./incidents/types";
import type { ChannelField, KnownValue, VendorId } from "./rental";

/** The company's own website, named the way the 2013 notices named it. */
export function vendorWebsites(vendor: VendorId): string {
	return vendorById(vendor)
		.sites.filter((site) => site.namedIn2013)
		.map((site) => `www.${site.domain}`)
		.join(" / ");
}

/** A channel answer in words; the website option names the vendor's sites. */
export function channelLabel<F extends ChannelField>(
	locale: Locale,
	field: F,
	value: KnownValue<F>,
	vendor: VendorId,
): string {
	const key = `${field}.${value}` as Parameters<typeof message>[1];
	return message(locale, key, { sites: vendorWebsites(vendor) });
}

export function verdictSentence(locale: Locale, verdict: Verdict): string {
	return message(locale, `verdict.${verdict}`);
}

export function verdictBadge(locale: Locale, verdict: Verdict): string {
	return message(locale, `badge.${verdict}`);
}

export function pathOf(finding: Pick<Finding, "incident" | "path">): { incident: Incident; path: ExposurePath } {
	const incident = incidentById(finding.incident);
	const path = incident.paths.find((candidate) => candidate.id === finding.path);
	if (!path) throw new Error(`${finding.incident} has no path ${finding.path}`);
	return { incident, path };
}

/** A finding's reason in one sentence. */
export function reasonSentence(locale: Locale, reason: Reason): string {
	switch (reason.kind) {
		case "sources-silent":
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
	if (reason.kind === "excluded") {
		return reason.exclusions.flatMap(
			(id) => incident.exclusions.find((exclusion) => exclusion.id === id)?.quote[locale] ?? [],
		);
	}
	return [];
}

export function leakWindow(locale: Locale, path: ExposurePath): string {
	return describeSpan(path.leakedOn.value, locale);
}
