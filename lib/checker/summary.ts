import { describeWindow } from "../calendar/era";
import { dataKindLabel, fieldLabel, list, message } from "../i18n/messages";
import type { Locale } from "../i18n/text";
import type { EmailAnswer } from "../incidents/rental";
import { ANSWER_FIELDS, type RentalAnswers, type VendorId } from "../incidents/rental";
import { vendorById } from "../incidents/vendors";
import { pathOf, reasonSentence } from "./finding-labels";
import { channelLabel, verdictBadge, verdictSentence } from "./labels";
import { type CheckResult, companyVerdicts, overallVerdict } from "./verdicts";

function answerText(locale: Locale, answers: RentalAnswers, field: (typeof ANSWER_FIELDS)[number]): string {
	const value = answers[field];
	if (value === undefined || value === "unknown") return message(locale, "summaryNotRemembered");
	if (typeof value === "object") return describeWindow(value, locale);
	return channelLabel(locale, field as "orderedVia", value as never, answers.vendor);
}

/** The plain-text summary the checker copies: the verdicts, why, and the answers they rest on. */
export function summaryText(
	locale: Locale,
	results: readonly CheckResult[],
	emails: Partial<Record<VendorId, EmailAnswer>> = {},
): string {
	const lines = [message(locale, "summaryTitle"), ""];
	const companies = companyVerdicts(results, emails);
	const overall = overallVerdict(companies);
	if (overall && (companies.length > 1 || results.length > 1))
		lines.push(message(locale, "overallVerdict", { verdict: verdictSentence(locale, overall) }), "");
	for (const company of companies.filter((candidate) => candidate.byEmail))
		lines.push(message(locale, "emailDecides", { vendor: vendorById(company.vendor).name[locale] }), "");
	for (const { rental, answers, assessment } of results) {
		const vendor = vendorById(answers.vendor).name[locale];
		lines.push(
			message(locale, "rentalVerdict", { n: rental, vendor, verdict: verdictSentence(locale, assessment.verdict) }),
		);
		for (const finding of assessment.findings) {
			const { path } = pathOf(finding);
			lines.push(
				`- ${path.name[locale]}: ${verdictBadge(locale, finding.verdict)} — ${reasonSentence(locale, finding.reason)}`,
			);
			if (finding.reason.kind === "sources-disagree") {
				for (const outcome of finding.wordings) {
					const wording = path.wordings.find((candidate) => candidate.id === outcome.wording);
					lines.push(`  · ${wording?.label[locale] ?? outcome.wording}: ${verdictBadge(locale, outcome.verdict)}`);
				}
			}
			lines.push(
				`  ${message(locale, "leakedThrough", {
					kinds: list(
						locale,
						finding.exposedData.map((kind) => dataKindLabel(locale, kind)),
					),
				})}`,
			);
		}
		lines.push(`${message(locale, "summaryAnswers")}:`);
		for (const field of ANSWER_FIELDS)
			lines.push(`- ${fieldLabel(locale, field)}: ${answerText(locale, answers, field)}`);
		lines.push("");
	}
	lines.push(message(locale, "summaryLocal"));
	return lines.join("\n");
}
