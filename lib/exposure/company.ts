import { incidentById } from "../incidents";
import {
	type CompanyAnswer,
	candidateVendors,
	type EmailAnswer,
	type RentalAnswers,
	VENDOR_IDS,
	type VendorId,
} from "../incidents/rental";
import { DATA_KINDS, type DataKind, type IncidentId, type PathId } from "../incidents/types";
import { type Assessment, type Finding, VERDICT_SEVERITY, type Verdict } from "./types";

/**
 * What a person learns per company: their rentals' findings, read together with the company's
 * own message. The message proves the person was in at least one of the company's published
 * populations, and nothing more: it settles which server only where the person's other answers
 * leave exactly one possible (truth issue, round three).
 */

/** One rental's answers and their assessment, numbered as the person entered it. */
export interface RentalAssessment {
	/** Which rental, counting from 1. */
	rental: number;
	answers: RentalAnswers;
	assessment: Assessment;
}

/** A rental as one company sees it: its findings on that company's servers. */
export interface CompanyRental extends RentalAssessment {
	/** The rental's findings on this company's servers, a finding the message alone settles marked `byMessage`. */
	findings: readonly Finding[];
	/** Its verdict were it this company's; where the company is known, the rental's own verdict. */
	verdict: Verdict;
	/**
	 * The person does not remember which company the rental was with: everything here holds only if
	 * it was this company's, so it makes this company at most "possibly".
	 */
	conditional: boolean;
}

/** One server (exposure path) of the company, over every rental the person entered. */
export interface ServerResult {
	incident: IncidentId;
	path: PathId;
	verdict: Verdict;
	/** Exposed because the company's message came and the answers leave no other server. */
	byMessage: boolean;
	/** The rentals whose answers leave this server covered or possible. */
	rentals: readonly number[];
}

export interface CompanyResult {
	vendor: VendorId;
	verdict: Verdict;
	/** The company's own message decided the company's verdict (the criteria alone did not). */
	byMessage: boolean;
	message: EmailAnswer;
	/**
	 * The company's verdict rests on rentals whose company the person does not remember: "possibly",
	 * settled by which company it was (or the company's message).
	 */
	conditional: boolean;
	servers: readonly ServerResult[];
	/**
	 * What leaked, or may have, from this person. `certain`: from every server the person was surely
	 * on; where no server is sure, what every server still possible held (whichever it was). The rest
	 * of what the possible servers held is `possible`: depending on the server.
	 */
	leaked: { certain: readonly DataKind[]; possible: readonly DataKind[] };
	/**
	 * The message came, yet the answers given rule out every server: both hold only if it concerned
	 * a rental not entered here, or an answer is remembered differently. Said, never resolved.
	 */
	messageAgainstAnswers: boolean;
	/**
	 * The message came, and only a rental whose company is not remembered leaves a server open (one):
	 * if it was this company's, that server; if not, the message concerns a rental not entered here.
	 */
	messageIfItWas: boolean;
	rentals: readonly CompanyRental[];
}

export interface PersonResult {
	/** The most severe of the companies' and the rentals' own verdicts; undefined when no company was chosen. */
	verdict: Verdict | undefined;
	companies: readonly CompanyResult[];
	/** Each rental's own verdict, over the companies it could be with. */
	rentals: readonly { rental: number; vendor: CompanyAnswer; verdict: Verdict }[];
}

function worst(verdicts: readonly Verdict[]): Verdict | undefined {
	return verdicts.reduce<Verdict | undefined>(
		(most, verdict) => (most === undefined || VERDICT_SEVERITY[verdict] > VERDICT_SEVERITY[most] ? verdict : most),
		undefined,
	);
}

const key = (finding: Pick<Finding, "incident" | "path">) => `${finding.incident}/${finding.path}`;

/** Data kinds in their usual order, each once. */
function kinds(sets: readonly (readonly DataKind[])[], combine: "union" | "intersection"): DataKind[] {
	if (sets.length === 0) return [];
	return DATA_KINDS.filter((kind) =>
		combine === "union" ? sets.some((set) => set.includes(kind)) : sets.every((set) => set.includes(kind)),
	);
}

/** Where the rental's company is not known, what holds for this one is only "if it was": at most possibly. */
const atMostPossibly = (verdict: Verdict, conditional: boolean): Verdict =>
	conditional && verdict === "exposed" ? "possibly-exposed" : verdict;

/** One company's result from the person's rentals that were or may have been with it (at least one), and its message. */
export function assessCompany(
	vendor: VendorId,
	rentals: readonly RentalAssessment[],
	message: EmailAnswer = "unknown",
): CompanyResult {
	if (rentals.length === 0 || rentals.some((rental) => !candidateVendors(rental.answers.vendor).includes(vendor)))
		throw new Error(`assessCompany(${vendor}) needs rentals that may be with that company`);
	const own = rentals.map((rental): CompanyRental => {
		const findings = rental.assessment.findings.filter((finding) => incidentById(finding.incident).vendor === vendor);
		const verdict =
			rental.assessment.companies.find((company) => company.vendor === vendor)?.verdict ?? rental.assessment.verdict;
		return { ...rental, findings, verdict, conditional: rental.answers.vendor === "unknown" };
	});
	// Every rental of one company has the same findings, in the same order: one per server.
	const findings = (own[0] as CompanyRental).findings;
	const leakedBy = new Map(findings.map((finding) => [key(finding), finding.exposedData]));
	const servers = findings.map((finding) => {
		const per = own.map((rental) => {
			const verdict = rental.findings.find((candidate) => key(candidate) === key(finding))?.verdict;
			return [rental.rental, verdict && atMostPossibly(verdict, rental.conditional)] as const;
		});
		return {
			incident: finding.incident,
			path: finding.path,
			verdict: worst(per.flatMap(([, verdict]) => (verdict ? [verdict] : []))) ?? "not-exposed",
			byMessage: false,
			rentals: per.filter(([, verdict]) => verdict && verdict !== "not-exposed").map(([rental]) => rental),
		} satisfies ServerResult;
	});
	const received = message === "received";
	const surely = servers.filter((server) => server.verdict === "exposed");
	const candidates = servers.filter((server) => server.verdict !== "not-exposed");
	// A server left open only by a rental whose company is not remembered: were that rental the other
	// company's, the message would concern a rental not entered here, on any server.
	const known = new Set(own.filter((rental) => !rental.conditional).map((rental) => rental.rental));
	const onlyIfItWas = candidates.filter((server) => !server.rentals.some((rental) => known.has(rental)));
	// The message settles a server only where the criteria have not already shown one, and the
	// answers leave exactly one, through a rental known to be this company's.
	const settled =
		received && surely.length === 0 && candidates.length === 1 && onlyIfItWas.length === 0 ? candidates[0] : undefined;
	const finalServers = servers.map((server) =>
		server === settled ? { ...server, verdict: "exposed" as const, byMessage: true } : server,
	);
	// Only where a single rental, known to be this company's, leaves that server open does the
	// message settle that rental's card: nothing shows a rental whose company is not remembered was this one's.
	const settledRental = settled && settled.rentals.length === 1 ? settled.rentals[0] : undefined;
	const finalRentals = own.map((rental) => {
		if (!settled || rental.rental !== settledRental || rental.conditional) return rental;
		return {
			...rental,
			verdict: "exposed" as const,
			findings: rental.findings.map((finding) =>
				key(finding) === key(settled)
					? { ...finding, verdict: "exposed" as const, byMessage: true, wouldSettle: [], decidedBy: [] }
					: finding,
			),
		};
	});
	const fromCriteria = worst(servers.map((server) => server.verdict)) ?? "not-exposed";
	const verdict = received ? "exposed" : fromCriteria;
	const exposed = finalServers.filter((server) => server.verdict === "exposed");
	const possible = finalServers.filter((server) => server.verdict === "possibly-exposed");
	const leakedOf = (list: readonly ServerResult[]) => list.map((server) => leakedBy.get(key(server)) ?? []);
	let leaked: CompanyResult["leaked"];
	if (verdict === "not-exposed") leaked = { certain: [], possible: [] };
	else if (exposed.length === 0) {
		// One of several servers (or, the message coming with every server ruled out, or with only a
		// rental whose company is not remembered to point at one, any of them): what they all held is
		// what leaked whichever it was; the rest depends on the server.
		const among = possible.length > 0 && !(received && onlyIfItWas.length > 0) ? possible : finalServers;
		const certain = kinds(leakedOf(among), "intersection");
		leaked = { certain, possible: kinds(leakedOf(among), "union").filter((kind) => !certain.includes(kind)) };
	} else {
		const certain = kinds(leakedOf(exposed), "union");
		leaked = { certain, possible: kinds(leakedOf(possible), "union").filter((kind) => !certain.includes(kind)) };
	}
	const openRentals = own.filter((rental) => rental.verdict !== "not-exposed");
	return {
		vendor,
		verdict,
		byMessage: received && fromCriteria !== "exposed",
		message,
		conditional: verdict === "possibly-exposed" && openRentals.length > 0 && openRentals.every((r) => r.conditional),
		servers: finalServers,
		leaked,
		messageAgainstAnswers: received && candidates.length === 0,
		messageIfItWas: received && surely.length === 0 && candidates.length === 1 && onlyIfItWas.length === 1,
		rentals: finalRentals,
	};
}

/** Every company the person rented from (or may have), in a fixed order, and the most severe verdict. */
export function assessPerson(
	rentals: readonly RentalAssessment[],
	messages: Partial<Record<VendorId, EmailAnswer>> = {},
): PersonResult {
	const companies = VENDOR_IDS.flatMap((vendor) => {
		const own = rentals.filter((rental) => candidateVendors(rental.answers.vendor).includes(vendor));
		return own.length > 0 ? [assessCompany(vendor, own, messages[vendor])] : [];
	});
	const own = rentals.map((rental) => ({
		rental: rental.rental,
		vendor: rental.answers.vendor,
		verdict: rental.assessment.verdict,
	}));
	return {
		verdict: worst([...companies.map((company) => company.verdict), ...own.map((rental) => rental.verdict)]),
		companies,
		rentals: own,
	};
}
