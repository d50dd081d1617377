import { verdictSentence } from "../../lib/checker/labels";
import { type CheckResult, type CompanyVerdict, overallVerdict } from "../../lib/checker/verdicts";
import { vendorById } from "../../lib/incidents/vendors";
import { useT } from "../shared/i18n";

interface Props {
	results: readonly CheckResult[];
	companies: readonly CompanyVerdict[];
	/** Shown when there is no result: nothing chosen yet, or an answer to fix. */
	waiting: "no-vendor" | "errors" | "loading" | undefined;
}

/**
 * The verdict in one sentence per company (and per rental where there are several), in a polite
 * live region: a screen reader hears the answer change as the person answers, and nothing else.
 */
export function VerdictSummary({ results, companies, waiting }: Props) {
	const t = useT();
	const worst = overallVerdict(companies);
	const rentals = new Set(results.map((result) => result.rental)).size;
	const byEmail = (company: CompanyVerdict) => (company.byEmail ? ` ${t("byCompanyMessage")}` : "");
	const single = companies.length === 1 && rentals === 1 ? companies[0] : undefined;
	return (
		<output class={`verdict ${worst ? `verdict-${worst}` : "verdict-waiting"}`} aria-live="polite" aria-atomic="true">
			{waiting === "no-vendor" ? <p>{t("noVendorYet")}</p> : null}
			{waiting === "errors" ? <p>{t("fixErrors")}</p> : null}
			{waiting ? null : single ? (
				<p data-verdict={single.verdict}>
					{verdictSentence(t.locale, single.verdict)}
					{byEmail(single)}
				</p>
			) : (
				<>
					{companies.map((company) => (
						<p key={company.vendor} data-verdict={company.verdict}>
							{t("vendorVerdict", {
								vendor: t.text(vendorById(company.vendor).name),
								verdict: verdictSentence(t.locale, company.verdict),
							})}
							{byEmail(company)}
						</p>
					))}
					{rentals > 1
						? results.map((result) => (
								<p key={`${result.rental}/${result.answers.vendor}`} class="rental-verdict">
									{t("rentalVerdict", {
										n: result.rental,
										vendor: t.text(vendorById(result.answers.vendor).name),
										verdict: verdictSentence(t.locale, result.assessment.verdict),
									})}
								</p>
							))
						: null}
				</>
			)}
		</output>
	);
}
