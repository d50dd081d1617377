import { type EmailAnswer, type RentalAnswers, VENDOR_IDS, type VendorId } from "../incidents/rental";
import { DATA_KINDS, type DataKind, type IncidentId, type PathId } from "../incidents/types";
import { type Assessment, type Finding, VERDICT_SEVERITY, type Verdict } from "./types";

/**
 * What a person learns per company: their rentals' findings, read together with the company's
 * own message. The message proves the person was in at least one of the company's published
 * populations, and nothing more: it settles which server only where the person's other answers
 * leave exactly one possible (truth issue, round three).
 */

/** One rental's answers for one company and their assessment, numbered as the person entered it. */
export interface RentalAssessment {
	/** Which rental, counting from 1. */
	rental: number;
	answers: RentalAnswers;
	assessment: Assessment;
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
	servers: readonly ServerResult[];
	/**
	 * What leaked from this person: `certain` from every server the person was surely on (or, where
	 * the message proves one of several, what those have in common); the rest of what the possible
	 * servers held is `possible`.
	 */
	leaked: { certain: readonly DataKind[]; possible: readonly DataKind[] };
	/**
	 * The message came, yet the answers given rule out every server: both hold only if it concerned
	 * a rental not entered here, or an answer is remembered differently. Said, never resolved.
	 */
	messageAgainstAnswers: boolean;
	/** The rentals, with a finding the message alone settles marked `byMessage`. */
	rentals: readonly RentalAssessment[];
}

export interface PersonResult {
	/** The most severe company verdict; undefined when no company was chosen. */
	verdict: Verdict | undefined;
	companies: readonly CompanyResult[];
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

/** One company's result from the person's rentals with it (at least one) and its message. */
export function assessCompany(
	vendor: VendorId,
	rentals: readonly RentalAssessment[],
	message: EmailAnswer = "unknown",
): CompanyResult {
	const first = rentals[0];
	if (!first || rentals.some((rental) => rental.answers.vendor !== vendor))
		throw new Error(`assessCompany(${vendor}) needs rentals with that company`);
	// Every rental of one company has the same findings, in the same order: one per server.
	const findings = first.assessment.findings;
	const leakedBy = new Map(findings.map((finding) => [key(finding), finding.exposedData]));
	const servers = findings.map((finding) => {
		const per = rentals.map(
			({ rental, assessment }) =>
				[rental, assessment.findings.find((candidate) => key(candidate) === key(finding))?.verdict] as const,
		);
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
	// The message settles a server only where the criteria have not already shown one, and the
	// answers leave exactly one.
	const settled = received && surely.length === 0 && candidates.length === 1 ? candidates[0] : undefined;
	const finalServers = servers.map((server) =>
		server === settled ? { ...server, verdict: "exposed" as const, byMessage: true } : server,
	);
	// Only where a single rental leaves that server open does the message settle that rental's card.
	const settledRental = settled && settled.rentals.length === 1 ? settled.rentals[0] : undefined;
	const finalRentals = rentals.map((rental) => {
		if (!settled || rental.rental !== settledRental) return rental;
		const settledFindings = rental.assessment.findings.map((finding) =>
			key(finding) === key(settled)
				? { ...finding, verdict: "exposed" as const, byMessage: true, wouldSettle: [], decidedBy: [] }
				: finding,
		);
		// The settled finding is exposed, so is the rental: nothing is left to settle or change.
		return {
			...rental,
			assessment: { verdict: "exposed" as const, findings: settledFindings, wouldSettle: [], couldChange: [] },
		};
	});
	const exposed = finalServers.filter((server) => server.verdict === "exposed");
	const possible = finalServers.filter((server) => server.verdict === "possibly-exposed");
	const leakedOf = (list: readonly ServerResult[]) => list.map((server) => leakedBy.get(key(server)) ?? []);
	let leaked: CompanyResult["leaked"];
	if (received && exposed.length === 0) {
		// One of several servers, or (the answers ruling all out) one of all of them: what they share.
		const among = candidates.length > 0 ? candidates : finalServers;
		const certain = kinds(leakedOf(among), "intersection");
		leaked = { certain, possible: kinds(leakedOf(among), "union").filter((kind) => !certain.includes(kind)) };
	} else {
		const certain = kinds(leakedOf(exposed), "union");
		leaked = { certain, possible: kinds(leakedOf(possible), "union").filter((kind) => !certain.includes(kind)) };
	}
	const fromCriteria = worst(servers.map((server) => server.verdict)) ?? "not-exposed";
	const byMessage = received && fromCriteria !== "exposed";
	return {
		vendor,
		verdict: received ? "exposed" : fromCriteria,
		byMessage,
		message,
		servers: finalServers,
		leaked,
		messageAgainstAnswers: received && candidates.length === 0,
		rentals: finalRentals,
	};
}

/** Every company the person rented from, in a fixed order, and the most severe verdict. */
export function assessPerson(
	rentals: readonly RentalAssessment[],
	messages: Partial<Record<VendorId, EmailAnswer>> = {},
): PersonResult {
	const companies = VENDOR_IDS.flatMap((vendor) => {
		const own = rentals.filter((rental) => rental.answers.vendor === vendor);
		return own.length > 0 ? [assessCompany(vendor, own, messages[vendor])] : [];
	});
	return { verdict: worst(companies.map((company) => company.verdict)), companies };
}
