import type { Assessment, Verdict } from "../exposure/types";
import { VERDICT_SEVERITY } from "../exposure/types";
import type { EmailAnswer } from "../incidents/rental";
import { type RentalAnswers, VENDOR_IDS, type VendorId } from "../incidents/rental";

/**
 * Verdicts for the person, from their rentals' assessments: light enough for the checker's first
 * render (no incident data), so the popup's start stays small.
 */

/** One rental's answers for one vendor and their assessment, as the checker shows them. */
export interface CheckResult {
	/** Which rental, counting from 1. */
	rental: number;
	answers: RentalAnswers;
	assessment: Assessment;
}

/** A company's verdict for the person: the company's own email, or the most severe rental. */
export interface CompanyVerdict {
	vendor: VendorId;
	verdict: Verdict;
	/** The company emailed the person about the breach: evidence from the company itself. */
	byEmail: boolean;
}

function worst(verdicts: readonly Verdict[]): Verdict | undefined {
	return verdicts.reduce<Verdict | undefined>(
		(most, verdict) => (most === undefined || VERDICT_SEVERITY[verdict] > VERDICT_SEVERITY[most] ? verdict : most),
		undefined,
	);
}

/**
 * Per company the person rented from: "exposed" where the company's email about the breach
 * reached them (it went to the customers it counted in), else the most severe of their rentals.
 * "Not received" changes nothing: addresses change and mail is filtered.
 */
export function companyVerdicts(
	results: readonly CheckResult[],
	emails: Partial<Record<VendorId, EmailAnswer>>,
): CompanyVerdict[] {
	const vendors = VENDOR_IDS.filter((vendor) => results.some((result) => result.answers.vendor === vendor));
	return vendors.map((vendor) => {
		const byEmail = emails[vendor] === "received";
		const rentals = results.filter((result) => result.answers.vendor === vendor);
		const verdict = byEmail ? "exposed" : (worst(rentals.map((result) => result.assessment.verdict)) ?? "not-exposed");
		return { vendor, verdict, byEmail };
	});
}

/** The most severe of the company verdicts: what the person is told first. */
export function overallVerdict(companies: readonly CompanyVerdict[]): Verdict | undefined {
	return worst(companies.map((company) => company.verdict));
}
