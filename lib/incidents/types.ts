import type { Day, DaySpan } from "../calendar/day";
import type { DayWindow } from "../calendar/interval";
import type { Text } from "../i18n/text";
import type { KnownValue, VendorId } from "./rental";

export type IncidentId = "telecom-square-2013" | "xcom-global-2013";
export type PathId = "ap-a" | "web-b" | "web-db";

/** How much a source can be trusted, as the facts file labels it. */
export type SourceKind = "official" | "press" | "blog" | "customer";

export interface Source {
	/** Unique within its incident or vendor list. */
	id: string;
	url: string;
	/** The page's own title or heading, where the facts file gives one. */
	title?: string;
	/** What the page is, in each language, where the facts file gives no title (a blog post quoting the notice …). */
	about?: Text;
	publisher: string;
	/** Absent where the facts file gives no day for the page. */
	date?: Day;
	kind: SourceKind;
	note?: Text;
	/**
	 * The facts file calls what this page shows current ("Current brands …") though the page has
	 * no date: the one ground besides a source dated after 2013 for saying anything in the present
	 * tense. The data test checks the facts file says so.
	 */
	describedAsCurrent?: true;
}

/**
 * How sure the facts file is of a statement: `confirmed` by an official or two press sources,
 * `secondary` when it rests on a blog or one secondhand report, `disputed` when sources disagree
 * (see the incident's conflicts).
 */
export type Certainty = "confirmed" | "secondary" | "disputed";

export interface Sourced<T> {
	value: T;
	sources: readonly string[];
	certainty: Certainty;
	note?: Text;
}

export type DataKind =
	| "card-number"
	| "card-expiry"
	| "card-security-code"
	| "cardholder-name"
	| "name"
	| "address"
	| "email"
	| "phone"
	| "company"
	| "department";

/**
 * Data kinds in the one order every list uses: the card's fields in the order XCom Global's notice
 * lists them (名義人, 番号, 有効期限, セキュリティコード), then the person's, then the employer's.
 */
export const DATA_KINDS: readonly DataKind[] = [
	"cardholder-name",
	"card-number",
	"card-expiry",
	"card-security-code",
	"name",
	"address",
	"email",
	"phone",
	"company",
	"department",
];

/** One test on the answers; a clause holds when all of its conditions do. */
export type Condition =
	| { answer: "orderedVia"; oneOf: readonly KnownValue<"orderedVia">[] }
	| { answer: "returnedVia"; oneOf: readonly KnownValue<"returnedVia">[] }
	| { answer: "paidVia"; oneOf: readonly KnownValue<"paidVia">[] }
	| { answer: "paidWhen"; oneOf: readonly KnownValue<"paidWhen">[] }
	| { answer: "orderedOn" | "returnedOn"; within: DayWindow }
	/** Holds unless every one of these holds: a notice's "did not …" written as it is worded. */
	| { notAll: readonly Condition[] };

export interface Clause {
	id: string;
	/** What the clause says, close to the source's words. */
	text: Text;
	all: readonly Condition[];
}

/** One published wording of who was affected through a path: it covers a rental if any of its clauses holds. */
export interface Wording {
	id: string;
	label: Text;
	/** The label in a few words, beside each of its clauses where a path has several wordings. */
	shortLabel: Text;
	/** The source's own words (ja) and a faithful translation (en). */
	quote: Text;
	sources: readonly string[];
	clauses: readonly Clause[];
	/** Where we had to read the words to apply them to a single rental: marked as our reading. */
	reading?: Text;
}

/**
 * A published figure with the unit and qualifier its source gives it ("at least 172 cases"): the
 * number is never shown without them.
 */
export interface Figure {
	value: number;
	unit: "records" | "cards" | "cases";
	qualifier: "exact" | "at-least" | "at-most";
}

export interface ExposurePath {
	id: PathId;
	/** The server or system in plain words; its code, where the notice gives one, is `code`. */
	name: Text;
	/** The notice's own code for the server (「AP-A」), shown only among the sources. */
	code?: string;
	description: Text;
	/** What the name and description rest on. */
	sources: readonly string[];
	/**
	 * What this path held that leaked, with the notice's own phrase for it: Telecom Square's
	 * 「流出した可能性のある情報」 ("may have leaked") or a confirmed leak.
	 */
	leaked: Sourced<readonly DataKind[]> & { phrase: "may-have-leaked" | "leaked" };
	/**
	 * The days the data was taken, where published; else the period of unauthorized access that a
	 * source gives (XCom: MIC's period, facts C16).
	 */
	leakedOn: Sourced<DaySpan> & { meaning: "data-taken" | "unauthorized-access" };
	/** One wording where the sources agree; every wording where they do not. */
	wordings: readonly Wording[];
	/** Set when the sources word this path differently. */
	conflict?: string;
	/**
	 * What the sources leave unsaid about this path, shown beside every finding: never a condition
	 * (facts C9: an inference may be a note, and must not narrow a verdict).
	 */
	notes?: readonly { conflict: string; text: Text }[];
}

export interface Exclusion {
	id: string;
	appliesTo: readonly PathId[];
	quote: Text;
	all: readonly Condition[];
	sources: readonly string[];
	/** Why it matters for one rental (e.g. "first use" is about a person, not a rental). */
	note?: Text;
}

export type EventKind =
	| "access"
	| "leak"
	| "discovery"
	| "containment"
	| "announcement"
	| "notification"
	| "police"
	| "remedy"
	| "regulator"
	| "security";

export interface IncidentEvent {
	id: string;
	kind: EventKind;
	/** A day, or a span of days, in Japan. */
	on: Day | DaySpan;
	/** Time of day in Japan where the sources give one ("17:00"). */
	time?: string;
	text: Text;
	sources: readonly string[];
	certainty: Certainty;
}

export interface Statement {
	id: string;
	text: Text;
	sources: readonly string[];
	certainty: Certainty;
}

export interface Conflict {
	/** The facts file's own label: C1, C2, … */
	id: string;
	title: Text;
	text: Text;
	sources: readonly string[];
}

export interface Incident {
	id: IncidentId;
	/** Bumped whenever the facts change; a hidden banner comes back when it does. */
	dataVersion: number;
	vendor: VendorId;
	title: Text;
	/** The official notice, where it was published. */
	notice: Sourced<{ url: string; title: string }>;
	announced: Sourced<Day>;
	/** Records at risk: the number the company published, with what it means. */
	records: Sourced<Figure>;
	/** Misuse reported, where a figure was published. */
	misuse?: Sourced<Figure>;
	/** Whether the card security code was on the breached systems: the plainest difference. */
	securityCode: Sourced<"leaked" | "not-held">;
	paths: readonly ExposurePath[];
	exclusions: readonly Exclusion[];
	events: readonly IncidentEvent[];
	remedies: readonly Statement[];
	/**
	 * How the company wrote to customers about the breach: what a person can search their own
	 * mailbox for. Only what the sources say about these messages.
	 */
	customerEmail: Sourced<{
		from: Day;
		subject?: string;
		/** Whose email the subject is known from, and whose is not established. */
		subjectNote?: Text;
		to: Text;
		said?: Text;
	}>;
	/** Where the person can still act today; sources name what the company offered then. */
	contact?: Statement;
	conflicts: readonly Conflict[];
	sources: readonly Source[];
}

/**
 * A web site the banner covers: a domain and all of its subdomains. A site may sit inside another
 * (wifibox.telecomsquare.co.jp): the most specific one speaks for a host.
 */
export interface VendorSite {
	domain: string;
	brand: Text;
	/** True where the 2013 notices themselves named this site. */
	namedIn2013: boolean;
	/**
	 * What the sources establish about the site and the company, in the tense they allow: 2013
	 * facts in the past; the present only on a source dated after 2013 or described as current.
	 */
	status: Text;
	note?: Text;
	sources: readonly string[];
}

export interface Vendor {
	id: VendorId;
	name: Text;
	legalName: Text;
	/** Names people know the company by, for the checker's first question. */
	knownAs: Text;
	incidents: readonly IncidentId[];
	sites: readonly VendorSite[];
	/** Ids in the source registry (lib/incidents/sources.ts). */
	sources: readonly string[];
}
