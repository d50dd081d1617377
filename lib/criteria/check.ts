import { isDay } from "../calendar/day";
import { buildModel, statusesOf, worldsOf } from "../exposure/model";
import { type CheckCode, type CheckFormKey, checkForm, checkMessage, checkMessages } from "../i18n/criteria-messages";
import { LOCALES, type Text } from "../i18n/text";
import {
	type CriteriaRecord,
	incidentFromRecord,
	type RecordCondition,
	type RecordPath,
} from "../incidents/criteria-record";
import { blankAnswers, type VendorId } from "../incidents/rental";
import type { Exclusion, ExposurePath, Incident, Wording } from "../incidents/types";
import { fieldOf, VOCABULARIES, type Vocabulary } from "./vocabulary";

/**
 * The record validator (lib/criteria/SPEC.md, "Checks"): the JSON Schema first, by the validator
 * Ajv generates from lib/criteria/record.schema.json (passed in, so this stays pure), then what a
 * schema cannot check. Every error has a code, the JSON path of what is wrong, and a sentence in
 * both languages a person can act on without reading code.
 */

/** One error as Ajv reports it. */
export interface SchemaError {
	instancePath: string;
	schemaPath: string;
	keyword: string;
	params: Record<string, unknown>;
	message?: string;
}

/** Ajv's generated validator: returns whether the data passes, and leaves the errors on itself. */
export interface SchemaValidator {
	(data: unknown): boolean;
	errors?: readonly SchemaError[] | null;
}

export interface CheckError {
	code: CheckCode;
	/** Where, as a JSON path from the record's root: `$.paths[1].wordings[0].quote.source`. */
	path: string;
	message: Text;
}

export interface CheckResult {
	errors: CheckError[];
	/** The record, when it passed every check. */
	record?: CriteriaRecord;
}

type Values = Readonly<Record<string, string | number>>;

function error(code: CheckCode, path: string, values?: Values): CheckError {
	return {
		code,
		path,
		message: Object.fromEntries(LOCALES.map((locale) => [locale, checkMessage(locale, code, values)])) as Text,
	};
}

/** `/paths/0/id` → `$.paths[0].id`. */
export function jsonPath(pointer: string): string {
	if (pointer === "") return "$";
	return `$${pointer
		.split("/")
		.slice(1)
		.map((part) => part.replace(/~1/g, "/").replace(/~0/g, "~"))
		.map((part) =>
			/^\d+$/.test(part)
				? `[${part}]`
				: /^[A-Za-z_][A-Za-z0-9_]*$/.test(part)
					? `.${part}`
					: `[${JSON.stringify(part)}]`,
		)
		.join("")}`;
}

const FORMS: Record<string, CheckFormKey> = {
	day: "form.day",
	timestamp: "form.timestamp",
	url: "form.url",
	id: "form.id",
	conflictId: "form.conflictId",
	plain: "form.plain",
	domain: "form.domain",
	time: "form.time",
	schema_version: "form.schema_version",
	vocabulary: "form.vocabulary",
	time_zone: "form.time_zone",
	fieldName: "form.fieldName",
};

function inBoth(write: (locale: (typeof LOCALES)[number]) => string): Text {
	return Object.fromEntries(LOCALES.map((locale) => [locale, write(locale)])) as Text;
}

/** A schema error in the format's own terms. */
function fromSchema(found: SchemaError): CheckError {
	const path = jsonPath(found.instancePath);
	const { keyword, params } = found;
	const both = (code: CheckCode, values: (locale: (typeof LOCALES)[number]) => Values): CheckError => ({
		code,
		path,
		message: inBoth((locale) => checkMessage(locale, code, values(locale))),
	});
	switch (keyword) {
		case "required":
			if (isWrongShape(found)) return error("OBC-SCH-008", path);
			return error("OBC-SCH-001", path, { name: String(params.missingProperty) });
		case "additionalProperties":
			return error("OBC-SCH-002", path, { name: String(params.additionalProperty) });
		case "type": {
			const key = `type.${params.type}` as CheckFormKey;
			return both("OBC-SCH-003", (locale) => ({
				type: key in FORM_KEYS ? checkForm(locale, key) : String(params.type),
			}));
		}
		case "enum":
		case "const": {
			const allowed = (params.allowedValues as unknown[] | undefined) ?? [params.allowedValue];
			return error("OBC-SCH-004", path, { value: valueText(found), allowed: allowed.map(String).join(", ") });
		}
		case "pattern": {
			const segments = found.schemaPath.split("/");
			const name = segments[segments.length - 2] ?? "";
			const key = FORMS[name] ?? "form.other";
			return both("OBC-SCH-005", (locale) => ({ form: checkForm(locale, key) }));
		}
		case "minItems":
		case "minProperties":
			return error("OBC-SCH-006", path);
		case "minimum":
			return error("OBC-SCH-007", path, { limit: String(params.limit) });
		case "oneOf":
			return error("OBC-SCH-009", path);
		default:
			return error("OBC-SCH-010", path, { detail: `${keyword}: ${found.message ?? ""}`.trim() });
	}
}

const FORM_KEYS: Record<string, true> = {
	"type.string": true,
	"type.object": true,
	"type.array": true,
	"type.integer": true,
	"type.boolean": true,
};

/** The offending value, where Ajv's error leaves it to be found (set by `schemaErrors`). */
const offending = new WeakMap<SchemaError, unknown>();
function valueText(found: SchemaError): string {
	const value = offending.get(found);
	return typeof value === "string" ? value : JSON.stringify(value);
}

function at(root: unknown, pointer: string): unknown {
	let value = root;
	for (const part of pointer.split("/").slice(1)) {
		const key = part.replace(/~1/g, "/").replace(/~0/g, "~");
		value = typeof value === "object" && value !== null ? (value as Record<string, unknown>)[key] : undefined;
	}
	return value;
}

/**
 * Ajv's errors, each once and where it helps: the `if` that chose a condition's shape is not an
 * error of its own, and a day-or-span that is neither is one error, not one per shape.
 */
function schemaErrors(input: unknown, found: readonly SchemaError[]): CheckError[] {
	const shapes = found.filter((candidate) => candidate.keyword === "oneOf").map((candidate) => candidate.instancePath);
	const wrongShape = found.filter(isWrongShape).map((candidate) => candidate.instancePath);
	const kept = found.filter((candidate) => {
		if (candidate.keyword === "if") return false;
		if (candidate.keyword !== "oneOf" && shapes.some((shape) => within(candidate.instancePath, shape))) return false;
		if (wrongShape.includes(candidate.instancePath) && !isWrongShape(candidate)) return false;
		return true;
	});
	for (const candidate of kept) offending.set(candidate, at(input, candidate.instancePath));
	const errors = kept.map(fromSchema);
	return errors.filter(
		(candidate, index) =>
			errors.findIndex((other) => other.code === candidate.code && other.path === candidate.path) === index,
	);
}

/**
 * A condition with none of the three shapes: the schema's last branch (`{ field, in }`) misses
 * `in`. (Ajv names the branch relative to the condition's own schema, `…/else/else/required`.)
 */
function isWrongShape(found: SchemaError): boolean {
	return (
		found.keyword === "required" &&
		found.params.missingProperty === "in" &&
		found.schemaPath.endsWith("else/else/required")
	);
}

function within(path: string, parent: string): boolean {
	return path === parent || path.startsWith(`${parent}/`);
}

/** Every value in a tree, with its JSON path. */
function* walk(value: unknown, path = "$"): Generator<[string, unknown]> {
	yield [path, value];
	if (Array.isArray(value)) {
		for (const [index, item] of value.entries()) yield* walk(item, `${path}[${index}]`);
	} else if (typeof value === "object" && value !== null) {
		for (const [key, item] of Object.entries(value)) yield* walk(item, `${path}.${key}`);
	}
}

const DAY_SHAPE = /^\d{4}-\d{2}-\d{2}$/;
const isObject = (value: unknown): value is Record<string, unknown> => typeof value === "object" && value !== null;

function dayErrors(record: CriteriaRecord): CheckError[] {
	const errors: CheckError[] = [];
	for (const [path, value] of walk(record)) {
		if (path.endsWith(".modified") || path.endsWith(".withdrawn")) {
			const text = value as string;
			const [clock = ""] = text.slice(11).split(/[.Z]/);
			const [hours, minutes, seconds] = clock.split(":").map(Number);
			if (!isDay(text.slice(0, 10)) || (hours ?? 99) > 23 || (minutes ?? 99) > 59 || (seconds ?? 99) > 59)
				errors.push(error("OBC-DAY-001", path, { value: text }));
		} else if (typeof value === "string" && DAY_SHAPE.test(value) && !isDay(value)) {
			errors.push(error("OBC-DAY-001", path, { value }));
		}
	}
	for (const [path, value] of walk(record)) {
		if (!isObject(value) || typeof value.from !== "string" || typeof value.to !== "string") continue;
		if (isDay(value.from) && isDay(value.to) && value.from > value.to)
			errors.push(error("OBC-DAY-002", path, { from: value.from, to: value.to }));
	}
	return errors;
}

function duplicateIds(entries: readonly [string, string][]): CheckError[] {
	const seen = new Set<string>();
	const errors: CheckError[] = [];
	for (const [path, id] of entries) {
		if (seen.has(id)) errors.push(error("OBC-ID-001", path, { id }));
		seen.add(id);
	}
	return errors;
}

function idErrors(record: CriteriaRecord): CheckError[] {
	const statements: [string, string][] = [];
	for (const [index, path] of record.paths.entries()) {
		statements.push([`$.paths[${index}].id`, path.id]);
		for (const [w, wording] of path.wordings.entries()) {
			statements.push([`$.paths[${index}].wordings[${w}].id`, wording.id]);
			for (const [c, clause] of wording.clauses.entries())
				statements.push([`$.paths[${index}].wordings[${w}].clauses[${c}].id`, clause.id]);
		}
	}
	for (const [index, exclusion] of record.exclusions.entries())
		statements.push([`$.exclusions[${index}].id`, exclusion.id]);
	for (const [index, event] of record.events.entries()) statements.push([`$.events[${index}].id`, event.id]);
	for (const [index, remedy] of record.remedies.entries()) statements.push([`$.remedies[${index}].id`, remedy.id]);
	if (record.contact) statements.push(["$.contact.id", record.contact.id]);
	return [
		...duplicateIds(statements),
		...duplicateIds(record.sources.map((source, index) => [`$.sources[${index}].id`, source.id])),
		...duplicateIds(record.conflicts.map((conflict, index) => [`$.conflicts[${index}].id`, conflict.id])),
		...duplicateIds(
			record.organization.sites.map((site, index) => [`$.organization.sites[${index}].domain`, site.domain]),
		),
	];
}

function referenceErrors(record: CriteriaRecord): CheckError[] {
	const errors: CheckError[] = [];
	const listed = new Set(record.sources.map((source) => source.id));
	const cited = new Set<string>();
	const { sources: _listed, ...rest } = record;
	for (const [path, value] of walk(rest)) {
		const ids =
			path.endsWith(".sources") && Array.isArray(value)
				? value.map((id, index) => [`${path}[${index}]`, id] as const)
				: path.endsWith(".quote.source") && typeof value === "string"
					? [[path, value] as const]
					: [];
		for (const [where, id] of ids) {
			if (typeof id !== "string") continue;
			cited.add(id);
			if (!listed.has(id)) errors.push(error("OBC-REF-001", where, { id }));
		}
	}
	for (const [index, source] of record.sources.entries())
		if (!cited.has(source.id)) errors.push(error("OBC-REF-002", `$.sources[${index}]`, { id: source.id }));
	const paths = record.paths.map((path) => path.id);
	for (const [index, exclusion] of record.exclusions.entries())
		for (const [p, id] of exclusion.applies_to.entries())
			if (!paths.includes(id))
				errors.push(error("OBC-REF-003", `$.exclusions[${index}].applies_to[${p}]`, { id, ids: paths.join(", ") }));
	const conflicts = new Set(record.conflicts.map((conflict) => conflict.id));
	const named: [string, string | undefined][] = [
		...record.paths.flatMap((path, index): [string, string | undefined][] => [
			[`$.paths[${index}].conflict`, path.conflict],
			...(path.notes ?? []).map((note, n): [string, string] => [
				`$.paths[${index}].notes[${n}].conflict`,
				note.conflict,
			]),
		]),
		...record.exclusions.map((exclusion, index): [string, string | undefined] => [
			`$.exclusions[${index}].conflict`,
			exclusion.conflict,
		]),
	];
	for (const [path, id] of named)
		if (id !== undefined && !conflicts.has(id)) errors.push(error("OBC-REF-004", path, { id }));
	const organizationSources = new Set(record.organization.sources);
	for (const [index, site] of record.organization.sites.entries())
		for (const [s, id] of site.sources.entries())
			if (!organizationSources.has(id))
				errors.push(error("OBC-ORG-001", `$.organization.sites[${index}].sources[${s}]`, { id }));
	return errors;
}

function quoteErrors(record: CriteriaRecord): CheckError[] {
	const owners = [
		...record.paths.flatMap((path, index) =>
			path.wordings.map((wording, w) => ({ where: `$.paths[${index}].wordings[${w}]`, owner: wording })),
		),
		...record.exclusions.map((exclusion, index) => ({ where: `$.exclusions[${index}]`, owner: exclusion })),
	];
	return owners
		.filter(({ owner }) => !owner.sources.includes(owner.quote.source))
		.map(({ where, owner }) =>
			error("OBC-QUO-001", `${where}.quote.source`, { source: owner.quote.source, ids: owner.sources.join(", ") }),
		);
}

/** Every condition of the criteria with its JSON path, `not_all` members included. */
function* conditions(record: CriteriaRecord): Generator<[string, RecordCondition]> {
	function* inside(list: readonly RecordCondition[], path: string): Generator<[string, RecordCondition]> {
		for (const [index, condition] of list.entries()) {
			yield [`${path}[${index}]`, condition];
			if ("not_all" in condition) yield* inside(condition.not_all, `${path}[${index}].not_all`);
		}
	}
	for (const [p, path] of record.paths.entries())
		for (const [w, wording] of path.wordings.entries())
			for (const [c, clause] of wording.clauses.entries())
				yield* inside(clause.all, `$.paths[${p}].wordings[${w}].clauses[${c}].all`);
	for (const [index, exclusion] of record.exclusions.entries())
		yield* inside(exclusion.all, `$.exclusions[${index}].all`);
}

function vocabularyErrors(record: CriteriaRecord, vocabulary: Vocabulary): CheckError[] {
	const errors: CheckError[] = [];
	for (const [path, condition] of conditions(record)) {
		if ("not_all" in condition) continue;
		const field = fieldOf(vocabulary, condition.field);
		if (!field) {
			errors.push(
				error("OBC-VOC-002", `${path}.field`, {
					field: condition.field,
					vocabulary: record.vocabulary,
					fields: vocabulary.fields.map((candidate) => candidate.id).join(", "),
				}),
			);
			continue;
		}
		if ("in" in condition) {
			if (field.type === "day") {
				errors.push(error("OBC-VOC-004", `${path}.in`, { field: field.id }));
				continue;
			}
			const values = (field.values ?? []).map((value) => value.id);
			for (const [index, value] of condition.in.entries())
				if (!values.includes(value))
					errors.push(
						error("OBC-VOC-003", `${path}.in[${index}]`, { value, field: field.id, values: values.join(", ") }),
					);
		} else if (field.type === "choice") {
			errors.push(error("OBC-VOC-005", `${path}.within`, { field: field.id }));
		}
	}
	return errors;
}

function wordingErrors(record: CriteriaRecord): CheckError[] {
	return record.paths.flatMap((path: RecordPath, index) =>
		path.wordings.length > 1 && path.conflict === undefined
			? [error("OBC-WRD-001", `$.paths[${index}]`, { count: path.wordings.length })]
			: [],
	);
}

function eventErrors(record: CriteriaRecord): CheckError[] {
	const first = (on: (typeof record.events)[number]["on"]) => (typeof on === "string" ? on : on.from);
	return record.events.flatMap((event, index) => {
		const previous = record.events[index - 1];
		if (!previous || first(previous.on) <= first(event.on)) return [];
		return [error("OBC-EVT-001", `$.events[${index}]`, { day: first(event.on), previous: first(previous.on) })];
	});
}

/** Whether any rental the vocabulary allows meets all of these conditions (by the engine's own worlds). */
function canHold(incident: Incident, all: Wording["clauses"][number]["all"]): boolean {
	const wording: Wording = {
		id: "can-hold",
		label: incident.title,
		shortLabel: incident.title,
		quote: incident.title,
		sources: [],
		clauses: [{ id: "can-hold", text: incident.title, all }],
	};
	const path: ExposurePath = { ...(incident.paths[0] as ExposurePath), wordings: [wording] };
	const model = buildModel({ ...incident, exclusions: [], paths: [path] }, path);
	const worlds = worldsOf(model, blankAnswers(incident.vendor));
	return statusesOf(model, wording, worlds).some((status) => status.kind === "in");
}

/**
 * The checks that need the criteria's meaning, made with the engine's own model: a clause or an
 * exclusion no rental can meet, and an exclusion of the same notice that collides with a clause
 * without a conflict saying so.
 */
function meaningErrors(record: CriteriaRecord): CheckError[] {
	const incident = incidentFromRecord(record);
	const errors: CheckError[] = [];
	for (const [p, path] of incident.paths.entries())
		for (const [w, wording] of path.wordings.entries())
			for (const [c, clause] of wording.clauses.entries())
				if (!canHold(incident, clause.all))
					errors.push(error("OBC-CLS-001", `$.paths[${p}].wordings[${w}].clauses[${c}]`));
	for (const [index, exclusion] of incident.exclusions.entries()) {
		if (!canHold(incident, exclusion.all)) {
			errors.push(error("OBC-EXC-001", `$.exclusions[${index}]`));
			continue;
		}
		if (exclusion.conflict !== undefined) continue;
		const collision = collisionOf(incident, exclusion);
		if (collision) errors.push(error("OBC-EXC-002", `$.exclusions[${index}]`, collision));
	}
	return errors;
}

function collisionOf(incident: Incident, exclusion: Exclusion): { clause: string; path: string } | undefined {
	for (const path of incident.paths) {
		if (!exclusion.appliesTo.includes(path.id)) continue;
		const model = buildModel({ ...incident, exclusions: [exclusion] }, path);
		const worlds = worldsOf(model, blankAnswers(incident.vendor as VendorId));
		for (const wording of path.wordings) {
			const contradicted = statusesOf(model, wording, worlds).find((status) => status.kind === "contradicted");
			if (contradicted && contradicted.kind === "contradicted") return { clause: contradicted.clause, path: path.id };
		}
	}
	return undefined;
}

/** Every problem with a record; none means it may be evaluated. */
export function checkRecord(input: unknown, validate: SchemaValidator): CheckResult {
	if (!validate(input)) return { errors: schemaErrors(input, validate.errors ?? []) };
	const record = input as CriteriaRecord;
	const vocabulary = VOCABULARIES[record.vocabulary];
	const structural = [
		...dayErrors(record),
		...idErrors(record),
		...referenceErrors(record),
		...quoteErrors(record),
		...wordingErrors(record),
		...(vocabulary
			? vocabularyErrors(record, vocabulary)
			: [
					error("OBC-VOC-001", "$.vocabulary", {
						vocabulary: record.vocabulary,
						known: Object.keys(VOCABULARIES).join(", "),
					}),
				]),
	];
	const days = structural.some((found) => found.code.startsWith("OBC-DAY"));
	// The engine can read the criteria only when their days and vocabulary are sound.
	const meaning = days || structural.some((found) => found.code.startsWith("OBC-VOC")) ? [] : meaningErrors(record);
	const errors = [...structural, ...(days ? [] : eventErrors(record)), ...meaning];
	return errors.length > 0 ? { errors } : { errors, record };
}

/** The same for a file's text: JSON that cannot be read is an error too, never a crash. */
export function checkRecordText(text: string, validate: SchemaValidator): CheckResult {
	let input: unknown;
	try {
		input = JSON.parse(text);
	} catch (problem) {
		return { errors: [error("OBC-JSON-001", "$", { detail: (problem as Error).message })] };
	}
	return checkRecord(input, validate);
}

/** Every code the validator can report (for the spec's table and the tests). */
export const CHECK_CODES = Object.keys(checkMessages) as CheckCode[];
