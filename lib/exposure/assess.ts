import type { Day } from "../calendar/day";
import { incidentsOf } from "../incidents";
import { ANSWER_FIELDS, type AnswerField, KNOWN_VALUES, type RentalAnswers } from "../incidents/rental";
import type { ExposurePath, Incident, Wording } from "../incidents/types";
import {
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
	type Finding,
	type Reason,
	VERDICT_SEVERITY,
	type Verdict,
	type WordingOutcome,
} from "./types";
import { returnBeforeOrder, validateAnswers } from "./validate";

// Kept per incident object, not per id: a draft record read in the preview may share an id with a
// shipped one and must never be answered from the other's model.
const models = new WeakMap<Incident, Map<string, PathModel>>();
const DATE_FIELDS = ["orderedOn", "returnedOn"] as const;

function modelFor(incident: Incident, path: ExposurePath): PathModel {
	let paths = models.get(incident);
	if (!paths) {
		paths = new Map();
		models.set(incident, paths);
	}
	let model = paths.get(path.id);
	if (!model) {
		model = buildModel(incident, path);
		paths.set(path.id, model);
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
	return { wording: wording.id, verdict, reason, sources: wording.sources };
}

/** Where every wording agrees, their shared result; otherwise the sources disagree. */
function combine(path: ExposurePath, outcomes: readonly WordingOutcome[]): { verdict: Verdict; reason: Reason } {
	const [first, ...rest] = outcomes;
	if (!first) throw new Error(`${path.id} has no wording`);
	if (rest.some((outcome) => outcome.verdict !== first.verdict)) {
		return {
			verdict: "possibly-exposed",
			reason: { kind: "sources-disagree", conflict: path.conflict ?? path.id },
		};
	}
	if (rest.length === 0) return first;
	const reasons = outcomes.map((outcome) => outcome.reason);
	const clauses = unique(reasons.flatMap((reason) => ("clauses" in reason ? reason.clauses : [])));
	const exclusions = unique(reasons.flatMap((reason) => (reason.kind === "excluded" ? reason.exclusions : [])));
	const contradictions = reasons.filter((reason) => reason.kind === "notice-contradicts-itself");
	switch (first.verdict) {
		case "exposed":
			return { verdict: "exposed", reason: { kind: "criteria-met", clauses } };
		case "not-exposed":
			return {
				verdict: "not-exposed",
				reason: exclusions.length > 0 ? { kind: "excluded", exclusions } : { kind: "criteria-not-met" },
			};
		default:
			if (contradictions.length > 0)
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
}

/**
 * One path's verdict for some answers. Explaining a finding tries many variants of the same
 * answers, and the rental's outlook tries the same ones again on every path: the last results are
 * kept (a few hundred entries at most per assessment).
 */
const evaluated = new WeakMap<PathModel, Map<string, ReturnType<typeof evaluateUncached>>>();
function evaluatePath(model: PathModel, answers: RentalAnswers) {
	let results = evaluated.get(model);
	if (!results) {
		results = new Map();
		evaluated.set(model, results);
	}
	const key = JSON.stringify(answers);
	let result = results.get(key);
	if (!result) {
		if (results.size >= 2000) results.clear();
		result = evaluateUncached(model, answers);
		results.set(key, result);
	}
	return result;
}

function evaluateUncached(model: PathModel, answers: RentalAnswers) {
	const wordings = model.path.wordings.map((wording) => outcomeOf(model, wording, answers));
	return { wordings, ...combine(model.path, wordings) };
}

function isKnown(answers: RentalAnswers, field: AnswerField): boolean {
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
 * For a 'possibly' rental: the answers that settle it whatever their exact value (tried on every
 * exact day of every path's segments, so every combination of segments), and the answers not
 * given yet that a still-open path tests (the rest can step back: they cannot change it).
 */
function rentalOutlook(models: readonly PathModel[], findings: readonly Finding[], answers: RentalAnswers) {
	const tested = new Set(
		models.flatMap((model, index) =>
			findings[index]?.verdict === "possibly-exposed" ? [...fieldsStillTested(model, answers)] : [],
		),
	);
	// The order comes on or before the return, so where one date is tested the other bounds it.
	if (tested.has("orderedOn") || tested.has("returnedOn")) for (const field of DATE_FIELDS) tested.add(field);
	const couldChange = ANSWER_FIELDS.filter((field) => !isKnown(answers, field) && tested.has(field));
	// An answer no open path tests cannot settle anything either.
	const wouldSettle = ANSWER_FIELDS.filter((field) => {
		if (!tested.has(field)) return false;
		const variants = unique(models.flatMap((model) => exactValues(model, answers, field).map((v) => JSON.stringify(v))))
			.map((text) => JSON.parse(text) as RentalAnswers)
			.filter((variant) => !returnBeforeOrder(variant.orderedOn, variant.returnedOn));
		return (
			variants.length > 0 &&
			variants.every(
				(variant) => worstOf(models.map((model) => evaluatePath(model, variant).verdict)) !== "possibly-exposed",
			)
		);
	});
	return { wouldSettle, couldChange };
}

/**
 * Whether one rental was exposed, per exposure path of the vendor's incidents. Pure: the same
 * answers give the same assessment on any machine, in any time zone, on any day.
 * @throws InvalidAnswersError naming every bad field; bad input never gets a verdict.
 */
export function assessExposure(input: RentalAnswers): Assessment {
	const answers = validateAnswers(input);
	return assessIn(incidentsOf(answers.vendor), answers);
}

/**
 * The same over the given incidents of the answers' company, not the product's: one criteria
 * record evaluated on its own (`npm run criteria -- eval`, the draft preview). Its company may be
 * one the product does not know.
 * @throws InvalidAnswersError naming every bad field.
 */
export function assessExposureIn(incidents: readonly Incident[], input: RentalAnswers): Assessment {
	const answers = validateAnswers(input, [...new Set(incidents.map((incident) => incident.vendor))]);
	return assessIn(
		incidents.filter((incident) => incident.vendor === answers.vendor),
		answers,
	);
}

function assessIn(incidents: readonly Incident[], answers: RentalAnswers): Assessment {
	const models = incidents.flatMap((incident) => incident.paths.map((path) => modelFor(incident, path)));
	const findings = models.map((model) => assessPath(model, answers));
	const verdict = worstOf(findings.map((finding) => finding.verdict));
	const outlook =
		verdict === "possibly-exposed" ? rentalOutlook(models, findings, answers) : { wouldSettle: [], couldChange: [] };
	return { verdict, findings, ...outlook };
}
