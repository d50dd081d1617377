import { useEffect, useMemo, useRef, useState } from "preact/hooks";
import type { Day } from "../../lib/calendar/day";
import { type CheckerForm, EMPTY_RENTAL, readForm } from "../../lib/checker/checker-form";
import type { CheckResult } from "../../lib/checker/verdicts";
import { VENDOR_IDS, type VendorId } from "../../lib/incidents/rental";
import { vendorById } from "../../lib/incidents/vendors";
import { useT } from "../shared/i18n";
import { RentalQuestions } from "./RentalQuestions";
import { VerdictSummary } from "./VerdictSummary";

type Results = typeof import("./results");

/** The engine and the result components, loaded from the extension itself right after the first render. */
function useResultsModule(): Results | undefined {
	const [module, setModule] = useState<Results>();
	useEffect(() => {
		let live = true;
		import("./results").then((loaded) => {
			if (live) setModule(loaded);
		});
		return () => {
			live = false;
		};
	}, []);
	return module;
}

export interface CheckerProps {
	form: CheckerForm;
	onFormChange: (form: CheckerForm) => void;
	/** Copies text to the clipboard; resolves false when the browser refused. */
	copy: (text: string) => Promise<boolean>;
	print?: () => void;
	/** The full page asks about trips and several rentals; the popup keeps to one rental. */
	variant?: "popup" | "page";
	/** Today in Japan: a trip cannot be in the future. */
	today: Day;
}

/**
 * The private exposure checker: questions in the order people remember, and the answer, updated
 * as they answer, computed here by the local engine.
 */
export function Checker({ form, onFormChange, copy, print, variant = "popup", today }: CheckerProps) {
	const t = useT();
	const [copyStatus, setCopyStatus] = useState<"copied" | "copyFailed" | undefined>();
	const readings = useMemo(() => readForm(form, today), [form, today]);
	const engine = useResultsModule();
	const results: CheckResult[] = useMemo(
		() =>
			engine
				? readings.flatMap((reading, index) =>
						reading.answers.map((answers) => ({
							rental: index + 1,
							answers,
							assessment: engine.assessExposure(answers),
						})),
					)
				: [],
		[readings, engine],
	);
	const companies = useMemo(
		() => (engine ? engine.companyVerdicts(results, form.emails) : []),
		[engine, results, form],
	);
	const page = variant === "page";
	// The popup keeps to one rental: the full page holds the rest.
	const rentals = page ? form.rentals : form.rentals.slice(0, 1);
	const several = rentals.length > 1;
	const focusAfterChange = useRef<string | undefined>(undefined);
	useEffect(() => {
		const id = focusAfterChange.current;
		focusAfterChange.current = undefined;
		if (id) document.getElementById(id)?.focus();
	});
	const change = (next: CheckerForm) => {
		setCopyStatus(undefined);
		onFormChange(next);
	};
	// The verdict covers every rental the person gave, even those only the full page shows.
	const chosenVendors: VendorId[] = VENDOR_IDS.filter((vendor) =>
		form.rentals.some((rental) => rental.vendor === vendor || rental.vendor === "unknown"),
	);
	const waiting = form.rentals.every((rental) => rental.vendor === undefined)
		? "no-vendor"
		: readings.some((reading) => Object.keys(reading.errors).length > 0)
			? "errors"
			: undefined;

	return (
		<div class="checker">
			{/* First in the page so the answer stays in view (pinned) while the questions scroll. */}
			<section class="verdict-area" aria-labelledby="result-heading">
				<h2 id="result-heading">{t("resultHeading")}</h2>
				<VerdictSummary results={results} companies={companies} waiting={waiting} />
			</section>
			<form class="questions" aria-labelledby="questions-heading" onSubmit={(event) => event.preventDefault()}>
				<h2 id="questions-heading">{t("questionsHeading")}</h2>
				{rentals.map((rental, index) => {
					const number = index + 1;
					const questions = (
						<RentalQuestions
							rental={rental}
							reading={readings[index] ?? { answers: [], errors: {}, fromTrip: {} }}
							number={number}
							withTrip={page}
							onChange={(next) =>
								change({ ...form, rentals: form.rentals.map((old, at) => (at === index ? next : old)) })
							}
						/>
					);
					if (!several) return <div key={number}>{questions}</div>;
					return (
						<section class="rental" key={number} aria-labelledby={`rental-${number}`}>
							<h3 id={`rental-${number}`} tabIndex={-1}>
								{t("rentalHeading", { n: number })}
							</h3>
							{questions}
							<button
								type="button"
								class="remove-rental"
								onClick={() => {
									focusAfterChange.current = "add-rental";
									change({ ...form, rentals: form.rentals.filter((_, at) => at !== index) });
								}}
							>
								{t("removeRental", { n: number })}
							</button>
						</section>
					);
				})}
				{page ? (
					<button
						type="button"
						id="add-rental"
						class="add-rental"
						onClick={() => {
							focusAfterChange.current = `rental-${form.rentals.length + 1}`;
							change({ ...form, rentals: [...form.rentals, EMPTY_RENTAL] });
						}}
					>
						{t("addRental")}
					</button>
				) : null}
				{engine
					? chosenVendors.map((vendor) => (
							<engine.EmailQuestion
								key={vendor}
								vendor={vendor}
								value={form.emails[vendor]}
								onChange={(answer) => change({ ...form, emails: { ...form.emails, [vendor]: answer } })}
							/>
						))
					: null}
			</form>
			<section class="result" aria-labelledby="details-heading">
				<h2 id="details-heading">{t("detailsHeading")}</h2>
				{waiting || !engine
					? null
					: companies
							.filter((company) => company.byEmail)
							.map((company) => (
								<p class="email-evidence" key={company.vendor}>
									{t("emailDecides", { vendor: t.text(vendorById(company.vendor).name) })}
								</p>
							))}
				{waiting || !engine
					? null
					: results.map(({ rental, answers, assessment }) => (
							<div class="vendor-result" key={`${rental}/${answers.vendor}`}>
								<h3>
									{several ? `${t("rentalHeading", { n: rental })}: ` : null}
									{t.text(vendorById(answers.vendor).name)}
								</h3>
								{assessment.findings.map((finding) => (
									<engine.FindingCard key={`${finding.incident}/${finding.path}`} finding={finding} />
								))}
							</div>
						))}
				{waiting || !engine ? null : <engine.WhatToDoNow results={results} companies={companies} />}
				{waiting || !engine ? null : (
					<div class="actions">
						<button
							type="button"
							onClick={async () =>
								setCopyStatus(
									(await copy(engine.summaryText(t.locale, results, form.emails))) ? "copied" : "copyFailed",
								)
							}
						>
							{t("copySummary")}
						</button>
						{print ? (
							<button type="button" onClick={print}>
								{t("print")}
							</button>
						) : null}
						<span role="status" class="copy-status">
							{copyStatus ? t(copyStatus) : ""}
						</span>
					</div>
				)}
			</section>
			{page && engine ? <engine.HowToFindDates /> : null}
		</div>
	);
}
