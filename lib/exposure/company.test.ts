import { describe, expect, test } from "vitest";
import { type EmailAnswer, VENDOR_IDS, type VendorId } from "../incidents/rental";
import type { DataKind, IncidentId, PathId } from "../incidents/types";
import { assessCompany, assessExposure, assessPerson, type RentalAssessment } from ".";
import { rental } from "./testing";
import { type Finding, VERDICT_SEVERITY, type Verdict } from "./types";

/**
 * The company's own message, per server: it proves the person was in at least one of the
 * company's published populations. Expected values are written out by hand from that rule (truth
 * issue, round three), for every combination of server verdicts, with and without the message.
 */
const N: Verdict = "not-exposed";
const P: Verdict = "possibly-exposed";
const E: Verdict = "exposed";

// What each server held, as the notices list it, in the product's one order (cardholder first).
const CARD: DataKind[] = ["card-number", "card-expiry"];
const AP_A_ONLY: DataKind[] = ["cardholder-name", "name", "address", "email", "phone", "company", "department"];
const AP_A: DataKind[] = [
	"cardholder-name",
	"card-number",
	"card-expiry",
	"name",
	"address",
	"email",
	"phone",
	"company",
	"department",
];
const WEB_DB: DataKind[] = ["cardholder-name", "card-number", "card-expiry", "card-security-code", "address"];

const SERVERS: Record<VendorId, { incident: IncidentId; path: PathId; data: DataKind[] }[]> = {
	"telecom-square": [
		{ incident: "telecom-square-2013", path: "ap-a", data: AP_A },
		{ incident: "telecom-square-2013", path: "web-b", data: CARD },
	],
	"xcom-global": [{ incident: "xcom-global-2013", path: "web-db", data: WEB_DB }],
};

/** A rental whose findings have the given verdicts (one per server of the company). */
function made(vendor: VendorId, number: number, verdicts: readonly Verdict[]): RentalAssessment {
	const findings: Finding[] = SERVERS[vendor].map((server, index) => ({
		incident: server.incident,
		path: server.path,
		verdict: verdicts[index] as Verdict,
		exposedData: server.data,
		reason: verdicts[index] === E ? { kind: "criteria-met", clauses: [] } : { kind: "criteria-not-met" },
		wordings: [],
		decidedBy: [],
		wouldSettle: verdicts[index] === P ? ["orderedOn"] : [],
		sources: [],
	}));
	const worst = [...verdicts].sort((a, b) => VERDICT_SEVERITY[b] - VERDICT_SEVERITY[a])[0] as Verdict;
	return {
		rental: number,
		answers: rental({ vendor }),
		assessment: {
			verdict: worst,
			findings,
			companies: [{ vendor, verdict: worst }],
			wouldSettle: [],
			couldChange: [],
			ways: [],
		},
	};
}

type Row = [
	servers: Verdict[],
	message: EmailAnswer,
	expected: {
		verdict: Verdict;
		byMessage: boolean;
		servers: Verdict[];
		settledBy: boolean[];
		certain: DataKind[];
		possible: DataKind[];
		against?: true;
	},
];

const TS_ROWS: Row[] = [
	// No message (or "not received", which proves nothing): the most severe server, as the criteria say.
	// Where no server is sure, what every possible server held would have leaked whichever it was
	// (certain, if included at all); the rest depends on the server.
	[
		[N, N],
		"unknown",
		{ verdict: N, byMessage: false, servers: [N, N], settledBy: [false, false], certain: [], possible: [] },
	],
	[
		[N, P],
		"unknown",
		{ verdict: P, byMessage: false, servers: [N, P], settledBy: [false, false], certain: CARD, possible: [] },
	],
	[
		[N, E],
		"unknown",
		{ verdict: E, byMessage: false, servers: [N, E], settledBy: [false, false], certain: CARD, possible: [] },
	],
	[
		[P, N],
		"unknown",
		{ verdict: P, byMessage: false, servers: [P, N], settledBy: [false, false], certain: AP_A, possible: [] },
	],
	[
		[P, P],
		"unknown",
		{ verdict: P, byMessage: false, servers: [P, P], settledBy: [false, false], certain: CARD, possible: AP_A_ONLY },
	],
	[
		[P, E],
		"not-received",
		{ verdict: E, byMessage: false, servers: [P, E], settledBy: [false, false], certain: CARD, possible: AP_A_ONLY },
	],
	[
		[E, N],
		"unknown",
		{ verdict: E, byMessage: false, servers: [E, N], settledBy: [false, false], certain: AP_A, possible: [] },
	],
	[
		[E, P],
		"not-received",
		{ verdict: E, byMessage: false, servers: [E, P], settledBy: [false, false], certain: AP_A, possible: [] },
	],
	[
		[E, E],
		"unknown",
		{ verdict: E, byMessage: false, servers: [E, E], settledBy: [false, false], certain: AP_A, possible: [] },
	],
	// The message came: in at least one population.
	// Answers rule out both servers: both hold only for a rental not entered, or an answer remembered
	// differently. Which server is unknown: what both held is certain, the rest possible.
	[
		[N, N],
		"received",
		{
			verdict: E,
			byMessage: true,
			servers: [N, N],
			settledBy: [false, false],
			certain: CARD,
			possible: AP_A_ONLY,
			against: true,
		},
	],
	// Exactly one server left: that one, by the message.
	[
		[N, P],
		"received",
		{ verdict: E, byMessage: true, servers: [N, E], settledBy: [false, true], certain: CARD, possible: [] },
	],
	[
		[P, N],
		"received",
		{ verdict: E, byMessage: true, servers: [E, N], settledBy: [true, false], certain: AP_A, possible: [] },
	],
	// Several left: the company is certain, each server stays possible; what they share is certain.
	[
		[P, P],
		"received",
		{ verdict: E, byMessage: true, servers: [P, P], settledBy: [false, false], certain: CARD, possible: AP_A_ONLY },
	],
	// The criteria already show a server: the message adds nothing.
	[
		[N, E],
		"received",
		{ verdict: E, byMessage: false, servers: [N, E], settledBy: [false, false], certain: CARD, possible: [] },
	],
	[
		[P, E],
		"received",
		{ verdict: E, byMessage: false, servers: [P, E], settledBy: [false, false], certain: CARD, possible: AP_A_ONLY },
	],
	[
		[E, N],
		"received",
		{ verdict: E, byMessage: false, servers: [E, N], settledBy: [false, false], certain: AP_A, possible: [] },
	],
	[
		[E, P],
		"received",
		{ verdict: E, byMessage: false, servers: [E, P], settledBy: [false, false], certain: AP_A, possible: [] },
	],
	[
		[E, E],
		"received",
		{ verdict: E, byMessage: false, servers: [E, E], settledBy: [false, false], certain: AP_A, possible: [] },
	],
];

const XC_ROWS: Row[] = [
	[[N], "unknown", { verdict: N, byMessage: false, servers: [N], settledBy: [false], certain: [], possible: [] }],
	[
		[P],
		"not-received",
		{ verdict: P, byMessage: false, servers: [P], settledBy: [false], certain: WEB_DB, possible: [] },
	],
	[[E], "unknown", { verdict: E, byMessage: false, servers: [E], settledBy: [false], certain: WEB_DB, possible: [] }],
	[
		[N],
		"received",
		{ verdict: E, byMessage: true, servers: [N], settledBy: [false], certain: WEB_DB, possible: [], against: true },
	],
	[[P], "received", { verdict: E, byMessage: true, servers: [E], settledBy: [true], certain: WEB_DB, possible: [] }],
	[[E], "received", { verdict: E, byMessage: false, servers: [E], settledBy: [false], certain: WEB_DB, possible: [] }],
];

describe.each([
	["telecom-square", TS_ROWS],
	["xcom-global", XC_ROWS],
] as const)("%s: every server combination, with and without the message", (vendor, rows) => {
	test.each(rows)("servers %j, message %s", (servers, message, expected) => {
		const result = assessCompany(vendor, [made(vendor, 1, servers)], message);
		expect(result.verdict).toBe(expected.verdict);
		expect(result.byMessage).toBe(expected.byMessage);
		expect(result.servers.map((server) => server.verdict)).toEqual(expected.servers);
		expect(result.servers.map((server) => server.byMessage)).toEqual(expected.settledBy);
		expect(result.leaked).toEqual({ certain: expected.certain, possible: expected.possible });
		expect(result.messageAgainstAnswers).toBe(expected.against === true);
		// One rental: the card of a server the message settles says so, and settles nothing else.
		const findings = result.rentals[0]?.findings ?? [];
		expect(findings.map((finding) => finding.verdict)).toEqual(
			servers.map((verdict, index) => (expected.settledBy[index] ? E : verdict)),
		);
		expect(findings.map((finding) => finding.byMessage === true)).toEqual(expected.settledBy);
		for (const finding of findings) if (finding.byMessage) expect(finding.wouldSettle).toEqual([]);
	});
});

describe("several rentals with one company", () => {
	test("one server left, in two rentals: the server is settled, neither rental's card is", () => {
		const result = assessCompany(
			"telecom-square",
			[made("telecom-square", 1, [N, P]), made("telecom-square", 2, [N, P])],
			"received",
		);
		expect(result.servers.map((server) => [server.path, server.verdict, server.byMessage, server.rentals])).toEqual([
			["ap-a", N, false, []],
			["web-b", E, true, [1, 2]],
		]);
		expect(result.rentals.map((rental) => rental.findings[1]?.verdict)).toEqual([P, P]);
	});

	test("one server left, in one rental of two: that rental's card is settled", () => {
		const result = assessCompany(
			"telecom-square",
			[made("telecom-square", 1, [N, N]), made("telecom-square", 2, [N, P])],
			"received",
		);
		expect(result.rentals.map((rental) => rental.findings.map((finding) => finding.verdict))).toEqual([
			[N, N],
			[N, E],
		]);
		expect(result.rentals[1]?.verdict).toBe(E);
		expect(result.messageAgainstAnswers).toBe(false);
	});

	test("a server is the most severe of its rentals", () => {
		const result = assessCompany("telecom-square", [
			made("telecom-square", 1, [P, N]),
			made("telecom-square", 2, [E, N]),
		]);
		expect(result.servers.map((server) => [server.verdict, server.rentals])).toEqual([
			[E, [1, 2]],
			[N, []],
		]);
	});
});

describe("with real answers", () => {
	const assessed = (number: number, answers: ReturnType<typeof rental>): RentalAssessment => ({
		rental: number,
		answers,
		assessment: assessExposure(answers),
	});

	test("a Telecom Square counter order with the message: the card-payment server, not the corporate one", () => {
		// Ordered by phone, paid at the counter at pick-up, courier return in summer 2012: AP-A is ruled
		// out by how the rental was ordered; Web-B is open (the wordings differ, C1/C14).
		const answers = rental({
			vendor: "telecom-square",
			orderedVia: "other",
			returnedVia: "courier",
			returnedOn: "2012-08-10",
			paidVia: "airport-counter",
			paidWhen: "another-time",
		});
		const before = assessCompany("telecom-square", [assessed(1, answers)], "unknown");
		expect(before.servers.map((server) => server.verdict)).toEqual([N, P]);
		const after = assessCompany("telecom-square", [assessed(1, answers)], "received");
		expect(after.servers.map((server) => [server.path, server.verdict, server.byMessage])).toEqual([
			["ap-a", N, false],
			["web-b", E, true],
		]);
		// The corporate server's personal fields are not said to have leaked.
		expect(after.leaked).toEqual({ certain: CARD, possible: [] });
	});

	test("a person: one result per company rented from, in a fixed order, and the most severe", () => {
		const result = assessPerson(
			[
				assessed(1, rental({ vendor: "xcom-global", orderedOn: "2014-01-01" })),
				assessed(2, rental({ vendor: "telecom-square" })),
			],
			{ "xcom-global": "received" },
		);
		expect(result.companies.map((company) => [company.vendor, company.verdict, company.byMessage])).toEqual([
			["telecom-square", P, false],
			["xcom-global", E, true],
		]);
		expect(result.verdict).toBe(E);
		expect(assessPerson([]).verdict).toBeUndefined();
		expect(VENDOR_IDS).toEqual(["telecom-square", "xcom-global"]);
	});
});
