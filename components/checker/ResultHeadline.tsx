import type { ResultView } from "../../lib/checker/result";
import type { RentalField, VendorId } from "../../lib/incidents/rental";
import { useT } from "../shared/i18n";

interface Props {
	view: ResultView | undefined;
	/** Shown when there is no result: nothing chosen yet, or an answer to fix. */
	waiting: "no-vendor" | "errors" | undefined;
	/** Moves focus to a question: the way forward from "possibly". */
	onGoToQuestion: (rental: number, field: RentalField | "message", vendor: VendorId) => void;
	settleIntro: (count: number) => string;
}

/**
 * The answer at a glance: one sentence per company (and an overall one where there are several),
 * what leaked, and for "possibly" the questions that would settle it. Only the sentences sit in
 * the polite live region, so a screen reader hears the verdict change and nothing more.
 */
export function ResultHeadline({ view, waiting, onGoToQuestion, settleIntro }: Props) {
	const t = useT();
	const verdict = waiting ? undefined : view?.verdict;
	return (
		<div class={`headline ${verdict ? `verdict-${verdict}` : "verdict-waiting"}`}>
			<output
				class={`verdict ${verdict ? `verdict-${verdict}` : "verdict-waiting"}`}
				aria-live="polite"
				aria-atomic="true"
			>
				{waiting === "no-vendor" ? <p>{t("noVendorYet")}</p> : null}
				{waiting === "errors" ? <p>{t("fixErrors")}</p> : null}
				{waiting || !view ? null : (
					<>
						{view.overall ? (
							<p class={`sentence overall verdict-${view.verdict}`} data-verdict={view.verdict}>
								{view.overall}
							</p>
						) : null}
						{view.companies.map((company) => (
							<p key={company.vendor} class={`sentence verdict-${company.verdict}`} data-verdict={company.verdict}>
								{company.sentence}
							</p>
						))}
					</>
				)}
			</output>
			{waiting || !view
				? null
				: view.companies.map((company) => (
						<div class="company-outlook" key={company.vendor}>
							{/* With two companies, each one's reasons and lists say whose they are. */}
							{view.companies.length > 1 ? <h3 class="outlook-company">{company.name}</h3> : null}
							{company.because.map((line) => (
								<p key={line} class="because">
									{line}
								</p>
							))}
							{company.leaked.certain.length > 0 ? (
								<KindList label={company.leakedLabels.certain} kinds={company.leaked.certain} kind="certain" />
							) : null}
							{company.leaked.possible.length > 0 ? (
								<KindList label={company.leakedLabels.possible} kinds={company.leaked.possible} kind="possible" />
							) : null}
							{company.settle.length > 0 ? (
								<div class="way-forward">
									<p>{settleIntro(company.settle.length)}</p>
									<ul>
										{company.settle.map((control) => (
											<li key={`${control.rental}/${control.field}`}>
												<button
													type="button"
													class="go-to"
													onClick={() => onGoToQuestion(control.rental, control.field, company.vendor)}
												>
													{control.label}
												</button>
												{control.leads.length > 0 ? (
													<ul class="leads">
														{control.leads.map((lead) => (
															<li key={lead}>{lead}</li>
														))}
													</ul>
												) : null}
											</li>
										))}
									</ul>
								</div>
							) : null}
							{company.noSettle ? <p class="no-settle">{company.noSettle}</p> : null}
						</div>
					))}
		</div>
	);
}

/** Data kinds as a short list under a label ("What leaked:"), read as one list. */
function KindList({ label, kinds, kind }: { label: string; kinds: readonly string[]; kind: "certain" | "possible" }) {
	return (
		<div class={`kinds kinds-${kind}`}>
			<p class="kinds-label">{label}</p>
			<ul aria-label={label}>
				{kinds.map((name) => (
					<li key={name}>{name}</li>
				))}
			</ul>
		</div>
	);
}
