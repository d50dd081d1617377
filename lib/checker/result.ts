import { describeDay, describeSpan, describeWindow, precisionOf, westernDay, westernSpan } from "../calendar/era";
import type { CompanyRental, CompanyResult, PersonResult } from "../exposure/company";
import type { Finding, Lead, Verdict, WayForward, WordingOutcome } from "../exposure/types";
import { capitalized, labelled, qualify } from "../i18n/banner-messages";
import { dataKindLabel, list } from "../i18n/messages";
import { fieldLabel, say as message, type ResultMessageKey, sourceKindLabel } from "../i18n/result-messages";
import type { Locale } from "../i18n/text";
import { accessPeriodsBeyondPaths, incidentById, incidentsOf, sourceOf } from "../incidents";
import {
	ANSWER_FIELDS,
	type ChannelField,
	type EmailAnswer,
	type RentalField,
	type VendorId,
} from "../incidents/rental";
import { DATA_KINDS, type DataKind, type ExposurePath, type Incident, type Source } from "../incidents/types";
import { vendorById } from "../incidents/vendors";
import type { StepId } from "./checker-form";
import { channelLabel } from "./labels";

/**
 * The result as a person reads it, in one language: one model that the screen, the copied summary
 * and the print view all render, so they cannot disagree. Plain words up front; server codes,
 * conflict ids, clause wordings and source kinds only in each card's sources.
 */

export interface SettleControl {
	rental: number;
	/** A rental's question, the company's message (asked once per company), or which company it was. */
	field: RentalField | "message";
	/** The control's words: what to answer. */
	label: string;
	/** The question in plain words, for the summary: "When you ordered". */
	question: string;
	/** Where each answer leads: "If on or before 14 October 2012, included". */
	leads: string[];
}

export interface CompanyView {
	vendor: VendorId;
	/** The company's name in the locale. */
	name: string;
	verdict: Verdict;
	byMessage: boolean;
	/** The verdict holds only if the rental (whose company is not remembered) was this company's. */
	conditional: boolean;
	sentence: string;
	/** Why, in plain words: the server(s), the company's message, how both hold. */
	because: string[];
	/** Data kinds: `certain` whichever server it was; `possible` only on some servers. */
	leaked: { certain: string[]; possible: string[] };
	/** The words above each list: the notice's own phrase ("may have leaked") and whose servers. */
	leakedLabels: { certain: string; possible: string };
	/** For "possibly": each question whose answer can settle it, and where each answer leads. */
	settle: SettleControl[];
	/** For "possibly" where no single answer settles it: why, in plain words. */
	noSettle?: string;
	/** What is known of the company's breach beyond each server's own dates: the regulator's access period. */
	when: string[];
}

export interface SourceLine {
	kind: string;
	/** The page's title, or what the page is where it has no known title. */
	title: string;
	url: string;
	/** Publisher and date, in the locale. */
	meta: string;
	note?: string;
}

export interface CardView {
	/** Unique per rental and company: two rentals' cards of one server never share an id. */
	id: string;
	rental: number;
	verdict: Verdict;
	byMessage: boolean;
	title: string;
	badge: string;
	description: string;
	/** Why, in one plain sentence, then what it points at. */
	summary: string;
	points: string[];
	/** Why this card's badge sits beside a different verdict for the company. */
	context?: string;
	leaked: string;
	when: string[];
	notes: string[];
	sources: {
		primary: string;
		/** The notice's own name for the server (「AP-A」), where it has one. */
		serverCode?: string;
		wordings: { label: string; badge: string; quote: string; reading?: string }[];
		conflicts: { id: string; title: string; text: string }[];
		list: SourceLine[];
	};
}

export interface RentalView {
	rental: number;
	vendor: VendorId;
	/** The rental's verdict on this company's servers (were it this company's). */
	verdict: Verdict;
	heading: string;
	cards: CardView[];
	/** Every answer of the rental: given, not needed for this result, or not remembered. */
	answers: { label: string; value: string }[];
}

export interface StepView {
	id: StepId;
	text: string;
}

export interface ResultView {
	verdict: Verdict | undefined;
	overall?: string;
	companies: CompanyView[];
	/** Per rental and company it may be with, in rental order. */
	rentals: RentalView[];
	/** The company's message, per company asked about: every answer given, for the summary. */
	messages: { label: string; value: string }[];
	todo: {
		/** Shown before the steps: for "possibly", that they are in case the rental was included. */
		intro?: string;
		steps: StepView[];
		/** Where nothing was included. */
		none?: string;
		offered: { title: string; lines: string[]; contactThen?: string }[];
	};
}

const BADGE: Record<Verdict, ResultMessageKey> = {
	exposed: "badge.exposed",
	"possibly-exposed": "badge.possibly-exposed",
	"not-exposed": "badge.not-exposed",
};

/** A finding's path and incident, from the data. */
export function pathOf(finding: Pick<Finding, "incident" | "path">): { incident: Incident; path: ExposurePath } {
	const incident = incidentById(finding.incident);
	const path = incident.paths.find((candidate) => candidate.id === finding.path);
	if (!path) throw new Error(`${finding.incident} has no path ${finding.path}`);
	return { incident, path };
}

function serverName(locale: Locale, finding: Pick<Finding, "incident" | "path">): string {
	return pathOf(finding).path.name[locale];
}

/** Data kinds in words, always in the one order (audit G23). */
function kindsText(locale: Locale, kinds: readonly DataKind[]): string[] {
	return DATA_KINDS.filter((kind) => kinds.includes(kind)).map((kind) => dataKindLabel(locale, kind));
}

/** "rental 1 and rental 2", 「レンタル1、レンタル2」. */
function rentalsText(locale: Locale, numbers: readonly number[]): string {
	const names = numbers.map((n) => message(locale, "rentalNamed", { n }));
	if (locale === "ja" || names.length < 2) return list(locale, names);
	return `${names.slice(0, -1).join(", ")} and ${names.at(-1)}`;
}

const companyName = (locale: Locale, vendor: VendorId) => vendorById(vendor).name[locale];

/** The rentals that leave this company's verdict open or sure, and those whose company is not remembered. */
function openRentals(company: CompanyResult) {
	const open = company.rentals.filter((rental) => rental.verdict !== "not-exposed");
	return {
		sure: open.filter((rental) => !rental.conditional && rental.verdict === "exposed"),
		possible: open.filter((rental) => rental.conditional || rental.verdict === "possibly-exposed"),
	};
}

function companySentence(locale: Locale, company: CompanyResult, severalRentals: boolean): string {
	const name = companyName(locale, company.vendor);
	// Rentals are named wherever the person entered more than one, whichever company they are with.
	const several = company.rentals.length > 1 || severalRentals;
	const { sure, possible } = openRentals(company);
	if (company.byMessage) return message(locale, "company.message", { company: name });
	if (company.conditional && possible.length === 1) {
		// The rental's company is not remembered: what holds if it was this one's, said as such.
		const [rental] = possible as [CompanyRental];
		const outcome = rental.verdict === "exposed" ? "exposed" : "possibly";
		return several
			? message(locale, `company.ifItWas.${outcome}.rental`, {
					company: name,
					rental: message(locale, "rentalNamed", { n: rental.rental }),
				})
			: message(locale, `company.ifItWas.${outcome}`, { company: name });
	}
	if (company.verdict === "exposed") {
		if (company.rentals.length === 1) return message(locale, "company.exposed", { company: name });
		const numbers = (rentals: readonly CompanyRental[]) => rentals.map((rental) => rental.rental);
		const sentence = message(locale, sure.length === 1 ? "company.exposed.one" : "company.exposed.many", {
			company: name,
			rentals: rentalsText(locale, numbers(sure)),
		});
		// The others are named too: "at least one" would understate what the cards say (audit G12).
		if (possible.length === 0) return sentence;
		const also = message(locale, "company.alsoPossibly", { rentals: rentalsText(locale, numbers(possible)) });
		return `${sentence}${locale === "ja" ? "" : " "}${locale === "en" ? capitalized(also) : also}`;
	}
	if (company.verdict === "possibly-exposed" && company.rentals.length > 1)
		return message(locale, "company.possibly.named", {
			company: name,
			rentals: rentalsText(
				locale,
				possible.map((rental) => rental.rental),
			),
		});
	const key = company.verdict === "possibly-exposed" ? "company.possibly" : "company.not";
	return message(locale, company.rentals.length > 1 ? (`${key}.several` as ResultMessageKey) : key, { company: name });
}

function because(locale: Locale, company: CompanyResult, severalRentals: boolean): string[] {
	const name = companyName(locale, company.vendor);
	const servers = (list_: readonly CompanyResult["servers"][number][]) =>
		list(
			locale,
			list_.map((server) => serverName(locale, server)),
		);
	const exposed = company.servers.filter((server) => server.verdict === "exposed");
	const open = company.servers.filter((server) => server.verdict !== "not-exposed");
	const lines: string[] = [];
	const unknownRental = company.rentals.find((rental) => rental.conditional);
	if (company.conditional && unknownRental)
		lines.push(
			severalRentals
				? message(locale, "because.ifItWas.rental", { company: name, n: unknownRental.rental })
				: message(locale, "because.ifItWas", { company: name }),
		);
	if (company.message === "received") lines.push(message(locale, "because.message", { company: name }));
	if (company.messageAgainstAnswers) lines.push(message(locale, "because.messageAgainst"));
	else if (company.messageIfItWas && unknownRental) {
		// Only a rental whose company is not remembered points at a server: through it, if it was this
		// company's; otherwise the message concerns a rental not entered here.
		const other = unknownRental.assessment.companies.find((candidate) => candidate.vendor !== company.vendor);
		lines.push(
			message(locale, "because.messageIfItWas", {
				company: name,
				servers: servers(open),
				other: other ? companyName(locale, other.vendor) : "",
			}),
		);
	} else if (company.byMessage && exposed.length === 1 && exposed[0]?.byMessage && company.servers.length > 1)
		lines.push(message(locale, "because.messageOneServer", { server: servers(exposed) }));
	else if (company.byMessage && open.length > 1 && company.servers.length > 1)
		lines.push(message(locale, "because.messageSeveral", { servers: servers(open) }));
	else if (exposed.length > 0 && company.servers.length > 1)
		lines.push(message(locale, "because.servers", { servers: servers(exposed) }));
	return lines;
}

/** The notice's own phrase for what its servers held: "may have leaked" wherever any server says so. */
function leakPhrase(servers: readonly Pick<Finding, "incident" | "path">[]): "may-have-leaked" | "leaked" {
	return servers.some((server) => pathOf(server).path.leaked.phrase === "may-have-leaked")
		? "may-have-leaked"
		: "leaked";
}

function leakedLabels(locale: Locale, company: CompanyResult): CompanyView["leakedLabels"] {
	const open = company.servers.filter((server) => server.verdict !== "not-exposed");
	const phrase = leakPhrase(open.length > 0 ? open : company.servers);
	const when = company.conditional ? "ifItWas" : company.verdict === "exposed" ? "sure" : "ifIncluded";
	// The kinds only some servers held: which servers, so "company, department" reads as the
	// corporate sites' data, not everyone's (issue 23, item 4).
	const holders = company.servers.filter((server) =>
		company.leaked.possible.some((kind) => pathOf(server).path.leaked.value.includes(kind)),
	);
	return {
		certain: message(locale, `leaked.${when}.${phrase}`, { company: companyName(locale, company.vendor) }),
		possible: message(locale, "leaked.onlySome", {
			servers: list(
				locale,
				holders.map((server) => serverName(locale, server)),
			),
		}),
	};
}

/** Why no single answer settles a "possibly", in plain words, from the findings' reasons. */
function noSettleReason(rentals: readonly CompanyRental[]): ResultMessageKey {
	const reasons = rentals.flatMap((rental) =>
		rental.findings.filter((finding) => finding.verdict === "possibly-exposed").map((finding) => finding.reason.kind),
	);
	if (reasons.length > 0 && reasons.every((reason) => reason === "notice-contradicts-itself"))
		// Every answer given: no answer about the rental can settle it at all.
		return rentals.every((rental) => rental.assessment.couldChange.length === 0)
			? "noSettle.contradiction.all"
			: "noSettle.contradiction";
	// Each wording definite and different: remembering more never changes either.
	if (reasons.length > 0 && reasons.every((reason) => reason === "sources-disagree")) return "noSettle.disagree";
	return "noSettle.several";
}

const VERDICT_WORD: Record<Verdict, ResultMessageKey> = {
	exposed: "lead.exposed",
	"possibly-exposed": "lead.possibly-exposed",
	"not-exposed": "lead.not-exposed",
};

/** Some values of an answer in words: a run of days, or choices joined by "or". */
function valuesText(locale: Locale, field: RentalField, lead: Lead, vendor: VendorId | "unknown"): string {
	if ("days" in lead.values) {
		const { from, to } = lead.values.days;
		if (from !== undefined && to !== undefined) {
			const span = { from, to };
			return westernSpan(span, precisionOf(span), locale);
		}
		if (to !== undefined) return message(locale, "lead.onOrBefore", { day: westernDay(to, locale) });
		return message(locale, "lead.onOrAfter", { day: westernDay(from as string, locale) });
	}
	const words = lead.values.choices.map((value) =>
		field === "vendor"
			? message(locale, "lead.company", { company: companyName(locale, value as VendorId) })
			: channelLabel(locale, field as ChannelField, value as never, vendor),
	);
	const joined = words.join(locale === "ja" ? message(locale, "lead.or") : ` ${message(locale, "lead.or")} `);
	// "if by courier": a channel's words go mid-sentence; a company's name keeps its capital.
	return locale === "en" && field !== "vendor" ? joined.charAt(0).toLowerCase() + joined.slice(1) : joined;
}

/** Where one set of values leads: 「2012年10月14日以前なら対象」, "If on or before 14 October 2012, included". */
function leadText(locale: Locale, field: RentalField, lead: Lead, vendor: VendorId | "unknown"): string {
	return message(locale, "lead", {
		values: valuesText(locale, field, lead, vendor),
		verdict: message(locale, VERDICT_WORD[lead.verdict]),
	});
}

function questionWords(locale: Locale, field: RentalField | "message", vendor: VendorId): string {
	if (field === "message") return message(locale, "field.message", { company: companyName(locale, vendor) });
	return fieldLabel(locale, field);
}

/** The control for one way forward: the question, or for a span answered loosely the day that splits it. */
function wayControl(locale: Locale, rental: CompanyRental, way: WayForward, several: boolean): SettleControl {
	const question = fieldLabel(locale, way.field);
	const n = rental.rental;
	const suffix = several ? ".rental" : "";
	const answered = way.field === "orderedOn" || way.field === "returnedOn" ? rental.answers[way.field] : undefined;
	const [first, second] = way.leads;
	let label: string;
	if (answered && way.leads.length === 2 && first && "days" in first.values && first.values.days.to && second)
		// "Before or after 23 April 2013?": the exact day inside the span that matters.
		label = message(locale, `settle.split${suffix}` as ResultMessageKey, {
			question,
			day: westernDay(first.values.days.to, locale),
			n,
		});
	else if (answered) label = message(locale, `settle.narrow${suffix}` as ResultMessageKey, { question, n });
	else label = message(locale, several ? "settle.answerRental" : "settle.answer", { question, n });
	return {
		rental: n,
		field: way.field,
		label: locale === "en" ? capitalized(label) : label,
		question: capitalized(question),
		leads: way.leads.map((lead) => capitalized(leadText(locale, way.field, lead, rental.answers.vendor))),
	};
}

function companyView(locale: Locale, company: CompanyResult, severalRentals: boolean): CompanyView {
	const name = companyName(locale, company.vendor);
	const possibly = company.verdict === "possibly-exposed";
	const several = company.rentals.length > 1 || severalRentals;
	// The company's message, where not answered yet: "received" makes the company's verdict definite.
	const byMessage: SettleControl[] =
		possibly && company.message === "unknown"
			? [
					{
						rental: Math.min(...company.rentals.map((rental) => rental.rental)),
						field: "message",
						label: message(locale, "settle.message", { company: name }),
						question: capitalized(questionWords(locale, "message", company.vendor)),
						leads: [message(locale, "lead.message")],
					},
				]
			: [];
	// A rental whose company is not remembered: which company it was settles this company's line.
	const byCompany: SettleControl[] = possibly
		? company.rentals
				.filter((rental) => rental.conditional && rental.verdict !== "not-exposed")
				.map((rental) => ({
					rental: rental.rental,
					field: "vendor" as const,
					label: several
						? message(locale, "settle.vendor.rental", { n: rental.rental })
						: message(locale, "settle.vendor"),
					question: capitalized(fieldLabel(locale, "vendor")),
					// Under this company's line, what each answer gives for this company's breach (never the other's).
					leads: rental.assessment.companies.map(({ vendor }) =>
						message(
							locale,
							vendor !== company.vendor
								? "lead.vendor.other"
								: rental.verdict === "exposed"
									? "lead.vendor.this.exposed"
									: "lead.vendor.this.possibly-exposed",
							{ vendor: companyName(locale, vendor), company: name },
						),
					),
				}))
		: [];
	// Each rental's way forward for this company: a rental whose company is not remembered gives the
	// ways it would have were it this company's.
	const waysOf = (rental: CompanyRental) =>
		rental.conditional
			? (rental.assessment.companies.find((candidate) => candidate.vendor === company.vendor)?.ways ?? [])
			: rental.assessment.verdict === "possibly-exposed"
				? rental.assessment.ways
				: [];
	const settle: SettleControl[] = possibly
		? company.rentals.flatMap((rental) =>
				waysOf(rental)
					.filter((way) => way.field !== "vendor")
					.map((way) => wayControl(locale, rental, way, several)),
			)
		: [];
	// Why the rental's own answers cannot settle it, even where the company's message could.
	const noSettle =
		possibly && settle.length === 0 && byCompany.length === 0
			? message(locale, noSettleReason(company.rentals))
			: undefined;
	return {
		vendor: company.vendor,
		name,
		verdict: company.verdict,
		byMessage: company.byMessage,
		conditional: company.conditional,
		sentence: companySentence(locale, company, severalRentals),
		because: because(locale, company, severalRentals),
		leaked: {
			certain: kindsText(locale, company.leaked.certain),
			possible: kindsText(locale, company.leaked.possible),
		},
		leakedLabels: leakedLabels(locale, company),
		settle: [...byMessage, ...byCompany, ...settle],
		...(noSettle && { noSettle }),
		when: incidentsOf(company.vendor).flatMap((incident) =>
			accessPeriodsBeyondPaths(incident).map((event) =>
				message(locale, "bannerMicAccess", {
					when: typeof event.on === "string" ? describeDay(event.on, locale) : describeSpan(event.on, locale),
					text: event.text[locale],
				}),
			),
		),
	};
}

/** A wording's clauses as one line, joined by "or", under the wording's short name where a path has several. */
function wordingLine(locale: Locale, path: ExposurePath, outcome: WordingOutcome, clauseIds?: readonly string[]) {
	const wording = path.wordings.find((candidate) => candidate.id === outcome.wording);
	if (!wording) return undefined;
	const clauses = wording.clauses.filter((clause) => !clauseIds || clauseIds.includes(clause.id));
	const or = message(locale, "clauseOr");
	// In English a later clause goes on the sentence ("…; or ② returned …").
	const texts = clauses.map((clause, index) =>
		locale === "en" && index > 0
			? clause.text.en.replace(/^([①-⑳] )([A-Z])/, (_, mark: string, letter: string) => mark + letter.toLowerCase())
			: clause.text[locale],
	);
	const text = texts.join(locale === "ja" ? or : `${or} `);
	if (path.wordings.length === 1) return text;
	return labelled(
		locale,
		message(locale, "wordingWithVerdict", {
			wording: capitalized(wording.shortLabel[locale]),
			verdict: message(locale, `wordingVerdict.${outcome.verdict}`),
		}),
		text,
	);
}

/** The clause and the exclusion of one notice that both hold, with the clause's wording named. */
function contradictionLines(
	locale: Locale,
	incident: Incident,
	path: ExposurePath,
	outcomes: readonly WordingOutcome[],
) {
	const lines: string[] = [];
	for (const outcome of outcomes) {
		if (!outcome.contradiction) continue;
		const wording = path.wordings.find((candidate) => candidate.id === outcome.wording);
		for (const id of outcome.contradiction.clauses) {
			const clause = wording?.clauses.find((candidate) => candidate.id === id);
			if (!clause || !wording) continue;
			lines.push(
				path.wordings.length > 1
					? message(locale, "contradictionIncludesIn", {
							text: clause.text[locale],
							wording: wording.shortLabel[locale],
						})
					: message(locale, "contradictionIncludes", { text: clause.text[locale] }),
			);
		}
	}
	const exclusions = unique(outcomes.flatMap((outcome) => outcome.contradiction?.exclusions ?? []));
	return [...lines, ...exclusionLines(locale, incident, exclusions)];
}

function exclusionLines(locale: Locale, incident: Incident, ids: readonly string[]): string[] {
	return ids.flatMap((id) => {
		const exclusion = incident.exclusions.find((candidate) => candidate.id === id);
		if (!exclusion) return [];
		// Its own condition goes with it: "first use" is about the person, not this rental.
		return [
			message(locale, "contradictionExcludes", { text: exclusion.quote[locale] }),
			...(exclusion.note ? [exclusion.note[locale]] : []),
		];
	});
}

/**
 * The finding's reason in plain words, and what it points at: each wording's clauses under its
 * own name (never two different ① in one list, audit G6), and wherever a notice contradicts
 * itself, both of its clauses (audit G5).
 */
function reasonLines(locale: Locale, finding: Finding): { summary: string; points: string[] } {
	const { incident, path } = pathOf(finding);
	const contradictions = contradictionLines(locale, incident, path, finding.wordings);
	const alsoExcluded = unique(finding.wordings.flatMap((outcome) => outcome.contradiction?.exclusions ?? [])).flatMap(
		(id) => {
			const exclusion = incident.exclusions.find((candidate) => candidate.id === id);
			return exclusion ? [message(locale, "contradictionAlso", { text: exclusion.quote[locale] })] : [];
		},
	);
	if (finding.byMessage) return { summary: message(locale, "card.byMessage"), points: [] };
	const reason = finding.reason;
	const perWording = (clausesOf: (outcome: WordingOutcome) => readonly string[] | undefined) =>
		finding.wordings.flatMap((outcome) => wordingLine(locale, path, outcome, clausesOf(outcome)) ?? []);
	// The clauses that hold (or may) where a wording includes the rental; all of them where it does not.
	const relevant = (outcome: WordingOutcome) =>
		"clauses" in outcome.reason && outcome.reason.clauses.length > 0 ? outcome.reason.clauses : undefined;
	switch (reason.kind) {
		case "criteria-met":
			return { summary: message(locale, "card.criteria-met"), points: perWording(relevant) };
		case "criteria-not-met":
			// The windows decide: the criteria that were tested, so the person sees which dates and ways count.
			return { summary: message(locale, "card.criteria-not-met"), points: perWording(() => undefined) };
		case "excluded":
			return { summary: message(locale, "card.excluded"), points: exclusionLines(locale, incident, reason.exclusions) };
		case "notice-contradicts-itself":
			return {
				summary: message(locale, "card.notice-contradicts-itself"),
				points: [
					...finding.wordings
						.filter((outcome) => !outcome.contradiction)
						.flatMap((outcome) => wordingLine(locale, path, outcome) ?? []),
					...contradictions,
				],
			};
		// Each wording's own line already gives the clause: the notice's exclusion is added once, not the
		// clause again (fact check, round five).
		case "depends-on-answers":
			return {
				summary: message(locale, "card.depends-on-answers"),
				points: [...perWording(relevant), ...alsoExcluded],
			};
		case "sources-disagree":
			return {
				summary: message(locale, "card.sources-disagree"),
				points: [...perWording(relevant), ...alsoExcluded],
			};
	}
}

function unique<T>(values: readonly T[]): T[] {
	return [...new Set(values)];
}

/** In brackets, the items separated as the language does: 「（ITmedia、2013年9月20日）」, "(ITmedia, 20 September 2013)". */
function bracketed(locale: Locale, items: readonly string[]): string {
	return locale === "ja" ? `（${items.join("、")}）` : `(${items.join(", ")})`;
}

/** A source's date in source lines: the Western day alone, so no bracket sits inside another (audit G18). */
function sourceDate(locale: Locale, source: Source): string {
	return source.date ? westernDay(source.date, locale) : message(locale, "dateNotGiven");
}

function sourceTitle(locale: Locale, source: Source): string {
	return source.title ?? source.about?.[locale] ?? source.publisher;
}

export function sourceLine(locale: Locale, source: Source): SourceLine {
	return {
		kind: sourceKindLabel(locale, source.kind),
		title: sourceTitle(locale, source),
		url: source.url,
		meta: bracketed(locale, [source.publisher, sourceDate(locale, source)]),
		...(source.note && { note: source.note[locale] }),
	};
}

/** The source a reader checks first: official, then press, then a blog, then a customer's page (audit G13). */
const SOURCE_RANK: readonly Source["kind"][] = ["official", "press", "blog", "customer"];
function mainSource(sources: readonly Source[]): Source | undefined {
	return [...sources].sort((a, b) => SOURCE_RANK.indexOf(a.kind) - SOURCE_RANK.indexOf(b.kind))[0];
}

/** Why this card's badge sits beside a different verdict for the company. */
function contextOf(
	locale: Locale,
	company: CompanyResult,
	rental: CompanyRental,
	finding: Finding,
): string | undefined {
	const name = companyName(locale, company.vendor);
	// The message proves the person was in the company's breach, not that this rental was the company's.
	if (company.byMessage && rental.conditional && finding.verdict !== "not-exposed")
		return message(locale, "card.messageRentalUnknown", { company: name });
	// The message proves the company, not which of the servers still open: the card says it is one of them (issue 23, item 8).
	if (company.byMessage && finding.verdict === "possibly-exposed") {
		const others = company.servers.filter(
			(server) =>
				server.verdict !== "not-exposed" && !(server.incident === finding.incident && server.path === finding.path),
		);
		if (others.length > 0)
			return message(locale, "card.messageOneOf", {
				company: name,
				others: list(
					locale,
					others.map((server) => serverName(locale, server)),
				),
			});
	}
	if (finding.verdict !== "not-exposed" || company.verdict !== "exposed") return undefined;
	const otherServer = company.servers.find(
		(server) => server.verdict === "exposed" && !(server.incident === finding.incident && server.path === finding.path),
	);
	if (otherServer?.rentals.includes(rental.rental))
		return message(locale, "card.elsewhere.server", { company: name, server: serverName(locale, otherServer) });
	if (company.byMessage) return message(locale, "card.elsewhere.message", { company: name });
	const others = company.rentals.filter(
		(other) => other.rental !== rental.rental && !other.conditional && other.verdict === "exposed",
	);
	if (others.length > 0)
		return message(locale, "card.elsewhere.rental", {
			company: name,
			rentals: rentalsText(
				locale,
				others.map((other) => other.rental),
			),
		});
	if (otherServer)
		return message(locale, "card.elsewhere.server", { company: name, server: serverName(locale, otherServer) });
	return undefined;
}

function cardView(locale: Locale, company: CompanyResult, rental: CompanyRental, finding: Finding): CardView {
	const { incident, path } = pathOf(finding);
	const { summary, points } = reasonLines(locale, finding);
	const cited = finding.sources.map((id) => sourceOf(incident, id));
	const primary = mainSource(cited);
	const contradicted = finding.wordings.some((outcome) => outcome.contradiction);
	const conflictIds = unique([
		...(path.conflict && path.wordings.length > 1 ? [path.conflict] : []),
		...(path.notes ?? []).map((note) => note.conflict),
		...(contradicted ? ["C15"] : []),
	]);
	const context = contextOf(locale, company, rental, finding);
	return {
		id: `finding-r${rental.rental}-${finding.incident}-${finding.path}`,
		rental: rental.rental,
		verdict: finding.verdict,
		byMessage: finding.byMessage === true,
		title: capitalized(path.name[locale]),
		badge: message(locale, BADGE[finding.verdict]),
		description: path.description[locale],
		summary,
		points,
		...(context && { context }),
		leaked: message(locale, `card.leaked.${path.leaked.phrase}`, {
			kinds: list(locale, kindsText(locale, finding.exposedData)),
		}),
		when: whenLines(locale, path),
		notes: (path.notes ?? []).map((note) => note.text[locale]),
		sources: {
			primary: primary
				? labelled(
						locale,
						message(locale, "primarySource"),
						`${sourceTitle(locale, primary)}${locale === "ja" ? "" : " "}${bracketed(locale, [
							sourceKindLabel(locale, primary.kind),
							primary.publisher,
							sourceDate(locale, primary),
						])}`,
					)
				: "",
			...(path.code && { serverCode: message(locale, "serverCode", { code: path.code }) }),
			wordings: path.wordings.map((wording) => {
				const outcome = finding.wordings.find((candidate) => candidate.wording === wording.id);
				return {
					label: wording.label[locale],
					badge: outcome ? message(locale, BADGE[outcome.verdict]) : "",
					quote: wording.quote[locale],
					...(wording.reading && { reading: message(locale, "ourReading", { text: wording.reading[locale] }) }),
				};
			}),
			conflicts: conflictIds.flatMap((id) => {
				const conflict = incident.conflicts.find((candidate) => candidate.id === id);
				return conflict ? [{ id, title: conflict.title[locale], text: conflict.text[locale] }] : [];
			}),
			list: cited.map((source) => sourceLine(locale, source)),
		},
	};
}

/** When the data was taken from this server, or the ministry's access period where that is all a source gives. */
function whenLines(locale: Locale, path: ExposurePath): string[] {
	const when = describeSpan(path.leakedOn.value, locale);
	return [message(locale, path.leakedOn.meaning === "data-taken" ? "leakedOn" : "accessedOn", { when })];
}

/**
 * The questions a rental's result no longer depends on: where it is definite, every one (knowing
 * more never changes a definite verdict); where it is "possibly", those no open criterion tests.
 */
function notNeeded(rental: CompanyRental, field: RentalField): boolean {
	const { assessment } = rental;
	return assessment.verdict !== "possibly-exposed" || !assessment.couldChange.includes(field);
}

/** One rental's answers as the summary lists them: what was given, and for the rest whether it mattered. */
function answersOf(locale: Locale, rental: CompanyRental): RentalView["answers"] {
	const { answers } = rental;
	const fields: RentalField[] = [
		"vendor",
		// Whether the payment came on returning matters only to Telecom Square's wording.
		...ANSWER_FIELDS.filter((field) => field !== "paidWhen" || answers.vendor !== "xcom-global"),
	];
	return fields.map((field) => {
		const value = answers[field];
		let text: string;
		if (field === "vendor")
			text = value === "unknown" ? message(locale, "summaryCompanyUnknown") : companyName(locale, value as VendorId);
		else if (value === undefined || value === "unknown")
			text = message(locale, notNeeded(rental, field) ? "summaryNotNeeded" : "summaryNotRemembered");
		else if (typeof value === "object") text = describeWindow(value, locale);
		else text = channelLabel(locale, field as ChannelField, value as never, answers.vendor);
		return { label: capitalized(fieldLabel(locale, field)), value: text };
	});
}

function todo(locale: Locale, person: PersonResult, views: readonly CompanyView[]): ResultView["todo"] {
	// Cards that count: included or possibly, and every server a company's message leaves open.
	const atRisk = person.companies.filter((company) => company.verdict !== "not-exposed");
	if (atRisk.length === 0) return { steps: [], none: message(locale, "todoNotExposed"), offered: [] };
	// Said of the company whose breach held them, never of "this breach" beside a company that did
	// not, and "if it was its rental" where the rental's company is not remembered.
	const securityCode = atRisk.find(
		(company) =>
			company.leaked.certain.includes("card-security-code") || company.leaked.possible.includes("card-security-code"),
	);
	const conditional = securityCode && views.find((view) => view.vendor === securityCode.vendor)?.conditional;
	const steps: StepView[] = [
		{
			id: "card-history",
			text: [
				message(locale, "step.cardHistory"),
				...(securityCode
					? [
							message(locale, conditional ? "step.securityCode.ifItWas" : "step.securityCode", {
								company: companyName(locale, securityCode.vendor),
							}),
						]
					: []),
			].join(locale === "ja" ? "" : " "),
		},
		{ id: "reissue", text: message(locale, "step.reissue") },
		{ id: "statements", text: message(locale, "step.statements") },
		{ id: "contact-today", text: message(locale, "step.contactToday") },
	];
	const incidents = unique(
		atRisk.flatMap((company) =>
			company.servers.filter((server) => server.verdict !== "not-exposed").map((server) => server.incident),
		),
	).map(incidentById);
	// A company's message can count a person in with every server ruled out: its incident still counts.
	for (const company of atRisk)
		for (const server of company.servers)
			if (company.byMessage && !incidents.some((incident) => incident.id === server.incident))
				incidents.push(incidentById(server.incident));
	return {
		...(person.verdict === "possibly-exposed" && { intro: message(locale, "todoIfIncluded") }),
		steps,
		offered: incidents.map((incident) => ({
			title: incident.title[locale],
			lines: incident.remedies.map((statement) =>
				statement.certainty === "confirmed"
					? statement.text[locale]
					: qualify(locale, statement.text[locale], message(locale, `certainty.${statement.certainty}`)),
			),
			...(incident.contact && { contactThen: incident.contact.text[locale] }),
		})),
	};
}

function rentalHeading(locale: Locale, company: CompanyResult, rental: CompanyRental, severalRentals: boolean): string {
	const name = companyName(locale, company.vendor);
	if (rental.conditional)
		return severalRentals
			? message(locale, "rentalIfItWas", { n: rental.rental, company: name })
			: message(locale, "ifItWas", { company: name });
	return severalRentals ? message(locale, "rentalOf", { n: rental.rental, company: name }) : name;
}

/** The whole result in one language: every view of it renders this. */
export function resultView(
	locale: Locale,
	person: PersonResult,
	messages: Partial<Record<VendorId, EmailAnswer>> = {},
): ResultView {
	const severalRentals = person.rentals.length > 1;
	const companies = person.companies.map((company) => companyView(locale, company, severalRentals));
	const rentals = person.companies
		.flatMap((company) =>
			company.rentals.map(
				(rental): RentalView => ({
					rental: rental.rental,
					vendor: company.vendor,
					verdict: rental.verdict,
					heading: rentalHeading(locale, company, rental, severalRentals),
					cards: rental.findings.map((finding) => cardView(locale, company, rental, finding)),
					answers: answersOf(locale, rental),
				}),
			),
		)
		.sort((a, b) => a.rental - b.rental);
	const overall = overallLine(locale, person);
	return {
		verdict: person.verdict,
		...(overall && { overall }),
		companies,
		rentals,
		messages: person.companies.map((company) => ({
			label: message(locale, "summaryMessage", { company: companyName(locale, company.vendor) }),
			value: message(locale, `email.${messages[company.vendor] ?? "unknown"}`),
		})),
		todo: todo(locale, person, companies),
	};
}

/**
 * The overall line where there are several companies or rentals: what the cards say, named. "Both"
 * only where each company's breach surely included the person; one rental, its company not
 * remembered, is only ever in one of the two (audit G1); "at least one" never where the rest are
 * surely not included (audit G12).
 */
function overallLine(locale: Locale, person: PersonResult): string | undefined {
	const { companies } = person;
	if (!person.verdict || (companies.length < 2 && person.rentals.length < 2)) return undefined;
	if (companies.length < 2) {
		const key = { exposed: "overall.exposed", "possibly-exposed": "overall.possibly", "not-exposed": "overall.not" };
		return message(locale, key[person.verdict] as ResultMessageKey);
	}
	const named = (company: CompanyResult) => companyName(locale, company.vendor);
	const exposed = companies.filter((company) => company.verdict === "exposed");
	const possible = companies.filter((company) => company.verdict === "possibly-exposed");
	const otherThan = (company: CompanyResult) => companies.find((other) => other !== company) as CompanyResult;
	if (exposed.length === 2) return message(locale, "overall.exposed.both");
	if (exposed.length === 1) {
		const [company] = exposed as [CompanyResult];
		const other = otherThan(company);
		return message(
			locale,
			other.verdict === "not-exposed" ? "overall.exposed.oneNotOther" : "overall.exposed.onePossiblyOther",
			{ company: named(company), other: named(other) },
		);
	}
	// Included whichever company it was: one such rental is in one of the two breaches; several may
	// be in both.
	if (person.verdict === "exposed") {
		const open = person.rentals.filter((rental) => rental.verdict !== "not-exposed");
		return message(locale, open.length === 1 ? "overall.exposed.whichever" : "overall.exposed.atLeastOne");
	}
	if (possible.length === 2) {
		// Both only if two different rentals could each be in one company's breach.
		const open = (company: CompanyResult) =>
			company.rentals.filter((rental) => rental.verdict !== "not-exposed").map((rental) => rental.rental);
		const [first, second] = possible.map(open) as [number[], number[]];
		const couldBeBoth = first.some((a) => second.some((b) => a !== b));
		return message(locale, couldBeBoth ? "overall.possibly.oneOrBoth" : "overall.possibly.oneOfTwo");
	}
	if (possible.length === 1) {
		const [company] = possible as [CompanyResult];
		return message(locale, "overall.possibly.oneNotOther", {
			company: named(company),
			other: named(otherThan(company)),
		});
	}
	return message(locale, "overall.not");
}

/**
 * The plain-text summary the checker copies: the same model, every answer given, nothing it does not
 * contain, and no control's words (issue 23, item 9).
 */
export function summaryText(locale: Locale, view: ResultView): string {
	const lines = [message(locale, "summaryTitle"), ""];
	if (view.overall) lines.push(view.overall, "");
	for (const company of view.companies) {
		lines.push(company.sentence, ...company.because);
		if (company.leaked.certain.length > 0)
			lines.push(labelled(locale, company.leakedLabels.certain, list(locale, company.leaked.certain)));
		if (company.leaked.possible.length > 0)
			lines.push(labelled(locale, company.leakedLabels.possible, list(locale, company.leaked.possible)));
		if (company.settle.length > 0) {
			lines.push(message(locale, "summarySettle"));
			for (const control of company.settle) {
				lines.push(`- ${control.question}${rentalSuffix(locale, view, control.rental)}`);
				for (const lead of control.leads) lines.push(`  · ${lead}`);
			}
		}
		if (company.noSettle) lines.push(company.noSettle);
		lines.push(...company.when, "");
	}
	const numbers = unique(view.rentals.map((rental) => rental.rental));
	for (const number of numbers) {
		const ofRental = view.rentals.filter((rental) => rental.rental === number);
		for (const rental of ofRental) {
			lines.push(rental.heading);
			const said = new Set<string>();
			for (const card of rental.cards) {
				lines.push(`- ${labelled(locale, card.title, card.badge)}`);
				lines.push(`  ${card.summary}`);
				for (const point of card.points) lines.push(`  · ${point}`);
				if (card.context) lines.push(`  ${card.context}`);
				lines.push(`  ${card.leaked}`);
				for (const when of card.when) lines.push(`  ${when}`);
				for (const note of card.notes) lines.push(`  ${note}`);
				// Cards of one company often share their main source: it is named once.
				if (card.sources.primary && !said.has(card.sources.primary)) lines.push(`  ${card.sources.primary}`);
				said.add(card.sources.primary);
			}
		}
		// One rental's answers once, whichever companies it is shown for.
		const answers = ofRental[0]?.answers ?? [];
		lines.push(
			numbers.length > 1
				? labelled(locale, message(locale, "summaryAnswersOf", { n: number }), "")
				: labelled(locale, message(locale, "summaryAnswers"), ""),
		);
		for (const answer of answers) lines.push(`- ${labelled(locale, answer.label, answer.value)}`);
		lines.push("");
	}
	for (const answer of view.messages) lines.push(labelled(locale, answer.label, answer.value));
	if (view.messages.length > 0) lines.push("");
	lines.push(message(locale, "todoHeading"));
	if (view.todo.none) lines.push(view.todo.none);
	if (view.todo.intro) lines.push(view.todo.intro);
	view.todo.steps.forEach((step, index) => {
		lines.push(`${index + 1}. ${step.text}`);
	});
	lines.push("", message(locale, "summaryLocal"));
	return lines.map((line) => line.trimEnd()).join("\n");
}

/** "(rental 2)" after a question, where several rentals were entered. */
function rentalSuffix(locale: Locale, view: ResultView, n: number): string {
	const several = new Set(view.rentals.map((rental) => rental.rental)).size > 1;
	return several ? `${locale === "ja" ? "" : " "}${bracketed(locale, [message(locale, "rentalNamed", { n })])}` : "";
}

/** "2 answers could each settle this:" */
export function settleIntro(locale: Locale, count: number): string {
	return message(locale, count === 1 ? "settle.one" : "settle.many", { n: count });
}
