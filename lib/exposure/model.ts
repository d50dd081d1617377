import { addDays, type Day, type DaySpan, maxDay, minDay } from "../calendar/day";
import { type DayWindow, isDayWithin } from "../calendar/interval";
import { type AnswerField, type ChannelField, KNOWN_VALUES, type RentalAnswers } from "../incidents/rental";
import type { Clause, Condition, Exclusion, ExposurePath, Incident, Wording } from "../incidents/types";

/**
 * The exposure engine's model of one path: the criteria are tested on concrete rentals
 * ("worlds"), and the answers allow a set of them. Criteria compare days only against the
 * windows' edges, so every day between two edges behaves alike: one representative per such
 * segment is enough, and the result for the whole set is exact.
 */

/** One concrete rental: a value for every channel the path tests, and segment-representative days. */
export interface World {
	orderedVia: string;
	returnedVia: string;
	paidVia: string;
	paidWhen: string;
	orderedOn: Day;
	returnedOn: Day;
}

/** What one wording says about one world. */
export type Status =
	| { kind: "in"; clause: string }
	| { kind: "out" }
	| { kind: "excluded"; exclusion: string }
	/** A clause includes it and an exclusion of the same notice removes it: the notice contradicts itself. */
	| { kind: "contradicted"; clause: string; exclusion: string };

/** Far enough out that no rental or window reaches them. */
const FIRST_DAY = "1900-01-01";
const LAST_DAY = "9999-12-31";

export interface PathModel {
	incident: Incident;
	path: ExposurePath;
	exclusions: readonly Exclusion[];
	/** Sorted first days of the segments after the first. */
	edges: readonly Day[];
	/** The channel answers any condition of this path tests; the others need no enumeration. */
	channels: readonly ChannelField[];
	statusCache: Map<string, Status>;
}

/** Every leaf condition, including those inside a `notAll`. */
function leaves(conditions: readonly Condition[]): Condition[] {
	return conditions.flatMap((condition) => ("notAll" in condition ? leaves(condition.notAll) : [condition]));
}

function conditionsOf(path: ExposurePath, exclusions: readonly Exclusion[]): Condition[] {
	const clauses: Clause[] = path.wordings.flatMap((wording) => wording.clauses);
	return leaves([...clauses.flatMap((clause) => clause.all), ...exclusions.flatMap((exclusion) => exclusion.all)]);
}

export function buildModel(incident: Incident, path: ExposurePath): PathModel {
	const exclusions = incident.exclusions.filter((exclusion) => exclusion.appliesTo.includes(path.id));
	const edges = new Set<Day>();
	const channels = new Set<ChannelField>();
	for (const condition of conditionsOf(path, exclusions)) {
		if ("within" in condition) {
			if (condition.within.from) edges.add(condition.within.from);
			if (condition.within.to) edges.add(addDays(condition.within.to, 1));
		} else if ("oneOf" in condition) {
			channels.add(condition.answer);
		}
	}
	return {
		incident,
		path,
		exclusions,
		edges: [...edges].sort(),
		channels: (["orderedVia", "returnedVia", "paidVia", "paidWhen"] as const).filter((field) => channels.has(field)),
		statusCache: new Map(),
	};
}

function holds(condition: Condition, world: World): boolean {
	if ("notAll" in condition) return !allHold(condition.notAll, world);
	if ("within" in condition) return isDayWithin(world[condition.answer], condition.within);
	return (condition.oneOf as readonly string[]).includes(world[condition.answer]);
}

function allHold(conditions: readonly Condition[], world: World): boolean {
	return conditions.every((condition) => holds(condition, world));
}

function statusOf(model: PathModel, wording: Wording, world: World): Status {
	// Keyed by segment, not by day: the status is the same for every day of a segment.
	const key = `${wording.id}|${world.orderedVia}|${world.returnedVia}|${world.paidVia}|${world.paidWhen}|${segmentIndex(model, world.orderedOn)}|${segmentIndex(model, world.returnedOn)}`;
	const cached = model.statusCache.get(key);
	if (cached) return cached;
	const clause = wording.clauses.find((candidate) => allHold(candidate.all, world));
	// An exclusion matters only where a clause includes the rental: where none does, the windows
	// already leave it out, and naming an exclusion (a "first use" one, say) would give a reason
	// that may not fit the person.
	const exclusions = clause ? model.exclusions.filter((candidate) => allHold(candidate.all, world)) : [];
	// Where the same notice both includes the rental (a clause) and excludes it, neither wins:
	// the notice contradicts itself (facts C15), and the person is told so.
	const contradicting = exclusions.find((exclusion) => sameNotice(exclusion.sources, wording.sources));
	const exclusion = exclusions[0];
	let status: Status;
	if (clause && contradicting) status = { kind: "contradicted", clause: clause.id, exclusion: contradicting.id };
	else if (exclusion) status = { kind: "excluded", exclusion: exclusion.id };
	else if (clause) status = { kind: "in", clause: clause.id };
	else status = { kind: "out" };
	model.statusCache.set(key, status);
	return status;
}

/** An exclusion and a wording are of the same notice when a source carries both. */
function sameNotice(exclusionSources: readonly string[], wordingSources: readonly string[]): boolean {
	return exclusionSources.some((source) => wordingSources.includes(source));
}

function segmentIndex(model: PathModel, day: Day): number {
	let index = 0;
	while (index < model.edges.length && (model.edges[index] as Day) <= day) index++;
	return index;
}

/** The segments as spans: before the first edge, between edges, after the last. */
function segments(model: PathModel): DaySpan[] {
	const starts = [FIRST_DAY, ...model.edges];
	return starts.map((from, index) => {
		const next = starts[index + 1];
		return { from, to: next ? addDays(next, -1) : LAST_DAY };
	});
}

/**
 * Candidate days for a date answer: the first and last allowed day in each segment. They
 * realise every pair of segments the answers allow with the order on or before the return.
 */
export function candidateDays(model: PathModel, span: DayWindow | undefined): Day[] {
	// An open end reaches past every edge: the far day stands for all the days beyond.
	const allowed = { from: span?.from ?? FIRST_DAY, to: span?.to ?? LAST_DAY };
	const days: Day[] = [];
	for (const segment of segments(model)) {
		const from = maxDay(segment.from, allowed.from);
		const to = minDay(segment.to, allowed.to);
		if (from > to) continue;
		days.push(from);
		if (to !== from) days.push(to);
	}
	return days;
}

function channelValues(model: PathModel, answers: RentalAnswers, field: ChannelField): readonly string[] {
	if (!model.channels.includes(field)) return [answers[field]];
	return answers[field] === "unknown" ? KNOWN_VALUES[field] : [answers[field]];
}

/** The segments a date answer reaches, each with its first and last allowed day. */
function reachedSegments(model: PathModel, span: DayWindow | undefined): { first: Day; last: Day }[] {
	const allowed = { from: span?.from ?? FIRST_DAY, to: span?.to ?? LAST_DAY };
	return segments(model).flatMap((segment) => {
		const first = maxDay(segment.from, allowed.from);
		const last = minDay(segment.to, allowed.to);
		return first > last ? [] : [{ first, last }];
	});
}

/**
 * Every concrete rental the answers allow, up to segment equivalence: one per pair of segments
 * (and channels) in which some order day comes on or before some return day.
 */
export function worldsOf(model: PathModel, answers: RentalAnswers): World[] {
	const orderSegments = reachedSegments(model, answers.orderedOn);
	const returnSegments = reachedSegments(model, answers.returnedOn);
	const worlds: World[] = [];
	for (const orderedVia of channelValues(model, answers, "orderedVia")) {
		for (const returnedVia of channelValues(model, answers, "returnedVia")) {
			for (const paidVia of channelValues(model, answers, "paidVia")) {
				for (const paidWhen of channelValues(model, answers, "paidWhen")) {
					for (const order of orderSegments) {
						for (const ret of returnSegments) {
							if (order.first <= ret.last)
								worlds.push({
									orderedVia,
									returnedVia,
									paidVia,
									paidWhen,
									orderedOn: order.first,
									returnedOn: ret.last,
								});
						}
					}
				}
			}
		}
	}
	return worlds;
}

/**
 * What a path's verdict can depend on in some answers: the channels it tests and the segments the
 * date answers' ends fall in. Answers with the same key get the same verdict.
 */
export function answersKey(model: PathModel, answers: RentalAnswers): string {
	const end = (day: Day | undefined) => (day === undefined ? "_" : segmentIndex(model, day));
	return [
		...model.channels.map((field) => answers[field]),
		end(answers.orderedOn?.from),
		end(answers.orderedOn?.to),
		end(answers.returnedOn?.from),
		end(answers.returnedOn?.to),
	].join("|");
}

export function statusesOf(model: PathModel, wording: Wording, worlds: readonly World[]): Status[] {
	return worlds.map((world) => statusOf(model, wording, world));
}

/**
 * The answers this path's criteria still test, given the channels already known: a clause or
 * exclusion that a known channel rules out tests nothing more, and a condition a known channel
 * already meets needs nothing more. Dates always count as open (a remembered span can narrow).
 */
export function fieldsStillTested(model: PathModel, answers: RentalAnswers): Set<AnswerField> {
	const open = new Set<AnswerField>();
	for (const clause of [...model.path.wordings.flatMap((wording) => wording.clauses), ...model.exclusions]) {
		const outcomes = clause.all.map((condition) => partially(condition, answers));
		// A clause with a condition known to fail can no longer hold: nothing in it matters.
		if (outcomes.some((outcome) => outcome === false)) continue;
		for (const outcome of outcomes) if (outcome instanceof Set) for (const field of outcome) open.add(field);
	}
	return open;
}

/** A condition with the known channels filled in: known to hold, known to fail, or the fields it still needs. */
export function partially(condition: Condition, answers: RentalAnswers): boolean | Set<AnswerField> {
	if ("within" in condition) return new Set([condition.answer]);
	if ("oneOf" in condition) {
		const value = answers[condition.answer];
		return value === "unknown" ? new Set([condition.answer]) : (condition.oneOf as readonly string[]).includes(value);
	}
	const members = condition.notAll.map((member) => partially(member, answers));
	if (members.some((member) => member === false)) return true;
	if (members.every((member) => member === true)) return false;
	return new Set(members.flatMap((member) => (member instanceof Set ? [...member] : [])));
}
