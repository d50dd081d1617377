import type { DaySpan } from "../calendar/day";
import { precisionOf, westernDay, westernSpan } from "../calendar/era";
import {
	type AnswerIssue,
	type AnswerValues,
	assessCompany,
	assessExposureIn,
	type Contradiction,
	InvalidAnswersError,
	type Reason,
	type Verdict,
} from "../exposure";
import { capitalized } from "../i18n/banner-messages";
import { type DraftMessageKey, draftMessage } from "../i18n/criteria-messages";
import { type MessageKey, message, messages } from "../i18n/messages";
import { fieldLabel, type ResultMessageKey, resultMessage } from "../i18n/result-messages";
import type { Locale } from "../i18n/text";
import { type CriteriaRecord, incidentFromRecord } from "../incidents/criteria-record";
import {
	ANSWER_FIELDS,
	type AnswerField,
	EMAIL_ANSWERS,
	type EmailAnswer,
	type RentalAnswers,
	type RentalField,
} from "../incidents/rental";

/**
 * One record evaluated on its own (lib/criteria/SPEC.md, "Evaluation"): the answers read as the
 * format's answers document, the product's own engine (`assessExposureIn`, `assessCompany`) run on
 * the record alone, and the result written in the format's terms. `npm run criteria -- eval`, the
 * conformance cases and the draft preview all use this.
 */

/** The verdicts as the format names them. */
export const VERDICTS = {
	exposed: "included",
	"possibly-exposed": "possibly-included",
	"not-exposed": "not-included",
} as const satisfies Record<Verdict, string>;
export type FormatVerdict = (typeof VERDICTS)[Verdict];

/** The answers document: one rental or several, and the company's message. */
export interface AnswersDocument {
	rentals: readonly RentalAnswers[];
	message: EmailAnswer;
}

export interface EvaluatedFinding {
	path: string;
	verdict: FormatVerdict;
	reason: Reason;
	wordings: readonly {
		wording: string;
		verdict: FormatVerdict;
		reason: Reason;
		/** Set wherever a clause of this notice includes a rental its own exclusion removes (§5.3). */
		contradiction?: Contradiction;
	}[];
	decided_by: readonly AnswerField[];
	would_settle: readonly AnswerField[];
	by_message: boolean;
}

/** Where the values of one unanswered (or loosely answered) question lead. */
export interface EvaluatedWay {
	field: RentalField;
	settles_all: boolean;
	leads: readonly { values: AnswerValues; verdict: FormatVerdict }[];
}

export interface Evaluation {
	record: string;
	revision: number;
	/** Set for a withdrawn record, which gives no verdict. */
	withdrawn?: string;
	company?: {
		id: string;
		verdict: FormatVerdict;
		by_message: boolean;
		message: EmailAnswer;
		leaked: { certain: readonly string[]; possible: readonly string[] };
		message_against_answers: boolean;
	};
	paths?: readonly { path: string; verdict: FormatVerdict; by_message: boolean; rentals: readonly number[] }[];
	rentals?: readonly {
		rental: number;
		verdict: FormatVerdict;
		would_settle: readonly RentalField[];
		could_change: readonly RentalField[];
		ways: readonly EvaluatedWay[];
		findings: readonly EvaluatedFinding[];
	}[];
}

const CHOICE_FIELDS = ["orderedVia", "returnedVia", "paidVia", "paidWhen"] as const;
const DAY_FIELDS = ["orderedOn", "returnedOn"] as const;

export class AnswersError extends Error {
	readonly problems: readonly string[];
	/** The engine's own account, where the engine refused the answers. */
	readonly issues: readonly AnswerIssue[];
	constructor(problems: readonly string[], issues: readonly AnswerIssue[] = []) {
		super(`The answers cannot be read: ${problems.join("; ")}`);
		this.name = "AnswersError";
		this.problems = problems;
		this.issues = issues;
	}
}

const isObject = (value: unknown): value is Record<string, unknown> =>
	typeof value === "object" && value !== null && !Array.isArray(value);

/** A day answer: `"2012-07-01"` (that day), or `{ "from"?, "to"? }` (both ends included). */
function daySpan(value: unknown): Partial<DaySpan> | unknown {
	return typeof value === "string" ? { from: value, to: value } : value;
}

/**
 * The answers document for a record: `{ "rentals": [...], "message": ... }`, or one rental's answers
 * alone. A choice not answered is "unknown", a day not answered is unknown, the company is the
 * record's. Problems are thrown together, each naming its place.
 */
export function readAnswers(input: unknown, record: CriteriaRecord): AnswersDocument {
	if (!isObject(input)) throw new AnswersError(["the answers must be a JSON object"]);
	const problems: string[] = [];
	const list = "rentals" in input ? input.rentals : [input];
	if (!Array.isArray(list) || list.length === 0)
		throw new AnswersError(["rentals must be a list of at least one rental"]);
	const messageAnswer = input.message ?? "unknown";
	if (!(EMAIL_ANSWERS as readonly unknown[]).includes(messageAnswer))
		problems.push(`message must be one of ${EMAIL_ANSWERS.join(", ")}`);
	const known = new Set<string>(["vendor", ...ANSWER_FIELDS, ...("rentals" in input ? [] : ["message"])]);
	const rentals = list.map((item, index): RentalAnswers => {
		const where = `rental ${index + 1}`;
		if (!isObject(item)) {
			problems.push(`${where} must be a JSON object`);
			return {} as RentalAnswers;
		}
		for (const key of Object.keys(item)) if (!known.has(key)) problems.push(`${where}: ${key} is not an answer`);
		const vendor = item.vendor ?? record.organization.id;
		if (vendor !== record.organization.id)
			problems.push(`${where}: this record is about ${record.organization.id}, not ${String(vendor)}`);
		const answers = { vendor } as Record<string, unknown>;
		for (const field of CHOICE_FIELDS) answers[field] = item[field] ?? "unknown";
		for (const field of DAY_FIELDS) if (item[field] !== undefined) answers[field] = daySpan(item[field]);
		return answers as unknown as RentalAnswers;
	});
	for (const key of Object.keys(input))
		if ("rentals" in input && key !== "rentals" && key !== "message")
			problems.push(`${key} is not part of the answers`);
	if (problems.length > 0) throw new AnswersError(problems);
	return { rentals, message: messageAnswer as EmailAnswer };
}

/** The record's verdicts for the answers, by the product's engine. */
export function evaluateRecord(record: CriteriaRecord, given: AnswersDocument): Evaluation {
	if (record.withdrawn) return { record: record.id, revision: record.revision, withdrawn: record.withdrawn };
	const incident = incidentFromRecord(record);
	let assessed: { rental: number; answers: RentalAnswers; assessment: ReturnType<typeof assessExposureIn> }[];
	try {
		assessed = given.rentals.map((answers, index) => ({
			rental: index + 1,
			answers,
			assessment: assessExposureIn([incident], answers),
		}));
	} catch (problem) {
		if (problem instanceof InvalidAnswersError)
			throw new AnswersError(
				problem.issues.map((issue) => `${issue.field}${issue.part ? `.${issue.part}` : ""}: ${issue.problem}`),
				problem.issues,
			);
		throw problem;
	}
	const company = assessCompany(incident.vendor, assessed, given.message, () => incident.vendor);
	return {
		record: record.id,
		revision: record.revision,
		company: {
			id: company.vendor,
			verdict: VERDICTS[company.verdict],
			by_message: company.byMessage,
			message: company.message,
			leaked: company.leaked,
			message_against_answers: company.messageAgainstAnswers,
		},
		paths: company.servers.map((server) => ({
			path: server.path,
			verdict: VERDICTS[server.verdict],
			by_message: server.byMessage,
			rentals: server.rentals,
		})),
		rentals: company.rentals.map((rental) => {
			// The company's message may have settled the rental: nothing is left to settle then.
			const open = rental.verdict === "possibly-exposed";
			const { assessment } = rental;
			return {
				rental: rental.rental,
				verdict: VERDICTS[rental.verdict],
				would_settle: open ? assessment.wouldSettle : [],
				could_change: open ? assessment.couldChange : [],
				ways: !open
					? []
					: assessment.ways.map((way) => ({
							field: way.field,
							settles_all: way.settlesAll,
							leads: way.leads.map((lead) => ({ values: lead.values, verdict: VERDICTS[lead.verdict] })),
						})),
				findings: rental.findings.map((finding) => ({
					path: finding.path,
					verdict: VERDICTS[finding.verdict],
					reason: finding.reason,
					wordings: finding.wordings.map((outcome) => ({
						wording: outcome.wording,
						verdict: VERDICTS[outcome.verdict],
						reason: outcome.reason,
						...(outcome.contradiction && { contradiction: outcome.contradiction }),
					})),
					decided_by: finding.decidedBy,
					would_settle: finding.wouldSettle,
					by_message: finding.byMessage ?? false,
				})),
			};
		}),
	};
}

const ENGINE_VERDICT = Object.fromEntries(
	Object.entries(VERDICTS).map(([engine, format]) => [format, engine]),
) as Record<FormatVerdict, Verdict>;

/** A verdict in words: 「対象」 / "Included", the product's own. */
export function verdictWords(locale: Locale, verdict: FormatVerdict): string {
	return resultMessage(locale, `badge.${ENGINE_VERDICT[verdict]}`);
}

/** One record's result as lines a person reads: what the CLI prints and the preview shows. */
export interface EvaluationView {
	company: string;
	rentals: {
		heading: string;
		paths: { line: string; reason: string; wordings: readonly string[] }[];
		/** For a "possibly": each question that can settle it and where its answers lead, or why none does. */
		settle: readonly string[];
	}[];
}

function reasonWords(locale: Locale, reason: Reason): string {
	const key = `reason.${reason.kind}` as DraftMessageKey;
	const values: Record<string, string> = {};
	const list = locale === "ja" ? "、" : ", ";
	if ("clauses" in reason) values.clauses = reason.clauses.join(list);
	if ("exclusions" in reason) values.exclusions = reason.exclusions.join(list);
	// The id alone: the conflict's title has a colon of its own, and the record lists its conflicts.
	if ("conflict" in reason) values.conflict = reason.conflict;
	return draftMessage(locale, key, values);
}

/** Why a path has its verdict; where the company's message settled it, that first, then the criteria's own reason. */
function findingReasonWords(locale: Locale, finding: { reason: Reason; by_message: boolean }): string {
	const reason = reasonWords(locale, finding.reason);
	if (!finding.by_message) return reason;
	const lowered = locale === "en" ? reason.charAt(0).toLowerCase() + reason.slice(1) : reason;
	return draftMessage(locale, "reason.by-message", { reason: lowered });
}

const LEAD_WORDS: Record<FormatVerdict, ResultMessageKey> = {
	included: "lead.exposed",
	"possibly-included": "lead.possibly-exposed",
	"not-included": "lead.not-exposed",
};

/** Some values of one answer in words: a run of days, or choices joined by "or". */
function valuesWords(locale: Locale, record: CriteriaRecord, field: RentalField, values: AnswerValues): string {
	if ("days" in values) {
		const { from, to } = values.days;
		if (from !== undefined && to !== undefined) return westernSpan({ from, to }, precisionOf({ from, to }), locale);
		if (to !== undefined) return resultMessage(locale, "lead.onOrBefore", { day: westernDay(to, locale) });
		return resultMessage(locale, "lead.onOrAfter", { day: westernDay(from as string, locale) });
	}
	const sites = record.organization.sites
		.filter((site) => site.named_in_notice)
		.map((site) => `www.${site.domain}`)
		.join(" / ");
	const words = values.choices.map((value) => {
		if (field === "vendor") return resultMessage(locale, "lead.company", { company: record.organization.name[locale] });
		const key = `${field}.${value}`;
		return key in messages ? message(locale, key as MessageKey, { sites }) : value;
	});
	const joined = words.join(
		locale === "ja" ? resultMessage(locale, "lead.or") : ` ${resultMessage(locale, "lead.or")} `,
	);
	return locale === "en" && field !== "vendor" ? joined.charAt(0).toLowerCase() + joined.slice(1) : joined;
}

/** The ways forward of a "possibly" rental, or why no single answer settles it. */
function settleLines(
	locale: Locale,
	record: CriteriaRecord,
	rental: NonNullable<Evaluation["rentals"]>[number],
): string[] {
	if (rental.verdict !== "possibly-included") return [];
	if (rental.ways.length > 0)
		return rental.ways.map((way) => {
			const leads = way.leads.map((lead) =>
				resultMessage(locale, "lead", {
					values: valuesWords(locale, record, way.field, lead.values),
					verdict: resultMessage(locale, LEAD_WORDS[lead.verdict]),
				}),
			);
			const question = way.field === "vendor" ? message(locale, "qVendor") : fieldLabel(locale, way.field);
			return `${capitalized(question)}${locale === "ja" ? "：" : ": "}${leads.join(locale === "ja" ? "、" : "; ")}`;
		});
	const reasons = rental.findings
		.filter((finding) => finding.verdict === "possibly-included")
		.map((f) => f.reason.kind);
	const why =
		reasons.length > 0 && reasons.every((kind) => kind === "notice-contradicts-itself")
			? "noSettle.contradiction"
			: reasons.length > 0 && reasons.every((kind) => kind === "sources-disagree")
				? "noSettle.disagree"
				: "noSettle.several";
	return [resultMessage(locale, why)];
}

/** The evaluation in words, in one language, naming the record's own paths and wordings. */
export function evaluationView(evaluation: Evaluation, record: CriteriaRecord, locale: Locale): EvaluationView {
	const incident = incidentFromRecord(record);
	const name = record.organization.name[locale];
	if (!evaluation.company || !evaluation.rentals)
		return { company: draftMessage(locale, "draftWithdrawn", { when: evaluation.withdrawn ?? "" }), rentals: [] };
	return {
		company: draftMessage(locale, evaluation.company.by_message ? "draftCompanyByMessage" : "draftCompanyVerdict", {
			company: name,
			verdict: verdictWords(locale, evaluation.company.verdict),
		}),
		rentals: evaluation.rentals.map((rental) => ({
			heading: `${message(locale, "rentalHeading", { n: rental.rental })}${locale === "ja" ? "：" : ": "}${verdictWords(locale, rental.verdict)}`,
			paths: rental.findings.map((finding) => {
				const path = incident.paths.find((candidate) => candidate.id === finding.path);
				const wordings = path?.wordings ?? [];
				return {
					line: draftMessage(locale, "draftPathVerdict", {
						path: capitalized(path ? path.name[locale] : finding.path),
						verdict: verdictWords(locale, finding.verdict),
					}),
					reason: draftMessage(locale, "draftReason", { reason: findingReasonWords(locale, finding) }),
					wordings:
						finding.wordings.length > 1
							? finding.wordings.map((outcome) =>
									draftMessage(locale, "draftWordingOutcome", {
										label: wordings.find((wording) => wording.id === outcome.wording)?.label[locale] ?? outcome.wording,
										verdict: verdictWords(locale, outcome.verdict),
									}),
								)
							: [],
				};
			}),
			settle: settleLines(locale, record, rental),
		})),
	};
}
