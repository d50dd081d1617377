import { verdictSentence } from "../../lib/checker/labels";
import type { CheckResult } from "../../lib/checker/summary";
import type { Verdict } from "../../lib/exposure/types";
import { vendorById } from "../../lib/incidents/vendors";
import { useT } from "../shared/i18n";

interface Props {
	results: readonly CheckResult[];
	/** Shown when there is no result: nothing chosen yet, or an answer to fix. */
	waiting: "no-vendor" | "errors" | "loading" | undefined;
}

/**
 * The verdict in one sentence per company, in a polite live region: a screen reader hears the
 * answer change as the person answers, and nothing else.
 */
export function VerdictSummary({ results, waiting }: Props) {
	const t = useT();
	const worst: Verdict | undefined = results.find((r) => r.assessment.verdict === "exposed")
		? "exposed"
		: results.find((r) => r.assessment.verdict === "possibly-exposed")
			? "possibly-exposed"
			: results[0]?.assessment.verdict;
	return (
		<output class={`verdict ${worst ? `verdict-${worst}` : "verdict-waiting"}`} aria-live="polite" aria-atomic="true">
			{waiting === "no-vendor" ? <p>{t("noVendorYet")}</p> : null}
			{waiting === "errors" ? <p>{t("fixErrors")}</p> : null}
			{waiting
				? null
				: results.map(({ answers, assessment }) => (
						<p key={answers.vendor} data-verdict={assessment.verdict}>
							{results.length > 1
								? t("vendorVerdict", {
										vendor: t.text(vendorById(answers.vendor).name),
										verdict: verdictSentence(t.locale, assessment.verdict),
									})
								: verdictSentence(t.locale, assessment.verdict)}
						</p>
					))}
		</output>
	);
}
