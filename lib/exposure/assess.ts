import { addDays, type Day, maxDay, minDay } from "../calendar/day";
import type { DayWindow } from "../calendar/interval";
import { incidentById, incidentsOf } from "../incidents";
import {
	ANSWER_FIELDS,
	type AnswerField,
	type ChannelField,
	candidateVendors,
	type DateField,
	KNOWN_VALUES,
	type RentalAnswers,
	type RentalField,
	VENDOR_IDS,
	type VendorId,
} from "../incidents/rental";
import type { ExposurePath, Incident, Wording } from "../incidents/types";
import {
	answersKey,
	buildModel,
	candidateDays,
	fieldsStillTested,
	type PathModel,
	type Status,
	statusesOf,
	worldsOf,
} from "./model";
import {
	type Assessment,
	type Contradiction,
	type Finding,
	type Lead,
	type Reason,
	VERDICT_SEVERITY,
	type Verdict,
	type WayForward,
	type WordingOutcome,
} from "./types";
import { returnBeforeOrder, validateAnswers } from "./validate";

const models = new Map<string, PathModel>();
const DATE_FIELDS = ["orderedOn", "returnedOn"] as const;

function modelFor(incident: Incident, path: ExposurePath): PathModel {
	const key = `${incident.id}/${path.id}`;
	let model = models.get(key);
	if (!model) {
		model = buildModel(incident, path);
		models.set(key, model);
	}
	return model;
}

function unique<T>(values: Iterable<T>): T[] {
	return [...new Set(values)];
}

/** A wording's verdict over every rental the answers allow: all in, none in, or some. */
function outcomeOf(model: PathModel, wording: Wording, answers: RentalAnswers): WordingOutcome {
	const statuses = statusesOf(model, wording, worldsOf(model, answers));
	if (statuses.length === 0) throw new Error("No rental fits the answers");
	const ofKind = <K extends Status["kind"]>(kind: K) =>
		statuses.filter((status): status is Extract<Status, { kind: K }> => status.kind === kind);
	const inside = ofKind("in");
	const excluded = ofKind("excluded");
	const contradicted = ofKind("contradicted");
	const clauses = unique(inside.map((status) => status.clause));
	let verdict: Verdict;
	let reason: Reason;
	if (inside.length === statuses.length) {
		verdict = "exposed";
		reason = { kind: "criteria-met", clauses };
	} else if (inside.length === 0 && contradicted.length === 0) {
		verdict = "not-exposed";
		reason =
			excluded.length === statuses.length
				? { kind: "excluded", exclusions: unique(excluded.map((status) => status.exclusion)) }
				: { kind: "criteria-not-met" };
	} else {
		verdict = "possibly-exposed";
		// The notice's contradiction is the reason only when nothing the answers allow is surely
		// covered; otherwise the answers themselves leave it open, which is what the person can act on.
		reason =
			contradicted.length > 0 && inside.length === 0
				? {
						kind: "notice-contradicts-itself",
						clauses: unique(contradicted.map((status) => status.clause)),
						exclusions: unique(contradicted.map((status) => status.exclusion)),
					}
				: { kind: "depends-on-answers", clauses };
	}
	const contradiction: Contradiction | undefined =
		contradicted.length > 0
			? {
					clauses: unique(contradicted.map((status) => status.clause)),
					exclusions: unique(contradicted.map((status) => status.exclusion)),
				}
			: undefined;
	return { wording: wording.id, verdict, reason, sources: wording.sources, ...(contradiction && { contradiction }) };
}

/**
 * The path's result over its wordings. Where they agree, their shared result. Where they differ and
 * each is definite, the sources disagree. Where they differ and one is itself "possibly", the
 * answers still decide (or, where only a notice contradicting itself leaves it open, that does):
 * never "the sources disagree" where an answer can settle it.
 */
function combine(path: ExposurePath, outcomes: readonly WordingOutcome[]): { verdict: Verdict; reason: Reason } {
	const [first, ...rest] = outcomes;
	if (!first) throw new Error(`${path.id} has no wording`);
	if (rest.length === 0) return first;
	const reasons = outcomes.map((outcome) => outcome.reason);
	const clauses = unique(reasons.flatMap((reason) => ("clauses" in reason ? reason.clauses : [])));
	const differ = rest.some((outcome) => outcome.verdict !== first.verdict);
	if (differ && outcomes.every((outcome) => outcome.verdict !== "possibly-exposed")) {
		return {
			verdict: "possibly-exposed",
			reason: { kind: "sources-disagree", conflict: path.conflict ?? path.id },
		};
	}
	if (!differ && first.verdict === "exposed") return { verdict: "exposed", reason: { kind: "criteria-met", clauses } };
	if (!differ && first.verdict === "not-exposed") {
		const exclusions = unique(reasons.flatMap((reason) => (reason.kind === "excluded" ? reason.exclusions : [])));
		return {
			verdict: "not-exposed",
			reason: exclusions.length > 0 ? { kind: "excluded", exclusions } : { kind: "criteria-not-met" },
		};
	}
	// "Possibly": the answers can act where any wording's result depends on them; otherwise what
	// leaves it open is a notice contradicting itself.
	const contradictions = reasons.filter((reason) => reason.kind === "notice-contradicts-itself");
	if (contradictions.length > 0 && !reasons.some((reason) => reason.kind === "depends-on-answers"))
		return {
			verdict: "possibly-exposed",
			reason: {
				kind: "notice-contradicts-itself",
				clauses: unique(contradictions.flatMap((reason) => reason.clauses)),
				exclusions: unique(contradictions.flatMap((reason) => reason.exclusions)),
			},
		};
	return { verdict: "possibly-exposed", reason: { kind: "depends-on-answers", clauses } };
}

/**
 * One path's verdict for some answers. Explaining a finding tries many variants of the same
 * answers, and the rental's outlook tries the same ones again on every path: the last results are
 * kept (a few hundred entries at most per assessment).
 */
const evaluated = new Map<string, ReturnType<typeof evaluateUncached>>();
function evaluatePath(model: PathModel, answers: RentalAnswers) {
	// Whether an order day comes on or before a return day inside one segment is all the exact days
	// add to their segments, and valid answers guarantee it: the key is the segments.
	const key = `${model.incident.id}/${model.path.id}|${answersKey(model, answers)}`;
	let result = evaluated.get(key);
	if (!result) {
		if (evaluated.size >= 2000) evaluated.clear();
		result = evaluateUncached(model, answers);
		evaluated.set(key, result);
	}
	return result;
}

function evaluateUncached(model: PathModel, answers: RentalAnswers) {
	const wordings = model.path.wordings.map((wording) => outcomeOf(model, wording, answers));
	return { wordings, ...combine(model.path, wordings) };
}

function isKnown(answers: RentalAnswers, field: RentalField): boolean {
	const value = answers[field];
	return value !== undefined && value !== "unknown";
}

function forget(answers: RentalAnswers, field: AnswerField): RentalAnswers {
	const copy: RentalAnswers = { ...answers };
	if (field === "orderedOn" || field === "returnedOn") delete copy[field];
	else copy[field] = "unknown" as never;
	return copy;
}

/** Every exact value a single answer could still take (days up to segment equivalence). */
function exactValues(model: PathModel, answers: RentalAnswers, field: AnswerField): RentalAnswers[] {
	if (field === "orderedOn" || field === "returnedOn") {
		const span = answers[field];
		if (span?.from !== undefined && span.from === span.to) return [];
		return candidateDays(model, span).map((day: Day) => ({ ...answers, [field]: { from: day, to: day } }));
	}
	if (answers[field] !== "unknown") return [];
	return KNOWN_VALUES[field].map((value) => ({ ...answers, [field]: value }));
}

function settles(model: PathModel, variants: readonly RentalAnswers[]): boolean {
	return (
		variants.length > 0 &&
		variants.every((variant) => {
			// An exact day can contradict the other date (a return before the order): not a possible answer.
			if (returnBeforeOrder(variant.orderedOn, variant.returnedOn)) return true;
			return evaluatePath(model, variant).verdict !== "possibly-exposed";
		})
	);
}

function assessPath(model: PathModel, answers: RentalAnswers): Finding {
	const { verdict, reason, wordings } = evaluatePath(model, answers);
	const definite = verdict !== "possibly-exposed";
	const decidedBy = definite
		? ANSWER_FIELDS.filter(
				(field) => isKnown(answers, field) && evaluatePath(model, forget(answers, field)).verdict !== verdict,
			)
		: [];
	const wouldSettle = definite
		? []
		: ANSWER_FIELDS.filter((field) => settles(model, exactValues(model, answers, field)));
	return {
		incident: model.incident.id,
		path: model.path.id,
		verdict,
		exposedData: model.path.leaked.value,
		reason,
		wordings,
		decidedBy,
		wouldSettle,
		sources: unique([
			...model.path.wordings.flatMap((wording) => wording.sources),
			...model.exclusions.flatMap((exclusion) => exclusion.sources),
		]),
	};
}

function worstOf(verdicts: readonly Verdict[]): Verdict {
	return verdicts.reduce<Verdict>(
		(worst, verdict) => (VERDICT_SEVERITY[verdict] > VERDICT_SEVERITY[worst] ? verdict : worst),
		"not-exposed",
	);
}

/**
 * One rental over the companies it could be with: included if it is included whichever company it
 * was, not included if under none, otherwise possibly. One rental is one company's, so it is never
 * "in both".
 */
export function acrossCompanies(verdicts: readonly Verdict[]): Verdict {
	if (verdicts.length > 0 && verdicts.every((verdict) => verdict === "exposed")) return "exposed";
	if (verdicts.every((verdict) => verdict === "not-exposed")) return "not-exposed";
	return "possibly-exposed";
}

/** The models of the rental's servers, grouped by the company they belong to. */
type Companies = readonly { vendor: VendorId; models: readonly PathModel[] }[];

function companiesOf(answers: RentalAnswers): Companies {
	return candidateVendors(answers.vendor).map((vendor) => ({
		vendor,
		models: incidentsOf(vendor).flatMap((incident) => incident.paths.map((path) => modelFor(incident, path))),
	}));
}

/** Each company's verdict, were the rental that company's: its most severe server. */
function verdictsByCompany(companies: Companies, answers: RentalAnswers) {
	return companies.map(({ vendor, models }) => ({
		vendor,
		verdict: worstOf(models.map((model) => evaluatePath(model, answers).verdict)),
	}));
}

function rentalVerdict(companies: Companies, answers: RentalAnswers): Verdict {
	return acrossCompanies(verdictsByCompany(companies, answers).map((company) => company.verdict));
}

/** A day answer's allowed days: its window, with the order on or before the return. */
function allowedDays(answers: RentalAnswers, field: DateField): DayWindow {
	const own = answers[field] ?? {};
	if (field === "orderedOn") {
		const latest = answers.returnedOn?.to;
		return { ...own, ...(latest !== undefined && { to: own.to === undefined ? latest : minDay(own.to, latest) }) };
	}
	const earliest = answers.orderedOn?.from;
	return {
		...own,
		...(earliest !== undefined && { from: own.from === undefined ? earliest : maxDay(own.from, earliest) }),
	};
}

/**
 * Where each value of one date answer leads, as runs of days. The criteria compare days only with
 * their windows' edges, so the allowed days split at every edge of every server the rental could be
 * on; one day per piece stands for all of it, and neighbouring pieces that lead alike are joined.
 */
function dayLeads(companies: Companies, answers: RentalAnswers, field: DateField): Lead[] {
	const span = answers[field];
	if (span?.from !== undefined && span.from === span.to) return [];
	const allowed = allowedDays(answers, field);
	const inside = (day: Day) =>
		(allowed.from === undefined || day > allowed.from) && (allowed.to === undefined || day <= allowed.to);
	const cuts = unique(companies.flatMap((company) => company.models.flatMap((model) => model.edges)))
		.filter(inside)
		.sort();
	const pieces: DayWindow[] = [allowed.from, ...cuts].map((from, index) => {
		const next = cuts[index];
		const to = next === undefined ? allowed.to : addDays(next, -1);
		return { ...(from !== undefined && { from }), ...(to !== undefined && { to }) };
	});
	const leads: Lead[] = [];
	for (const piece of pieces) {
		const day = (piece.from ?? piece.to) as Day;
		const verdict = rentalVerdict(companies, { ...answers, [field]: { from: day, to: day } });
		const last = leads.at(-1);
		if (last && last.verdict === verdict && "days" in last.values) {
			const { to: _, ...joined } = last.values.days;
			last.values = { days: { ...joined, ...(piece.to !== undefined && { to: piece.to }) } };
		} else leads.push({ values: { days: piece }, verdict });
	}
	return leads;
}

/** Where each value of one unanswered choice leads, values that lead alike grouped in their usual order. */
function choiceLeads(companies: Companies, answers: RentalAnswers, field: ChannelField | "vendor"): Lead[] {
	if (answers[field] !== "unknown") return [];
	const values: readonly string[] = field === "vendor" ? VENDOR_IDS : KNOWN_VALUES[field];
	const leads: Lead[] = [];
	for (const value of values) {
		const variant = { ...answers, [field]: value } as RentalAnswers;
		const verdict =
			field === "vendor" ? rentalVerdict(companiesOf(variant), variant) : rentalVerdict(companies, variant);
		const same = leads.find((lead) => lead.verdict === verdict);
		if (same && "choices" in same.values) same.values = { choices: [...same.values.choices, value] };
		else leads.push({ values: { choices: [value] }, verdict });
	}
	return leads;
}

const RENTAL_FIELDS: readonly RentalField[] = ["vendor", ...ANSWER_FIELDS];

/**
 * For a 'possibly' rental: every question whose answer can settle it, with where each of its
 * values leads; the answers that settle it whatever their value; and the answers not given yet
 * that a still-open server tests (the rest can step back: they cannot change it).
 */
function rentalOutlook(companies: Companies, findings: readonly Finding[], answers: RentalAnswers) {
	const models = companies.flatMap((company) => company.models);
	const tested = new Set<RentalField>(
		models.flatMap((model, index) =>
			findings[index]?.verdict === "possibly-exposed" ? [...fieldsStillTested(model, answers)] : [],
		),
	);
	// The order comes on or before the return, so where one date is tested the other bounds it.
	if (tested.has("orderedOn") || tested.has("returnedOn")) for (const field of DATE_FIELDS) tested.add(field);
	if (answers.vendor === "unknown") tested.add("vendor");
	const couldChange = RENTAL_FIELDS.filter((field) => !isKnown(answers, field) && tested.has(field));
	const ways: WayForward[] = RENTAL_FIELDS.flatMap((field) => {
		// An answer no open server tests leads nowhere new.
		if (!tested.has(field)) return [];
		const leads =
			field === "orderedOn" || field === "returnedOn"
				? dayLeads(companies, answers, field)
				: choiceLeads(companies, answers, field);
		if (!leads.some((lead) => lead.verdict !== "possibly-exposed")) return [];
		return [{ field, leads, settlesAll: leads.every((lead) => lead.verdict !== "possibly-exposed") }];
	});
	const wouldSettle = ways.filter((way) => way.settlesAll).map((way) => way.field);
	return { wouldSettle, couldChange, ways };
}

/**
 * Whether one rental was exposed, per exposure path of the company's incidents, or of every company
 * it could be with where the company is not remembered. Pure: the same answers give the same
 * assessment on any machine, in any time zone, on any day.
 * @throws InvalidAnswersError naming every bad field; bad input never gets a verdict.
 */
export function assessExposure(input: RentalAnswers): Assessment {
	const answers = validateAnswers(input);
	const companies = companiesOf(answers);
	const findings = companies.flatMap((company) => company.models.map((model) => assessPath(model, answers)));
	const verdict = acrossCompanies(verdictsByCompany(companies, answers).map((company) => company.verdict));
	const outlook =
		verdict === "possibly-exposed"
			? rentalOutlook(companies, findings, answers)
			: { wouldSettle: [], couldChange: [], ways: [] };
	// Where the company is not remembered, each company's own way forward: what each answer gives
	// for that company's breach, were the rental its (never the other company's outcome).
	const byCompany = verdictsByCompany(companies, answers).map((company) => {
		if (answers.vendor !== "unknown" || company.verdict !== "possibly-exposed") return company;
		const own = companies.filter((candidate) => candidate.vendor === company.vendor);
		const ownFindings = findings.filter((finding) => incidentById(finding.incident).vendor === company.vendor);
		return { ...company, ways: rentalOutlook(own, ownFindings, { ...answers, vendor: company.vendor }).ways };
	});
	return { verdict, findings, companies: byCompany, ...outlook };
}
