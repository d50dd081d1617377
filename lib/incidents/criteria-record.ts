import type { Day, DaySpan } from "../calendar/day";
import type { DayWindow } from "../calendar/interval";
import type { Text } from "../i18n/text";
import type { RecordOrganization } from "./record-organization";
import { defined } from "./record-organization";
import type { ChannelField, DateField, VendorId } from "./rental";
import type {
	Certainty,
	Clause,
	Condition,
	Conflict,
	DataKind,
	EventKind,
	Exclusion,
	ExposurePath,
	Figure,
	Incident,
	IncidentEvent,
	IncidentId,
	PathId,
	QuoteOrigin,
	Source,
	SourceKind,
	Statement,
	Vendor,
	Wording,
} from "./types";

export { type RecordOrganization, type RecordSite, vendorFromOrganization } from "./record-organization";

/**
 * A criteria record as published (lib/criteria/SPEC.md, lib/criteria/record.schema.json): the JSON
 * an advocate writes, and the product's incident data. These types mirror the schema; the
 * functions below map a record to the product's model (`Incident`, `Vendor`, `Source`) and back,
 * and a test holds that the round trip changes nothing.
 */

interface RecordSourced {
	sources: readonly string[];
	certainty: Certainty;
	note?: Text;
}

export type RecordCondition =
	| { field: ChannelField; in: readonly string[] }
	| { field: DateField; within: DayWindow }
	| { not_all: readonly RecordCondition[] };

export interface RecordQuote {
	source: string;
	form: QuoteOrigin["form"];
	lang: QuoteOrigin["lang"];
	text: Text;
}

export interface RecordClause {
	id: string;
	text: Text;
	all: readonly RecordCondition[];
}

export interface RecordWording {
	id: string;
	label: Text;
	short_label: Text;
	quote: RecordQuote;
	sources: readonly string[];
	clauses: readonly RecordClause[];
	reading?: Text;
}

export interface RecordPath {
	id: string;
	name: Text;
	code?: string;
	description: Text;
	sources: readonly string[];
	leaked: RecordSourced & { kinds: readonly DataKind[]; phrase: ExposurePath["leaked"]["phrase"] };
	leaked_on: RecordSourced & DaySpan & { meaning: ExposurePath["leakedOn"]["meaning"] };
	wordings: readonly RecordWording[];
	conflict?: string;
	notes?: readonly { conflict: string; text: Text }[];
}

export interface RecordExclusion {
	id: string;
	applies_to: readonly string[];
	quote: RecordQuote;
	all: readonly RecordCondition[];
	sources: readonly string[];
	note?: Text;
	conflict?: string;
}

export interface RecordEvent {
	id: string;
	kind: EventKind;
	on: Day | DaySpan;
	time?: string;
	text: Text;
	sources: readonly string[];
	certainty: Certainty;
}

export interface RecordSource {
	id: string;
	url: string;
	title?: string;
	about?: Text;
	publisher: string;
	date?: Day;
	kind: SourceKind;
	note?: Text;
	described_as_current?: true;
}

export interface CriteriaRecord {
	/** An editor's pointer to the schema; never read. */
	$schema?: string;
	schema_version: string;
	id: string;
	revision: number;
	modified: string;
	withdrawn?: string;
	time_zone: string;
	vocabulary: string;
	organization: RecordOrganization;
	title: Text;
	notice: RecordSourced & { url: string; title: string };
	announced: RecordSourced & { on: Day };
	figures: { records: RecordSourced & Figure; misuse?: RecordSourced & Figure };
	security_code: RecordSourced & { value: Incident["securityCode"]["value"] };
	paths: readonly RecordPath[];
	exclusions: readonly RecordExclusion[];
	events: readonly RecordEvent[];
	remedies: readonly Statement[];
	message?: RecordSourced & { from: Day; subject?: string; subject_note?: Text; to: Text; said?: Text };
	contact?: Statement;
	conflicts: readonly Conflict[];
	sources: readonly RecordSource[];
}

/**
 * A shipped record, imported as JSON, read as a record: lib/criteria's tests hold every shipped
 * record to the schema and the semantic checks, so the build need not check them again.
 */
export function shippedRecord(json: unknown): CriteriaRecord {
	return json as CriteriaRecord;
}

function sourced({ sources, certainty, note }: RecordSourced): RecordSourced {
	return defined({ sources, certainty, note });
}

function conditionFromRecord(condition: RecordCondition): Condition {
	if ("not_all" in condition) return { notAll: condition.not_all.map(conditionFromRecord) };
	if ("within" in condition) return { answer: condition.field, within: { ...condition.within } };
	return { answer: condition.field, oneOf: [...condition.in] } as Condition;
}

function conditionToRecord(condition: Condition): RecordCondition {
	if ("notAll" in condition) return { not_all: condition.notAll.map(conditionToRecord) };
	if ("within" in condition) return { field: condition.answer, within: { ...condition.within } };
	return { field: condition.answer, in: [...condition.oneOf] };
}

function quoteOrigin({ source, form, lang }: RecordQuote): QuoteOrigin {
	return { source, form, lang };
}

function quoteToRecord(text: Text, origin: QuoteOrigin | undefined, owner: string): RecordQuote {
	if (!origin) throw new Error(`${owner}: the quote has no origin (source, form, language)`);
	return { source: origin.source, form: origin.form, lang: origin.lang, text };
}

export function sourceFromRecord(source: RecordSource): Source {
	const { described_as_current, ...rest } = source;
	return defined({ ...rest, describedAsCurrent: described_as_current });
}

export function sourceToRecord(source: Source): RecordSource {
	const { describedAsCurrent, ...rest } = source;
	return defined({ ...rest, described_as_current: describedAsCurrent });
}

function wordingFromRecord(wording: RecordWording): Wording {
	return defined({
		id: wording.id,
		label: wording.label,
		shortLabel: wording.short_label,
		quote: wording.quote.text,
		sources: wording.sources,
		clauses: wording.clauses.map(
			(clause): Clause => ({ id: clause.id, text: clause.text, all: clause.all.map(conditionFromRecord) }),
		),
		reading: wording.reading,
		quoteOrigin: quoteOrigin(wording.quote),
	});
}

function pathFromRecord(path: RecordPath): ExposurePath {
	const { kinds, phrase, ...leaked } = path.leaked;
	const { from, to, meaning, ...leakedOn } = path.leaked_on;
	return defined({
		id: path.id as PathId,
		name: path.name,
		code: path.code,
		description: path.description,
		sources: path.sources,
		leaked: { value: kinds, ...sourced(leaked), phrase },
		leakedOn: { value: { from, to }, meaning, ...sourced(leakedOn) },
		wordings: path.wordings.map(wordingFromRecord),
		conflict: path.conflict,
		notes: path.notes,
	});
}

function exclusionFromRecord(exclusion: RecordExclusion): Exclusion {
	return defined({
		id: exclusion.id,
		appliesTo: exclusion.applies_to as readonly PathId[],
		quote: exclusion.quote.text,
		all: exclusion.all.map(conditionFromRecord),
		sources: exclusion.sources,
		note: exclusion.note,
		quoteOrigin: quoteOrigin(exclusion.quote),
		conflict: exclusion.conflict,
	});
}

/** Every source id the given parts of a record cite, nested anywhere in them. */
export function citedSources(value: unknown, into = new Set<string>()): Set<string> {
	if (Array.isArray(value)) for (const item of value) citedSources(item, into);
	else if (typeof value === "object" && value !== null) {
		for (const [key, item] of Object.entries(value)) {
			if (key === "sources" && Array.isArray(item)) {
				for (const id of item) if (typeof id === "string") into.add(id);
			} else if (key === "quote" && typeof item === "object" && item !== null && "source" in item) {
				if (typeof item.source === "string") into.add(item.source);
			} else citedSources(item, into);
		}
	}
	return into;
}

/**
 * The incident a record describes, in the product's model. Its `sources` are those the incident's
 * own statements cite (the organization's sites may cite more), in the record's order; taken from
 * `registry` where given, so that the product holds one object per source.
 */
export function incidentFromRecord(record: CriteriaRecord, registry?: Readonly<Record<string, Source>>): Incident {
	const { organization: _organization, sources: _sources, ...statements } = record;
	const cited = citedSources(statements);
	const { records, misuse } = record.figures;
	const { url, title, ...notice } = record.notice;
	const { on, ...announced } = record.announced;
	const { value: securityCode, ...securityCodeSourced } = record.security_code;
	const message = record.message;
	return defined({
		id: record.id as IncidentId,
		dataVersion: record.revision,
		vendor: record.organization.id as VendorId,
		title: record.title,
		notice: { value: { url, title }, ...sourced(notice) },
		announced: { value: on, ...sourced(announced) },
		records: figureFromRecord(records),
		misuse: misuse && figureFromRecord(misuse),
		securityCode: { value: securityCode, ...sourced(securityCodeSourced) },
		paths: record.paths.map(pathFromRecord),
		exclusions: record.exclusions.map(exclusionFromRecord),
		events: record.events as readonly IncidentEvent[],
		remedies: record.remedies,
		customerEmail: message && {
			value: defined({
				from: message.from,
				subject: message.subject,
				subjectNote: message.subject_note,
				to: message.to,
				said: message.said,
			}),
			...sourced(message),
		},
		contact: record.contact,
		conflicts: record.conflicts,
		sources: record.sources
			.filter((source) => cited.has(source.id))
			.map((source) => registry?.[source.id] ?? sourceFromRecord(source)),
		record: defined({
			schemaVersion: record.schema_version,
			modified: record.modified,
			withdrawn: record.withdrawn,
			timeZone: record.time_zone,
			vocabulary: record.vocabulary,
		}),
	}) as Incident;
}

function figureFromRecord({ value, unit, qualifier, ...rest }: RecordSourced & Figure) {
	return { value: { value, unit, qualifier }, ...sourced(rest) };
}

/**
 * The record for an incident of the product's model, its company and the sources they cite (the
 * incident's first, in its order, then the company's others): the inverse of the functions above.
 * An incident without `record` metadata or quote origins (data written before the records) cannot
 * be written as a record: the caller supplies them.
 */
export function recordFromIncident(
	incident: Incident,
	vendor: Vendor,
	sourceById: (id: string) => Source,
): CriteriaRecord {
	const meta = incident.record;
	if (!meta) throw new Error(`${incident.id}: no record metadata`);
	const vendorOnly = vendor.sources.filter((id) => !incident.sources.some((source) => source.id === id));
	const figure = ({ value, ...rest }: Incident["records"]) => defined({ ...value, ...sourced(rest) });
	const email = incident.customerEmail;
	return defined({
		schema_version: meta.schemaVersion,
		id: incident.id,
		revision: incident.dataVersion,
		modified: meta.modified,
		withdrawn: meta.withdrawn,
		time_zone: meta.timeZone,
		vocabulary: meta.vocabulary,
		organization: {
			id: vendor.id,
			name: vendor.name,
			legal_name: vendor.legalName,
			known_as: vendor.knownAs,
			sites: vendor.sites.map((site) =>
				defined({
					domain: site.domain,
					brand: site.brand,
					named_in_notice: site.namedIn2013,
					status: site.status,
					note: site.note,
					sources: site.sources,
				}),
			),
			sources: vendor.sources,
		},
		title: incident.title,
		notice: { ...incident.notice.value, ...sourced(incident.notice) },
		announced: { on: incident.announced.value, ...sourced(incident.announced) },
		figures: defined({ records: figure(incident.records), misuse: incident.misuse && figure(incident.misuse) }),
		security_code: { value: incident.securityCode.value, ...sourced(incident.securityCode) },
		paths: incident.paths.map((path) =>
			defined({
				id: path.id,
				name: path.name,
				code: path.code,
				description: path.description,
				sources: path.sources,
				leaked: { kinds: path.leaked.value, phrase: path.leaked.phrase, ...sourced(path.leaked) },
				leaked_on: { ...path.leakedOn.value, meaning: path.leakedOn.meaning, ...sourced(path.leakedOn) },
				wordings: path.wordings.map((wording) =>
					defined({
						id: wording.id,
						label: wording.label,
						short_label: wording.shortLabel,
						quote: quoteToRecord(wording.quote, wording.quoteOrigin, wording.id),
						sources: wording.sources,
						clauses: wording.clauses.map((clause) => ({
							id: clause.id,
							text: clause.text,
							all: clause.all.map(conditionToRecord),
						})),
						reading: wording.reading,
					}),
				),
				conflict: path.conflict,
				notes: path.notes,
			}),
		),
		exclusions: incident.exclusions.map((exclusion) =>
			defined({
				id: exclusion.id,
				applies_to: exclusion.appliesTo,
				quote: quoteToRecord(exclusion.quote, exclusion.quoteOrigin, exclusion.id),
				all: exclusion.all.map(conditionToRecord),
				sources: exclusion.sources,
				note: exclusion.note,
				conflict: exclusion.conflict,
			}),
		),
		events: incident.events,
		remedies: incident.remedies,
		message:
			email &&
			defined({
				from: email.value.from,
				subject: email.value.subject,
				subject_note: email.value.subjectNote,
				to: email.value.to,
				said: email.value.said,
				...sourced(email),
			}),
		contact: incident.contact,
		conflicts: incident.conflicts,
		sources: [...incident.sources, ...vendorOnly.map(sourceById)].map(sourceToRecord),
	}) as CriteriaRecord;
}
