import { describeDay, describeSpan, describeWindow } from "../calendar/era";
import type { CompanyResult, PersonResult, RentalAssessment } from "../exposure/company";
import type { Finding, Reason, Verdict } from "../exposure/types";
import { capitalized, labelled, qualify } from "../i18n/banner-messages";
import { dataKindLabel, list } from "../i18n/messages";
import { fieldLabel, say as message, type ResultMessageKey, sourceKindLabel } from "../i18n/result-messages";
import type { Locale } from "../i18n/text";
import { accessPeriodsBeyondPaths, incidentById, incidentsOf, sourceOf } from "../incidents";
import { ANSWER_FIELDS, type AnswerField, type EmailAnswer, type VendorId } from "../incidents/rental";
import type { DataKind, ExposurePath, Incident, Source } from "../incidents/types";
import { vendorById } from "../incidents/vendors";
import type { StepId } from "./checker-form";
import { channelLabel } from "./labels";

/**
 * The result as a person reads it, in one language: one model that the screen, the copied summary
 * and the print view all render, so they cannot disagree. Plain words up front; conflict ids,
 * clause wordings and source kinds only in each card's sources.
 */

export interface SettleControl {
	rental: number;
	/** A rental's question, or the company's message (asked once per company, after its first rental's company). */
	field: AnswerField | "message";
	label: string;
}

export interface CompanyView {
	vendor: VendorId;
	/** The company's name in the locale. */
	name: string;
	verdict: Verdict;
	byMessage: boolean;
	sentence: string;
	/** Why, in plain words: the server(s), the company's message, how both hold. */
	because: string[];
	leaked: { certain: string[]; possible: string[] };
	/** For "possibly": each question whose exact answer settles it. */
	settle: SettleControl[];
	/** For "possibly" where no single answer settles it: why, in plain words. */
	noSettle?: string;
	/** What is known of the company's breach beyond each server's own dates: the regulator's access period. */
	when: string[];
}

export interface SourceLine {
	kind: string;
	title: string;
	url: string;
	/** Publisher and date, in the locale. */
	meta: string;
	note?: string;
}

export interface CardView {
	/** Unique per rental: two rentals' cards of one server never share an id. */
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
	/** Why "not included" here sits beside "in the breach" for the company. */
	context?: string;
	leaked: string;
	when: string[];
	notes: string[];
	sources: {
		primary: string;
		wordings: { label: string; badge: string; quote: string; reading?: string }[];
		conflicts: { id: string; title: string; text: string }[];
		list: SourceLine[];
	};
}

export interface RentalView {
	rental: number;
	vendor: VendorId;
	verdict: Verdict;
	heading: string;
	cards: CardView[];
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

function kindsText(locale: Locale, kinds: readonly DataKind[]): string[] {
	return kinds.map((kind) => dataKindLabel(locale, kind));
}

function rentalsText(locale: Locale, numbers: readonly number[]): string {
	return list(
		locale,
		numbers.map((n) => message(locale, "rentalHeading", { n })),
	);
}

function companySentence(locale: Locale, company: CompanyResult): string {
	const name = vendorById(company.vendor).name[locale];
	const several = company.rentals.length > 1;
	if (company.byMessage) return message(locale, "company.message", { company: name });
	if (company.verdict === "exposed") {
		if (!several) return message(locale, "company.exposed", { company: name });
		const exposed = company.rentals.filter((rental) => rental.assessment.verdict === "exposed");
		return message(locale, "company.exposed.several", {
			company: name,
			rentals: rentalsText(
				locale,
				exposed.map((rental) => rental.rental),
			),
		});
	}
	const key = company.verdict === "possibly-exposed" ? "company.possibly" : "company.not";
	return message(locale, several ? (`${key}.several` as ResultMessageKey) : key, { company: name });
}

function because(locale: Locale, company: CompanyResult): string[] {
	const name = vendorById(company.vendor).name[locale];
	const servers = (list_: readonly CompanyResult["servers"][number][]) =>
		list(
			locale,
			list_.map((server) => serverName(locale, server)),
		);
	const exposed = company.servers.filter((server) => server.verdict === "exposed");
	const open = company.servers.filter((server) => server.verdict !== "not-exposed");
	const lines: string[] = [];
	if (company.message === "received") lines.push(message(locale, "because.message", { company: name }));
	if (company.messageAgainstAnswers) lines.push(message(locale, "because.messageAgainst"));
	else if (company.byMessage && exposed.length === 1 && exposed[0]?.byMessage)
		lines.push(message(locale, "because.messageOneServer", { server: servers(exposed) }));
	else if (company.byMessage && open.length > 1 && company.servers.length > 1)
		lines.push(message(locale, "because.messageSeveral", { servers: servers(open) }));
	else if (exposed.length > 0 && company.servers.length > 1)
		lines.push(message(locale, "because.servers", { servers: servers(exposed) }));
	return lines;
}

/** Why no single answer settles a "possibly", in plain words, from the findings' reasons. */
function noSettleReason(rentals: readonly RentalAssessment[]): ResultMessageKey {
	const reasons = rentals.flatMap((rental) =>
		rental.assessment.findings
			.filter((finding) => finding.verdict === "possibly-exposed")
			.map((finding) => finding.reason.kind),
	);
	if (reasons.includes("notice-contradicts-itself")) return "noSettle.contradiction";
	if (reasons.includes("sources-disagree")) return "noSettle.disagree";
	return "noSettle.several";
}

function companyView(locale: Locale, company: CompanyResult): CompanyView {
	// The company's message, where not answered yet: "received" makes the company's verdict definite.
	const byMessage: SettleControl[] =
		company.verdict === "possibly-exposed" && company.message === "unknown"
			? [
					{
						rental: Math.min(...company.rentals.map((rental) => rental.rental)),
						field: "message",
						label: message(locale, "settle.message", { company: vendorById(company.vendor).name[locale] }),
					},
				]
			: [];
	const settle: SettleControl[] =
		company.verdict === "possibly-exposed"
			? company.rentals.flatMap((rental) =>
					rental.assessment.verdict === "possibly-exposed"
						? rental.assessment.wouldSettle.map((field) => ({
								rental: rental.rental,
								field,
								label: settleLabel(locale, field, company.rentals.length > 1 ? rental.rental : undefined),
							}))
						: [],
				)
			: [];
	// Why the rental's own answers cannot settle it, even where the company's message could.
	const noSettle =
		company.verdict === "possibly-exposed" && settle.length === 0
			? message(locale, noSettleReason(company.rentals))
			: undefined;
	settle.unshift(...byMessage);
	return {
		vendor: company.vendor,
		name: vendorById(company.vendor).name[locale],
		verdict: company.verdict,
		byMessage: company.byMessage,
		sentence: companySentence(locale, company),
		because: because(locale, company),
		leaked: {
			certain: kindsText(locale, company.leaked.certain),
			possible: kindsText(locale, company.leaked.possible),
		},
		settle,
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

function settleLabel(locale: Locale, field: AnswerField, rental: number | undefined): string {
	const question = fieldLabel(locale, field);
	return rental === undefined
		? message(locale, "settle.answer", { question })
		: message(locale, "settle.answerRental", { question, n: rental });
}

/** The finding's reason in plain words, and what it points at (the criteria, the exclusion). */
function reasonLines(locale: Locale, finding: Finding): { summary: string; points: string[] } {
	const { incident, path } = pathOf(finding);
	const clauses = path.wordings.flatMap((wording) => wording.clauses);
	const clauseText = (id: string) => clauses.find((clause) => clause.id === id)?.text[locale];
	const exclusionLines = (ids: readonly string[]) =>
		ids.flatMap((id) => {
			const exclusion = incident.exclusions.find((candidate) => candidate.id === id);
			if (!exclusion) return [];
			// Its own condition goes with it: "first use" is about the person, not this rental.
			return [
				message(locale, "contradictionExcludes", { text: exclusion.quote[locale] }),
				...(exclusion.note ? [exclusion.note[locale]] : []),
			];
		});
	if (finding.byMessage) return { summary: message(locale, "card.byMessage"), points: [] };
	const reason: Reason = finding.reason;
	switch (reason.kind) {
		case "criteria-met":
		case "depends-on-answers":
			return {
				summary: message(locale, `card.${reason.kind}`),
				points: reason.clauses.flatMap((id) => clauseText(id) ?? []),
			};
		case "criteria-not-met":
			// The windows decide: the criteria that were tested, so the person sees which dates and ways count.
			return { summary: message(locale, "card.criteria-not-met"), points: unique(clauses.map((c) => c.text[locale])) };
		case "excluded":
			return { summary: message(locale, "card.excluded"), points: exclusionLines(reason.exclusions) };
		case "notice-contradicts-itself":
			return {
				summary: message(locale, "card.notice-contradicts-itself"),
				points: [
					...reason.clauses.flatMap((id) => {
						const text = clauseText(id);
						return text ? [message(locale, "contradictionIncludes", { text })] : [];
					}),
					...exclusionLines(reason.exclusions),
				],
			};
		case "sources-disagree":
			return {
				summary: message(locale, "card.sources-disagree"),
				points: finding.wordings.map((outcome) => {
					const wording = path.wordings.find((candidate) => candidate.id === outcome.wording);
					return labelled(locale, wording?.label[locale] ?? outcome.wording, message(locale, BADGE[outcome.verdict]));
				}),
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

export function sourceLine(locale: Locale, source: Source): SourceLine {
	const date = source.date ? describeDay(source.date, locale) : message(locale, "dateNotGiven");
	return {
		kind: sourceKindLabel(locale, source.kind),
		title: source.title,
		url: source.url,
		meta: bracketed(locale, [source.publisher, date]),
		...(source.note && { note: source.note[locale] }),
	};
}

/** Where the company's "in the breach" comes from, when this card says "not included". */
function contextOf(
	locale: Locale,
	company: CompanyResult,
	rental: RentalAssessment,
	finding: Finding,
): string | undefined {
	if (finding.verdict !== "not-exposed" || company.verdict !== "exposed") return undefined;
	const name = vendorById(company.vendor).name[locale];
	const otherServer = company.servers.find(
		(server) => server.verdict === "exposed" && !(server.incident === finding.incident && server.path === finding.path),
	);
	if (otherServer?.rentals.includes(rental.rental))
		return message(locale, "card.elsewhere.server", { company: name, server: serverName(locale, otherServer) });
	if (company.byMessage) return message(locale, "card.elsewhere.message", { company: name });
	const others = company.rentals.filter(
		(other) => other.rental !== rental.rental && other.assessment.verdict === "exposed",
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

function cardView(locale: Locale, company: CompanyResult, rental: RentalAssessment, finding: Finding): CardView {
	const { incident, path } = pathOf(finding);
	const { summary, points } = reasonLines(locale, finding);
	const cited = finding.sources.map((id) => sourceOf(incident, id));
	// The source a reader checks first: the official one where there is one, with its kind beside it.
	const primary = cited.find((source) => source.kind === "official") ?? cited[0];
	const conflictIds = unique([
		...(path.conflict && path.wordings.length > 1 ? [path.conflict] : []),
		...(path.notes ?? []).map((note) => note.conflict),
		...(finding.reason.kind === "notice-contradicts-itself" ? ["C15"] : []),
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
		leaked: message(locale, "card.leaked", { kinds: list(locale, kindsText(locale, finding.exposedData)) }),
		when: whenLines(locale, path),
		notes: (path.notes ?? []).map((note) => note.text[locale]),
		sources: {
			primary: primary
				? labelled(
						locale,
						message(locale, "primarySource"),
						`${primary.title}${locale === "ja" ? "" : " "}${bracketed(locale, [
							sourceKindLabel(locale, primary.kind),
							primary.publisher,
							primary.date ? describeDay(primary.date, locale) : message(locale, "dateNotGiven"),
						])}`,
					)
				: "",
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

function answerValue(locale: Locale, rental: RentalAssessment, field: AnswerField): string {
	const value = rental.answers[field];
	if (value === undefined || value === "unknown") return message(locale, "summaryNotRemembered");
	if (typeof value === "object") return describeWindow(value, locale);
	return channelLabel(locale, field as "orderedVia", value as never, rental.answers.vendor);
}

function todo(locale: Locale, person: PersonResult): ResultView["todo"] {
	// Cards that count: included or possibly, and every server a company's message leaves open.
	const atRisk = person.companies.filter((company) => company.verdict !== "not-exposed");
	if (atRisk.length === 0) return { steps: [], none: message(locale, "todoNotExposed"), offered: [] };
	// Said of the company whose breach held them, never of "this breach" beside a company that did not.
	const securityCode = atRisk.find(
		(company) =>
			company.leaked.certain.includes("card-security-code") || company.leaked.possible.includes("card-security-code"),
	);
	const steps: StepView[] = [
		{
			id: "card-history",
			text: [
				message(locale, "step.cardHistory"),
				...(securityCode
					? [message(locale, "step.securityCode", { company: vendorById(securityCode.vendor).name[locale] })]
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
		...(atRisk.every((company) => company.verdict === "possibly-exposed") && {
			intro: message(locale, "todoIfIncluded"),
		}),
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

/** The whole result in one language: every view of it renders this. */
export function resultView(
	locale: Locale,
	person: PersonResult,
	messages: Partial<Record<VendorId, EmailAnswer>> = {},
): ResultView {
	const companies = person.companies.map((company) => companyView(locale, company));
	const rentalCount = new Set(person.companies.flatMap((company) => company.rentals.map((rental) => rental.rental)))
		.size;
	const several = companies.length > 1 || rentalCount > 1;
	const rentals = person.companies
		.flatMap((company) =>
			company.rentals.map((rental): RentalView => {
				const name = vendorById(company.vendor).name[locale];
				return {
					rental: rental.rental,
					vendor: company.vendor,
					verdict: rental.assessment.verdict,
					heading: rentalCount > 1 ? message(locale, "rentalOf", { n: rental.rental, company: name }) : name,
					cards: rental.assessment.findings.map((finding) => cardView(locale, company, rental, finding)),
					answers: ANSWER_FIELDS.filter((field) => field !== "paidWhen" || company.vendor !== "xcom-global").map(
						(field) => ({ label: capitalized(fieldLabel(locale, field)), value: answerValue(locale, rental, field) }),
					),
				};
			}),
		)
		.sort((a, b) => a.rental - b.rental);
	const overallKey = person.verdict && several ? overallMessage(person.verdict, companies) : undefined;
	return {
		verdict: person.verdict,
		...(overallKey && { overall: message(locale, overallKey) }),
		companies,
		rentals,
		messages: person.companies.map((company) => ({
			label: message(locale, "summaryMessage", { company: vendorById(company.vendor).name[locale] }),
			value: message(locale, `email.${messages[company.vendor] ?? "unknown"}`),
		})),
		todo: todo(locale, person),
	};
}

function overallMessage(verdict: Verdict, companies: readonly CompanyView[]): ResultMessageKey {
	const base =
		verdict === "exposed" ? "overall.exposed" : verdict === "possibly-exposed" ? "overall.possibly" : "overall.not";
	if (companies.length < 2 || verdict === "not-exposed") return base;
	// Both companies included: "at least one of the two" would understate it.
	if (companies.every((company) => company.verdict === "exposed")) return "overall.exposed.both";
	return `${base}.companies` as ResultMessageKey;
}

/** The plain-text summary the checker copies: the same model, every answer, nothing it does not contain. */
export function summaryText(locale: Locale, view: ResultView): string {
	const lines = [message(locale, "summaryTitle"), ""];
	if (view.overall) lines.push(view.overall, "");
	for (const company of view.companies) {
		lines.push(company.sentence, ...company.because);
		if (company.leaked.certain.length > 0)
			lines.push(labelled(locale, message(locale, "leakedCertain"), list(locale, company.leaked.certain)));
		if (company.leaked.possible.length > 0)
			lines.push(labelled(locale, message(locale, "leakedPossible"), list(locale, company.leaked.possible)));
		if (company.settle.length > 0) {
			lines.push(settleIntro(locale, company.settle.length));
			for (const control of company.settle) lines.push(`- ${control.label}`);
		}
		if (company.noSettle) lines.push(company.noSettle);
		lines.push(...company.when, "");
	}
	for (const rental of view.rentals) {
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
		lines.push(`${message(locale, "summaryAnswers")}${locale === "ja" ? "：" : ":"}`);
		for (const answer of rental.answers) lines.push(`- ${labelled(locale, answer.label, answer.value)}`);
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
	return lines.join("\n");
}

/** "2 answers could each settle this:" */
export function settleIntro(locale: Locale, count: number): string {
	return message(locale, count === 1 ? "settle.one" : "settle.many", { n: count });
}
