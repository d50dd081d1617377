import type { ResultView } from "../../lib/checker/result";
import type { RentalField, VendorId } from "../../lib/incidents/rental";

interface Props {
	view: ResultView;
	/** Moves focus to a question: the way forward from "possibly". `from` is the control's id, for the way back. */
	onGoToQuestion: (rental: number, field: RentalField | "message", vendor: VendorId, from: string) => void;
	settleIntro: (count: number) => string;
}

/**
 * Under the verdict, per company: why (which server, the company's message), what leaked as a
 * short list of data kinds, and for "possibly" each question whose answer would settle it, as a
 * control that takes the person there — or why no single answer does.
 */
export function ResultReasons({ view, onGoToQuestion, settleIntro }: Props) {
	return (
		<div class="reasons" id="result-reasons" tabIndex={-1}>
			{view.companies.map((company) => (
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
								{company.settle.map((control) => {
									const id = settleControlId(company.vendor, control.rental, control.field);
									return (
										<li key={id}>
											<button
												type="button"
												class="go-to"
												id={id}
												onClick={() => onGoToQuestion(control.rental, control.field, company.vendor, id)}
											>
												{control.label}
											</button>
											{/* Where each answer leads, so the person knows before they go. */}
											{control.leads.length > 0 ? (
												<ul class="leads">
													{control.leads.map((lead) => (
														<li key={lead}>{lead}</li>
													))}
												</ul>
											) : null}
										</li>
									);
								})}
							</ul>
						</div>
					) : null}
					{company.noSettle ? <p class="no-settle">{company.noSettle}</p> : null}
				</div>
			))}
		</div>
	);
}

/** Where a settle control is, so the way back from its question can return to it. */
export function settleControlId(vendor: VendorId, rental: number, field: RentalField | "message"): string {
	return `settle-${vendor}-r${rental}-${field}`;
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
