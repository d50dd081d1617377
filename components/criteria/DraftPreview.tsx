import validate from "virtual:criteria-schema";
import { useEffect, useMemo, useRef, useState } from "preact/hooks";
import { bannerIncident } from "../../lib/banner/banner-facts";
import { westernDay } from "../../lib/calendar/era";
import { checkRecordText } from "../../lib/criteria/check";
import {
	AnswersError,
	type EvaluationView,
	evaluateRecord,
	evaluationView,
	readAnswers,
} from "../../lib/criteria/evaluate";
import { fieldOf, VOCABULARIES } from "../../lib/criteria/vocabulary";
import { bannerMessage } from "../../lib/i18n/banner-messages";
import { type DraftMessageKey, draftMessage } from "../../lib/i18n/criteria-messages";
import { type MessageKey, message, messages } from "../../lib/i18n/messages";
import { fieldLabel } from "../../lib/i18n/result-messages";
import type { Locale } from "../../lib/i18n/text";
import { type CriteriaRecord, incidentFromRecord } from "../../lib/incidents/criteria-record";
import { type AnswerField, EMAIL_ANSWERS, type EmailAnswer } from "../../lib/incidents/rental";
import { IncidentFacts } from "../shared/IncidentFacts";
import { useLocale } from "../shared/i18n";
import type { OpenedFile } from "./DraftPreviewEntry";
import "./draft-preview.css";

/**
 * A record file opened by the person, as a draft: validated by the format's own validator (the
 * errors, when it fails), then its banner as its company's sites would show it and its result for
 * answers given here, by the product's engine on this record alone. Every string of the file is
 * untrusted: it is rendered as text (links only to http and https addresses), never run, sent or
 * stored, and the shipped records are never touched.
 */
export function DraftPreview({ file, onClose }: { file: OpenedFile; onClose: () => void }) {
	const locale = useLocale();
	const t = (key: DraftMessageKey, values?: Readonly<Record<string, string | number>>) =>
		draftMessage(locale, key, values);
	const checked = useMemo(() => checkRecordText(file.text, validate), [file]);
	const heading = useRef<HTMLHeadingElement>(null);
	useEffect(() => heading.current?.focus(), []);

	return (
		<section class="draft" aria-labelledby="draft-heading" data-draft={checked.record ? "valid" : "invalid"}>
			<div class="draft-banner">
				<h3 id="draft-heading" tabIndex={-1} ref={heading}>
					{t("draftBanner")}
				</h3>
				<p>{t("draftBannerDetail", { file: file.name })}</p>
				<button type="button" onClick={onClose}>
					{t("draftClose")}
				</button>
			</div>
			{checked.record ? (
				<ValidDraft record={checked.record} locale={locale} />
			) : (
				<div class="draft-errors">
					<h4>{t("draftInvalidHeading", { count: checked.errors.length })}</h4>
					<p>{t("draftInvalidIntro")}</p>
					<ol>
						{checked.errors.map((error) => (
							<li key={`${error.code} ${error.path}`}>
								<p class="error-line">
									<code>{error.code}</code> <code>{error.path}</code>
								</p>
								<p class="error-line">{error.message[locale]}</p>
							</li>
						))}
					</ol>
				</div>
			)}
		</section>
	);
}

function ValidDraft({ record, locale }: { record: CriteriaRecord; locale: Locale }) {
	const t = (key: DraftMessageKey, values?: Readonly<Record<string, string | number>>) =>
		draftMessage(locale, key, values);
	const incident = useMemo(() => incidentFromRecord(record), [record]);
	if (record.withdrawn) return <p class="draft-withdrawn">{t("draftWithdrawn", { when: record.withdrawn })}</p>;
	const facts = bannerIncident(incident);
	const app = bannerMessage(locale, "appName");
	return (
		<>
			<p>{t("draftValid")}</p>
			<section class="draft-banner-preview" aria-labelledby="draft-banner-preview-heading">
				<h4 id="draft-banner-preview-heading">{t("draftBannerPreviewHeading")}</h4>
				<div class="banner-sample" lang={locale}>
					<p class="from">{bannerMessage(locale, "bannerFrom", { app })}</p>
					<p class="headline">
						{bannerMessage(locale, "bannerHeadline", {
							company: record.organization.name[locale],
							announced: westernDay(record.announced.on, locale),
						})}
					</p>
				</div>
				<p>
					{t("draftSitesLabel")}
					{locale === "ja" ? "：" : ": "}
					{record.organization.sites.map((site) => site.domain).join(locale === "ja" ? "、" : ", ")}
				</p>
				<h5>{record.title[locale]}</h5>
				<IncidentFacts incident={facts} locale={locale} />
			</section>
			<DraftResult record={record} locale={locale} />
		</>
	);
}

const CHOICE_QUESTIONS = {
	orderedVia: "qOrderedVia",
	returnedVia: "qReturnedVia",
	paidVia: "qPaidVia",
	paidWhen: "qPaidWhen",
} as const;
const DAY_FIELDS = ["orderedOn", "returnedOn"] as const;

type Answers = Record<string, string>;

/** The draft's result for what the person chooses here: nothing of it is kept. */
function DraftResult({ record, locale }: { record: CriteriaRecord; locale: Locale }) {
	const t = (key: DraftMessageKey, values?: Readonly<Record<string, string | number>>) =>
		draftMessage(locale, key, values);
	const vocabulary = VOCABULARIES[record.vocabulary];
	const [answers, setAnswers] = useState<Answers>({});
	const [received, setReceived] = useState<EmailAnswer>("unknown");
	const set = (key: string, value: string) => setAnswers((current) => ({ ...current, [key]: value }));
	const sites = record.organization.sites
		.filter((site) => site.named_in_notice)
		.map((site) => `www.${site.domain}`)
		.join(" / ");
	const company = record.organization.name[locale];

	let view: EvaluationView | undefined;
	let problems: readonly string[] = [];
	try {
		const rental: Record<string, unknown> = {};
		for (const field of Object.keys(CHOICE_QUESTIONS)) if (answers[field]) rental[field] = answers[field];
		for (const field of DAY_FIELDS) {
			const from = answers[`${field}.from`];
			const to = answers[`${field}.to`];
			if (from || to) rental[field] = { ...(from && { from }), ...(to && { to }) };
		}
		view = evaluationView(
			evaluateRecord(record, readAnswers({ ...rental, message: received }, record)),
			record,
			locale,
		);
	} catch (problem) {
		if (!(problem instanceof AnswersError)) throw problem;
		// The form offers only the vocabulary's values, so what is left is a period out of order.
		problems = problem.issues.map((issue) =>
			issue.problem === "return-before-order"
				? message(locale, "returnBeforeOrder")
				: t("draftSpanReversed", { field: fieldLabel(locale, issue.field as AnswerField) }),
		);
	}

	return (
		<section class="draft-result" aria-labelledby="draft-result-heading">
			<h4 id="draft-result-heading">{t("draftResultHeading")}</h4>
			<p>{t("draftResultIntro")}</p>
			<div class="draft-questions">
				{Object.entries(CHOICE_QUESTIONS).map(([field, question]) => {
					const values = vocabulary ? (fieldOf(vocabulary, field)?.values ?? []) : [];
					return (
						<label key={field}>
							<span>{message(locale, question)}</span>
							<select value={answers[field] ?? ""} onChange={(event) => set(field, event.currentTarget.value)}>
								<option value="">{message(locale, "dontRemember")}</option>
								{values.map((value) => (
									<option key={value.id} value={value.id}>
										{/* The checker's own words for a value where it has them; else the vocabulary's. */}
										{`${field}.${value.id}` in messages
											? message(locale, `${field}.${value.id}` as MessageKey, { sites })
											: value.meaning[locale]}
									</option>
								))}
							</select>
						</label>
					);
				})}
				{DAY_FIELDS.flatMap((field) =>
					(["from", "to"] as const).map((end) => (
						<label key={`${field}.${end}`}>
							<span>{t(end === "from" ? "draftDayFrom" : "draftDayTo", { field: fieldLabel(locale, field) })}</span>
							<input
								type="date"
								value={answers[`${field}.${end}`] ?? ""}
								onInput={(event) => set(`${field}.${end}`, event.currentTarget.value)}
							/>
						</label>
					)),
				)}
				<label>
					<span>{t("draftMessageQuestion", { company })}</span>
					<select value={received} onChange={(event) => setReceived(event.currentTarget.value as EmailAnswer)}>
						{EMAIL_ANSWERS.map((answer) => (
							<option key={answer} value={answer}>
								{t(`draftMessage.${answer}`)}
							</option>
						))}
					</select>
				</label>
			</div>
			<div class="draft-verdict" aria-live="polite">
				{view ? (
					<>
						<p class="draft-company">
							<strong>{view.company}</strong>
						</p>
						{view.rentals.map((rental) => (
							<div key={rental.heading}>
								<p>{rental.heading}</p>
								<ul>
									{rental.paths.map((path) => (
										<li key={path.line}>
											<p>{path.line}</p>
											<p>{path.reason}</p>
											{path.wordings.length > 0 ? (
												<ul>
													{path.wordings.map((wording) => (
														<li key={wording}>{wording}</li>
													))}
												</ul>
											) : null}
										</li>
									))}
								</ul>
								{rental.settle.length > 0 ? (
									<ul class="draft-settle">
										{rental.settle.map((line) => (
											<li key={line}>{line}</li>
										))}
									</ul>
								) : null}
							</div>
						))}
					</>
				) : (
					<>
						<p>{message(locale, "fixErrors")}</p>
						<ul>
							{problems.map((problem) => (
								<li key={problem}>{problem}</li>
							))}
						</ul>
					</>
				)}
			</div>
		</section>
	);
}
