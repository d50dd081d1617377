import { useEffect, useMemo, useState } from "preact/hooks";
import { type CheckerForm, readForm } from "../../lib/checker/checker-form";
import { vendorWebsites } from "../../lib/checker/labels";
import type { CheckResult } from "../../lib/checker/summary";
import { message } from "../../lib/i18n/messages";
import { KNOWN_VALUES, type KnownValue, type VendorId } from "../../lib/incidents/rental";
import { vendorById, vendors } from "../../lib/incidents/vendors";
import { useT } from "../shared/i18n";
import { ChoiceQuestion } from "./ChoiceQuestion";
import { DateQuestion } from "./DateQuestion";
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
}

/**
 * The private exposure checker: questions in the order people remember, and the answer, updated
 * as they answer, computed here by the local engine.
 */
export function Checker({ form, onFormChange, copy, print }: CheckerProps) {
	const t = useT();
	const [copyStatus, setCopyStatus] = useState<"copied" | "copyFailed" | undefined>();
	const reading = useMemo(() => readForm(form), [form]);
	const engine = useResultsModule();
	const results: CheckResult[] = useMemo(
		() => (engine ? reading.answers.map((answers) => ({ answers, assessment: engine.assessExposure(answers) })) : []),
		[reading, engine],
	);
	const set = <K extends keyof CheckerForm>(key: K, value: CheckerForm[K]) => {
		setCopyStatus(undefined);
		onFormChange({ ...form, [key]: value });
	};
	const chosen: VendorId | undefined = form.vendor === "unknown" ? undefined : form.vendor;
	const sites = chosen ? vendorWebsites(chosen) : vendors.map((vendor) => vendorWebsites(vendor.id)).join(" / ");
	const options = <F extends "orderedVia" | "returnedVia" | "paidVia" | "paidWhen">(field: F) =>
		(KNOWN_VALUES[field] as readonly string[] as readonly KnownValue<F>[]).map((value) => ({
			value,
			label: message(t.locale, `${field}.${value}` as Parameters<typeof message>[1], { sites }),
		}));
	const waiting =
		form.vendor === undefined ? "no-vendor" : Object.keys(reading.errors).length > 0 ? "errors" : undefined;

	return (
		<div class="checker">
			{/* First in the page so the answer stays in view (pinned) while the questions scroll. */}
			<section class="verdict-area" aria-labelledby="result-heading">
				<h2 id="result-heading">{t("resultHeading")}</h2>
				<VerdictSummary results={results} waiting={waiting} />
			</section>
			<form class="questions" aria-labelledby="questions-heading" onSubmit={(event) => event.preventDefault()}>
				<h2 id="questions-heading">{t("questionsHeading")}</h2>
				<ChoiceQuestion
					name="vendor"
					legend={t("qVendor")}
					choices={vendors.map((vendor) => ({ value: vendor.id, label: t.text(vendor.knownAs) }))}
					value={form.vendor}
					onChange={(value) => set("vendor", value)}
					unknownValue="unknown"
					unknownLabel={t("vendorUnknown")}
				/>
				<ChoiceQuestion
					name="orderedVia"
					legend={t("qOrderedVia")}
					choices={options("orderedVia")}
					value={form.orderedVia}
					onChange={(value) => set("orderedVia", value as CheckerForm["orderedVia"])}
					unknownValue="unknown"
				/>
				<DateQuestion
					legend={t("qOrderedOn")}
					value={form.orderedOn}
					onChange={(value) => set("orderedOn", value)}
					error={reading.errors.orderedOn}
				/>
				<ChoiceQuestion
					name="returnedVia"
					legend={t("qReturnedVia")}
					choices={options("returnedVia")}
					value={form.returnedVia}
					onChange={(value) => set("returnedVia", value as CheckerForm["returnedVia"])}
					unknownValue="unknown"
				/>
				<DateQuestion
					legend={t("qReturnedOn")}
					value={form.returnedOn}
					onChange={(value) => set("returnedOn", value)}
					error={reading.errors.returnedOn}
				/>
				<ChoiceQuestion
					name="paidVia"
					legend={t("qPaidVia")}
					choices={options("paidVia")}
					value={form.paidVia}
					onChange={(value) => set("paidVia", value as CheckerForm["paidVia"])}
					unknownValue="unknown"
				/>
				{/* Only Telecom Square's criteria turn on the moment of settling (facts C14). */}
				{form.vendor === "xcom-global" ? null : (
					<ChoiceQuestion
						name="paidWhen"
						legend={t("qPaidWhen")}
						hint={t("paidWhenHint")}
						choices={options("paidWhen")}
						value={form.paidWhen}
						onChange={(value) => set("paidWhen", value as CheckerForm["paidWhen"])}
						unknownValue="unknown"
					/>
				)}
			</form>
			<section class="result" aria-labelledby="details-heading">
				<h2 id="details-heading">{t("detailsHeading")}</h2>
				{waiting || !engine
					? null
					: results.map(({ answers, assessment }) => (
							<div class="vendor-result" key={answers.vendor}>
								<h3>{t.text(vendorById(answers.vendor).name)}</h3>
								{assessment.findings.map((finding) => (
									<engine.FindingCard key={`${finding.incident}/${finding.path}`} finding={finding} />
								))}
							</div>
						))}
				{waiting || !engine ? null : <engine.WhatToDoNow results={results} />}
				{waiting || !engine ? null : (
					<div class="actions">
						<button
							type="button"
							onClick={async () =>
								setCopyStatus((await copy(engine.summaryText(t.locale, results))) ? "copied" : "copyFailed")
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
		</div>
	);
}
