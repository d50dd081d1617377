import { describe, expect, test } from "vitest";
import { telecomSquare2013 } from "../incidents/telecom-square-2013";
import type { ExposurePath, Incident, Wording } from "../incidents/types";
import { assessExposure } from ".";
import { buildModel, statusesOf, worldsOf } from "./model";
import { rental } from "./testing";
import type { Finding, Verdict } from "./types";

/**
 * Every window edge of every rule and wording: the day before, the first day, the last day and
 * the day after. Expected values are written out by hand from the notices' words, not computed.
 * Columns: what the row shows, the answers, the path, that path's verdict, and the verdict of
 * each wording in the order the data lists them.
 */
type Row = [string, Parameters<typeof rental>[0], Finding["path"], Verdict, Verdict[]];

const TS = "telecom-square" as const;
const XC = "xcom-global" as const;
const N: Verdict = "not-exposed";
const E: Verdict = "exposed";
const P: Verdict = "possibly-exposed";

// Web-B ① tests: ordered on the website, returned and settled at the counter (② of neither wording).
const webOrder = (day: string) =>
	({
		vendor: TS,
		orderedVia: "vendor-website",
		orderedOn: day,
		returnedVia: "airport-counter",
		returnedOn: day,
		paidVia: "airport-counter",
	}) as const;
// Web-B v1 ② tests: returned by courier, paid at the counter at pick-up, ordered another way. A
// courier return is never settled at the counter on return, so v2 ② covers it too wherever its
// wider window does (facts C14).
const courierReturn = (day: string) =>
	({
		vendor: TS,
		orderedVia: "other",
		orderedOn: "2012-05-01",
		returnedVia: "courier",
		returnedOn: day,
		paidVia: "airport-counter",
		paidWhen: "another-time",
	}) as const;
// Web-B v2 ② tests: returned at the counter but settled by card online, ordered another way.
const unsettledReturn = (day: string) =>
	({
		vendor: TS,
		orderedVia: "other",
		orderedOn: "2012-05-01",
		returnedVia: "airport-counter",
		returnedOn: day,
		paidVia: "card-online",
	}) as const;
const corporateOrder = (day: string) =>
	({
		vendor: TS,
		orderedVia: "corporate-site",
		orderedOn: day,
		returnedVia: "courier",
		returnedOn: day,
		paidVia: "card-online",
	}) as const;
const xcomWebOrder = (order: string, returned: string) =>
	({
		vendor: XC,
		orderedVia: "vendor-website",
		orderedOn: order,
		returnedVia: "courier",
		returnedOn: returned,
		paidVia: "card-online",
	}) as const;

const ROWS: Row[] = [
	// AP-A: corporate sites 2008-07-01 .. 2013-04-30 (one wording)
	["AP-A: the day before", corporateOrder("2008-06-30"), "ap-a", N, [N]],
	["AP-A: first day", corporateOrder("2008-07-01"), "ap-a", E, [E]],
	["AP-A: last day", corporateOrder("2013-04-30"), "ap-a", E, [E]],
	["AP-A: the day after (also first use on or after 2013-05-01)", corporateOrder("2013-05-01"), "ap-a", N, [N]],
	// Web-B v1 ①: website 2012-06-01 .. 2012-10-14; v2 ①: website 2012-06-01 .. 2013-02-05
	["Web-B ①: the day before both", webOrder("2012-05-31"), "web-b", N, [N, N]],
	["Web-B ①: first day of both", webOrder("2012-06-01"), "web-b", E, [E, E]],
	["Web-B v1 ①: last day", webOrder("2012-10-14"), "web-b", E, [E, E]],
	["Web-B v1 ①: the day after; v2 still covers it", webOrder("2012-10-15"), "web-b", P, [N, E]],
	["Web-B v2 ①: last day", webOrder("2013-02-05"), "web-b", P, [N, E]],
	["Web-B v2 ①: the day after (first website use on or after 2013-02-06)", webOrder("2013-02-06"), "web-b", N, [N, N]],
	// Web-B v1 ②: courier or return box 2012-10-15 .. 2013-02-05
	["Web-B v1 ②: the day before; v2 ② covers it", courierReturn("2012-10-14"), "web-b", P, [N, E]],
	["Web-B v1 ②: first day", courierReturn("2012-10-15"), "web-b", E, [E, E]],
	["Web-B v1 ②: last day", courierReturn("2013-02-05"), "web-b", E, [E, E]],
	["Web-B v1 ②: the day after", courierReturn("2013-02-06"), "web-b", N, [N, N]],
	// Web-B v2 ②: returned 2012-06-01 .. 2013-02-05 without settling at the counter
	["Web-B v2 ②: the day before", unsettledReturn("2012-05-31"), "web-b", N, [N, N]],
	["Web-B v2 ②: first day", unsettledReturn("2012-06-01"), "web-b", P, [N, E]],
	["Web-B v2 ②: last day", unsettledReturn("2013-02-05"), "web-b", P, [N, E]],
	["Web-B v2 ②: the day after", unsettledReturn("2013-02-06"), "web-b", N, [N, N]],
	// Web-B v2 ② is about the moment of return (C14): 「ご返却時に弊社空港カウンターにて精算をされていない」
	[
		"C14: phone order, paid at the counter at pick-up, courier return on 2012-08-10",
		{
			vendor: TS,
			orderedVia: "other",
			orderedOn: "2012-08-01",
			returnedVia: "courier",
			returnedOn: "2012-08-10",
			paidVia: "airport-counter",
			paidWhen: "another-time",
		},
		"web-b",
		P,
		[N, E],
	],
	[
		"C14: returned at the counter, paid there at pick-up, not on return",
		{ ...unsettledReturn("2012-08-10"), paidVia: "airport-counter", paidWhen: "another-time" },
		"web-b",
		P,
		[N, E],
	],
	[
		"C14: returned at the counter and settled there on return",
		{ ...unsettledReturn("2012-08-10"), paidVia: "airport-counter", paidWhen: "when-returning" },
		"web-b",
		N,
		[N, N],
	],
	[
		"C14: returned at a return box, settled at the counter when? — a box return never settles on return",
		{ ...courierReturn("2012-08-10"), returnedVia: "airport-return-box", paidWhen: "unknown" },
		"web-b",
		P,
		[N, E],
	],
	// Both wordings agree: courier return, paid by card online
	[
		"Web-B: courier return in both windows, paid online",
		{ vendor: TS, orderedVia: "other", returnedVia: "courier", returnedOn: "2012-11-01", paidVia: "card-online" },
		"web-b",
		E,
		[E, E],
	],
	// XCom "applied": 2011-03-07 .. 2013-04-23; "used": ordered by 2013-04-23 and returned from 2011-03-07
	["XCom: the day before", xcomWebOrder("2011-03-06", "2011-03-06"), "web-db", N, [N, N]],
	["XCom: first day", xcomWebOrder("2011-03-07", "2011-03-10"), "web-db", E, [E, E]],
	["XCom: last day", xcomWebOrder("2013-04-23", "2013-04-30"), "web-db", E, [E, E]],
	["XCom: the day after", xcomWebOrder("2013-04-24", "2013-04-30"), "web-db", N, [N, N]],
	["XCom: ordered before, returned the day before", xcomWebOrder("2011-03-01", "2011-03-06"), "web-db", N, [N, N]],
	[
		"XCom: ordered before, returned on the first day: used, not applied",
		xcomWebOrder("2011-03-01", "2011-03-07"),
		"web-db",
		P,
		[E, N],
	],
	// XCom's wordings name no channel (facts C9, decided 2026-11-29): every way of ordering is in.
	...(["corporate-site", "airport-counter", "other", "unknown"] as const).flatMap((orderedVia): Row[] => [
		[
			`XCom, ordered via ${orderedVia}: the day before`,
			{ ...xcomWebOrder("2011-03-06", "2011-03-06"), orderedVia },
			"web-db",
			N,
			[N, N],
		],
		[
			`XCom, ordered via ${orderedVia}: first day`,
			{ ...xcomWebOrder("2011-03-07", "2011-03-10"), orderedVia },
			"web-db",
			E,
			[E, E],
		],
		[
			`XCom, ordered via ${orderedVia}: last day`,
			{ ...xcomWebOrder("2013-04-23", "2013-04-30"), orderedVia },
			"web-db",
			E,
			[E, E],
		],
		[
			`XCom, ordered via ${orderedVia}: the day after`,
			{ ...xcomWebOrder("2013-04-24", "2013-04-30"), orderedVia },
			"web-db",
			N,
			[N, N],
		],
		[
			`XCom, ordered via ${orderedVia}: before, returned on the first day: used, not applied`,
			{ ...xcomWebOrder("2011-03-01", "2011-03-07"), orderedVia },
			"web-db",
			P,
			[E, N],
		],
	]),
	[
		"XCom: ordered at the airport in the period, returned and paid there",
		{
			vendor: XC,
			orderedVia: "airport-counter",
			orderedOn: "2012-01-01",
			returnedOn: "2012-01-10",
			returnedVia: "airport-counter",
			paidVia: "airport-counter",
		},
		"web-db",
		E,
		[E, E],
	],
	[
		"XCom: ordered at the airport after the period",
		{
			vendor: XC,
			orderedVia: "airport-counter",
			orderedOn: "2013-04-24",
			returnedVia: "airport-counter",
			paidVia: "airport-counter",
		},
		"web-db",
		N,
		[N, N],
	],
];

describe.each(ROWS)("%s", (_name, short, pathId, verdict, wordingVerdicts) => {
	const finding = assessExposure(rental(short)).findings.find((candidate) => candidate.path === pathId);

	test(`${pathId} is ${verdict}`, () => {
		expect(finding?.verdict).toBe(verdict);
	});

	test("each wording as written", () => {
		expect(finding?.wordings.map((wording) => wording.verdict)).toEqual(wordingVerdicts);
	});

	test("a split between wordings is reported as the sources disagreeing", () => {
		const split = new Set(wordingVerdicts).size > 1;
		expect(finding?.reason.kind === "sources-disagree").toBe(split);
	});
});

/**
 * An exclusion is named only where it decides: where no clause of the criteria holds, the windows
 * already leave the rental out, and "a published exclusion applies" would give a reason that may
 * not fit the person (exclusions (a) and (b) are about a person's *first* use of a site).
 */
describe("exclusions: named only where they decide", () => {
	test.each([
		[
			"a website order on 2013-02-06: outside every window (not 'first website use on or after 2013-02-06')",
			{
				vendor: TS,
				orderedVia: "vendor-website",
				orderedOn: "2013-02-06",
				returnedVia: "courier",
				paidVia: "card-online",
			},
			"web-b",
		],
		[
			"a corporate-site order on 2013-05-01: outside AP-A's window (not 'first use on or after 2013-05-01')",
			{
				vendor: TS,
				orderedVia: "corporate-site",
				orderedOn: "2013-05-01",
				returnedVia: "courier",
				paidVia: "card-online",
			},
			"ap-a",
		],
		[
			"ordered, returned and settled at the counter on return: no clause of either wording holds",
			{
				vendor: TS,
				orderedVia: "airport-counter",
				returnedVia: "airport-counter",
				returnedOn: "2012-12-01",
				paidVia: "airport-counter",
				paidWhen: "when-returning",
			},
			"web-b",
		],
	] as const)("%s", (_name, short, pathId) => {
		const finding = assessExposure(rental(short)).findings.find((candidate) => candidate.path === pathId);
		expect(finding?.verdict).toBe("not-exposed");
		expect(finding?.reason).toEqual({ kind: "criteria-not-met" });
	});

	test("where a clause holds and another notice's exclusion removes the rental, the exclusion is the reason", () => {
		// No published pair does this today; the rule is the engine's, so it is shown on a made-up path.
		const incident = {
			...telecomSquare2013,
			paths: [{ ...telecomSquare2013.paths[1], wordings: [telecomSquare2013.paths[1]?.wordings[0]] }],
			exclusions: [
				{
					id: "made-up",
					appliesTo: ["web-b"],
					quote: { ja: "テスト", en: "test" },
					all: [{ answer: "orderedVia", oneOf: ["vendor-website"] }],
					sources: ["some-other-notice"],
				},
			],
		} as unknown as Incident;
		const model = buildModel(incident, incident.paths[0] as ExposurePath);
		const answers = rental({ vendor: TS, orderedVia: "vendor-website", orderedOn: "2012-07-01" });
		const statuses = statusesOf(model, incident.paths[0]?.wordings[0] as Wording, worldsOf(model, answers));
		expect(new Set(statuses.map((status) => status.kind))).toEqual(new Set(["excluded"]));
		const outside = rental({
			vendor: TS,
			orderedVia: "vendor-website",
			orderedOn: "2013-01-01",
			returnedVia: "airport-counter",
			returnedOn: "2013-03-01",
			paidVia: "airport-counter",
			paidWhen: "when-returning",
		});
		const out = statusesOf(model, incident.paths[0]?.wordings[0] as Wording, worldsOf(model, outside));
		expect(new Set(out.map((status) => status.kind))).toEqual(new Set(["out"]));
	});

	test("exclusion (c) needs both the counter order and the counter settlement", () => {
		const finding = assessExposure(
			rental({
				vendor: TS,
				orderedVia: "airport-counter",
				returnedVia: "courier",
				returnedOn: "2012-12-01",
				paidVia: "card-online",
			}),
		).findings.find((candidate) => candidate.path === "web-b");
		expect(finding?.verdict).toBe("exposed");
	});
});

/**
 * Facts C15: exclusion (c) removes everyone who applied and settled at a Telecom Square airport
 * counter, while ② of each wording includes courier and return-box returns in its window (and
 * version 2 ② anyone not settling at the counter on return). The same notice says both; neither
 * may win silently.
 */
describe("where the notice contradicts itself (C15)", () => {
	const counterRental = (returnedVia: "courier" | "airport-return-box" | "airport-counter", returnedOn: string) =>
		rental({
			vendor: TS,
			orderedVia: "airport-counter",
			returnedVia,
			returnedOn,
			paidVia: "airport-counter",
			paidWhen: "another-time",
		});
	const webB = (answers: ReturnType<typeof rental>) =>
		assessExposure(answers).findings.find((candidate) => candidate.path === "web-b");

	test.each([
		["courier", "2012-10-15"],
		["courier", "2013-02-05"],
		["airport-return-box", "2012-12-01"],
	] as const)("counter order and settlement, %s return on %s: possibly, naming both clauses", (via, day) => {
		const finding = webB(counterRental(via, day));
		expect(finding?.verdict).toBe("possibly-exposed");
		expect(finding?.wordings.map((wording) => wording.verdict)).toEqual([P, P]);
		expect(finding?.reason).toEqual({
			kind: "notice-contradicts-itself",
			clauses: ["web-b-v1-courier-or-box-return", "web-b-v2-not-settled-at-counter"],
			exclusions: ["ordered-and-settled-at-airport-counter"],
		});
		expect(finding?.wouldSettle).toEqual([]);
	});

	test("before version 1's window only version 2 contradicts itself: that contradiction, not a disagreement, is why (G5)", () => {
		const finding = webB(counterRental("courier", "2012-10-14"));
		expect(finding?.verdict).toBe("possibly-exposed");
		expect(finding?.wordings.map((wording) => [wording.verdict, wording.reason.kind])).toEqual([
			[N, "criteria-not-met"],
			[P, "notice-contradicts-itself"],
		]);
		// One wording is itself "possibly": the sources do not simply disagree; the report contradicts itself.
		expect(finding?.reason).toEqual({
			kind: "notice-contradicts-itself",
			clauses: ["web-b-v2-not-settled-at-counter"],
			exclusions: ["ordered-and-settled-at-airport-counter"],
		});
		expect(finding?.wordings[1]?.contradiction).toEqual({
			clauses: ["web-b-v2-not-settled-at-counter"],
			exclusions: ["ordered-and-settled-at-airport-counter"],
		});
	});

	test("after both windows the windows decide, not the exclusion", () => {
		const finding = webB(counterRental("courier", "2013-02-06"));
		expect(finding?.verdict).toBe("not-exposed");
		expect(finding?.reason).toEqual({ kind: "criteria-not-met" });
	});

	test("an unknown return method: the contradiction or the exclusion, and no answer settles it", () => {
		const finding = webB(
			rental({
				vendor: TS,
				orderedVia: "airport-counter",
				returnedOn: "2012-12-01",
				paidVia: "airport-counter",
				paidWhen: "when-returning",
			}),
		);
		expect(finding?.verdict).toBe("possibly-exposed");
		expect(finding?.reason.kind).toBe("notice-contradicts-itself");
		// A courier return is the contradiction itself: knowing it does not settle anything.
		expect(finding?.wouldSettle).toEqual([]);
	});

	test("AP-A has no clause the exclusion contradicts: a counter rental is outside its criteria", () => {
		const finding = assessExposure(counterRental("courier", "2012-12-01")).findings.find(
			(candidate) => candidate.path === "ap-a",
		);
		expect(finding?.verdict).toBe("not-exposed");
		expect(finding?.reason).toEqual({ kind: "criteria-not-met" });
	});
});
