import fc from "fast-check";
import { describe, expect, test } from "vitest";
import { addDays, type DaySpan } from "../calendar/day";
import type { DayWindow } from "../calendar/interval";
import {
	ANSWER_FIELDS,
	KNOWN_VALUES,
	ORDER_CHANNELS,
	PAYMENT_PLACES,
	PAYMENT_TIMES,
	RETURN_CHANNELS,
	type RentalAnswers,
	type RentalField,
	VENDOR_IDS,
} from "../incidents/rental";
import { assessExposure } from ".";
import { VERDICT_SEVERITY, type Verdict } from "./types";

/** Days near every edge of every rule, where mistakes live, plus days anywhere in 2007-2014. */
const EDGES = ["2008-07-01", "2011-03-07", "2012-06-01", "2012-10-15", "2013-02-06", "2013-04-24", "2013-05-01"];
const nearEdge = fc
	.tuple(fc.constantFrom(...EDGES), fc.integer({ min: -3, max: 3 }))
	.map(([edge, offset]) => addDays(edge, offset));
const anyDay = fc.integer({ min: 0, max: 8 * 366 }).map((offset) => addDays("2007-01-01", offset));
const day = fc.oneof(nearEdge, anyDay);
const span = (maxLength: number) =>
	fc
		.tuple(day, fc.integer({ min: 0, max: maxLength }))
		.map(([from, length]): DaySpan => ({ from, to: addDays(from, length) }));

/** Dates as people give them: a span, or (with `openEnds`) a window known at one end only. */
function answers(maxLength: number, dateOptional: boolean, openEnds = false) {
	const date = openEnds
		? fc
				.tuple(span(maxLength), fc.constantFrom("both", "from", "to"))
				.map(
					([value, keep]): DayWindow =>
						keep === "both" ? value : keep === "from" ? { from: value.from } : { to: value.to },
				)
		: span(maxLength);
	const maybe = <T>(arb: fc.Arbitrary<T>) => (dateOptional ? fc.option(arb, { nil: undefined, freq: 3 }) : arb);
	return fc
		.record({
			// "unknown": the person does not remember the company, one rental either way.
			vendor: fc.constantFrom(...VENDOR_IDS, "unknown" as const),
			orderedVia: fc.constantFrom(...ORDER_CHANNELS),
			returnedVia: fc.constantFrom(...RETURN_CHANNELS),
			paidVia: fc.constantFrom(...PAYMENT_PLACES),
			paidWhen: fc.constantFrom(...PAYMENT_TIMES),
			orderedOn: maybe(date),
			returnedOn: maybe(date),
		})
		.map((raw): RentalAnswers => {
			const result: RentalAnswers = {
				vendor: raw.vendor,
				orderedVia: raw.orderedVia,
				returnedVia: raw.returnedVia,
				paidVia: raw.paidVia,
				paidWhen: raw.paidWhen,
			};
			if (raw.orderedOn) result.orderedOn = raw.orderedOn;
			if (raw.returnedOn) {
				// Keep the answers valid: a return wholly before the order is moved to the order.
				const from = raw.orderedOn?.from;
				result.returnedOn =
					from !== undefined && raw.returnedOn.to !== undefined && raw.returnedOn.to < from
						? { from, to: addDays(from, 3) }
						: raw.returnedOn;
			}
			return result;
		});
}

/**
 * An independent oracle: the published criteria transcribed by hand from the notices' words in
 * shared/facts/incidents.md, judged on every exact rental (every day pair, every channel) the
 * answers allow. It shares nothing with the engine: neither its data nor its segment logic.
 */
interface Exact {
	orderedVia: string;
	returnedVia: string;
	paidVia: string;
	paidWhen: string;
	orderedOn: string;
	returnedOn: string;
}
/** In the window, both ends included; days are YYYY-MM-DD strings, so text order is day order. */
const between = (day: string, from: string, to: string) => from <= day && day <= to;
type Said = "in" | "out" | "contradicted";

/** Telecom Square's exclusions (a) (b) (c), cs011: who is 流出対象外, per server. */
function tsExcluded(r: Exact, server: "ap-a" | "web-b"): boolean {
	const a = server === "web-b" && r.orderedVia === "vendor-website" && r.orderedOn >= "2013-02-06";
	const b = (r.orderedVia === "vendor-website" || r.orderedVia === "corporate-site") && r.orderedOn >= "2013-05-01";
	const c = r.orderedVia === "airport-counter" && r.paidVia === "airport-counter";
	return a || b || c;
}

/**
 * One notice: included by its own words and excluded by its own exclusion is a contradiction (C15).
 * Every exclusion that can meet a clause here shares a notice with it.
 */
function judge(included: boolean, excluded: boolean): Said {
	if (included && excluded) return "contradicted";
	return included ? "in" : "out";
}

const WORDINGS: Record<string, Record<string, ((r: Exact) => Said)[]>> = {
	"telecom-square": {
		// 「平成20年7月1日~平成25年4月30日の間で、各法人様の専用ウェブサイトをご利用されたお客様」
		"ap-a": [
			(r) =>
				judge(
					r.orderedVia === "corporate-site" && between(r.orderedOn, "2008-07-01", "2013-04-30"),
					tsExcluded(r, "ap-a"),
				),
		],
		"web-b": [
			// Version 1: ① web application 2012-06-01 to 10-14; ② returned by courier or return box
			// 2012-10-15 to 2013-02-05.
			(r) =>
				judge(
					(r.orderedVia === "vendor-website" && between(r.orderedOn, "2012-06-01", "2012-10-14")) ||
						((r.returnedVia === "courier" || r.returnedVia === "airport-return-box") &&
							between(r.returnedOn, "2012-10-15", "2013-02-05")),
					tsExcluded(r, "web-b"),
				),
			// Version 2: in 2012-06-01 to 2013-02-05, ① applied on the website, or ② 「ご返却時に弊社空港
			// カウンターにて精算をされていない」: not settled at the counter at the moment of return.
			(r) => {
				const settledAtCounterOnReturn =
					r.returnedVia === "airport-counter" && r.paidVia === "airport-counter" && r.paidWhen === "when-returning";
				return judge(
					(r.orderedVia === "vendor-website" && between(r.orderedOn, "2012-06-01", "2013-02-05")) ||
						(between(r.returnedOn, "2012-06-01", "2013-02-05") && !settledAtCounterOnReturn),
					tsExcluded(r, "web-b"),
				);
			},
		],
	},
	"xcom-global": {
		"web-db": [
			// The notice: 「平成23年3月7日 〜 平成25年4月23日の間にサービスを利用した利用者」: renting at some
			// point in the period. It names no channel, and no source describes an exclusion (C9).
			(r) => judge(r.orderedOn <= "2013-04-23" && r.returnedOn >= "2011-03-07", false),
			// The press and the email: those who 申し込んだ (applied) in the period; no channel either.
			(r) => judge(between(r.orderedOn, "2011-03-07", "2013-04-23"), false),
		],
	},
};

function oracle(input: RentalAnswers): { verdict: Verdict; paths: [string, Verdict][] } {
	const values = (field: "orderedVia" | "returnedVia" | "paidVia" | "paidWhen") =>
		input[field] === "unknown" ? KNOWN_VALUES[field] : [input[field]];
	// Every day the notices name lies between 2008-07-01 and 2013-05-01, so by their words every
	// day before the first of those and of the person's own days behaves like the day before it,
	// and likewise after the last: an open end is enumerated up to there.
	const named = [input.orderedOn, input.returnedOn]
		.flatMap((value) => [value?.from, value?.to])
		.filter((day): day is string => day !== undefined);
	const lowest = addDays([...named, "2008-07-01"].sort()[0] as string, -1);
	const highest = addDays([...named, "2013-05-01"].sort().at(-1) as string, 1);
	const days = (value: DayWindow) => {
		const from = value.from ?? lowest;
		const to = value.to ?? highest;
		const list: string[] = [];
		for (let current = from; current <= to; current = addDays(current, 1)) list.push(current);
		return list;
	};
	const rentals: Exact[] = [];
	for (const orderedVia of values("orderedVia"))
		for (const returnedVia of values("returnedVia"))
			for (const paidVia of values("paidVia"))
				for (const paidWhen of values("paidWhen"))
					for (const orderedOn of days(input.orderedOn as DayWindow))
						for (const returnedOn of days(input.returnedOn as DayWindow))
							if (orderedOn <= returnedOn)
								rentals.push({ orderedVia, returnedVia, paidVia, paidWhen, orderedOn, returnedOn });
	const vendors = input.vendor === "unknown" ? VENDOR_IDS : [input.vendor];
	const judged = vendors.map((vendor) => {
		const paths = judgePaths(vendor);
		const worst = paths.reduce<Verdict>(
			(most, [, v]) => (VERDICT_SEVERITY[v] > VERDICT_SEVERITY[most] ? v : most),
			"not-exposed",
		);
		return { paths, worst };
	});
	// One rental is one company's: included only if included whichever company it was, not included
	// only if under none.
	const worsts = judged.map((company) => company.worst);
	const verdict: Verdict = worsts.every((v) => v === "exposed")
		? "exposed"
		: worsts.every((v) => v === "not-exposed")
			? "not-exposed"
			: "possibly-exposed";
	return { verdict, paths: judged.flatMap((company) => company.paths) };

	function judgePaths(vendor: string): [string, Verdict][] {
		return Object.entries(WORDINGS[vendor] ?? {}).map(([path, wordings]): [string, Verdict] => {
			const verdicts = wordings.map((wording): Verdict => {
				const said = rentals.map(wording);
				if (said.every((s) => s === "in")) return "exposed";
				if (said.every((s) => s === "out")) return "not-exposed";
				return "possibly-exposed";
			});
			return [
				path,
				verdicts.every((verdict) => verdict === verdicts[0]) ? (verdicts[0] as Verdict) : "possibly-exposed",
			];
		});
	}
}

/** A refinement: what the person might remember more exactly. Unknowns become values, spans shrink. */
function refinement(base: RentalAnswers) {
	const narrow = (value: DayWindow | undefined) =>
		fc.tuple(fc.integer({ min: 0, max: 1000 }), fc.integer({ min: 0, max: 1000 })).map(([a, b]) => {
			const from = value?.from ?? (value?.to !== undefined && value.to < "2007-01-01" ? value.to : "2007-01-01");
			const to = value?.to ?? (from > "2014-12-31" ? addDays(from, 365) : "2014-12-31");
			const length = Math.round((Date.parse(to) - Date.parse(from)) / 86_400_000);
			const start = Math.floor((Math.min(a, b) / 1000) * length);
			const end = Math.floor((Math.max(a, b) / 1000) * length);
			return { from: addDays(from, start), to: addDays(from, end) };
		});
	const pick = <F extends "orderedVia" | "returnedVia" | "paidVia" | "paidWhen">(field: F) =>
		base[field] === "unknown" ? fc.constantFrom(base[field], ...KNOWN_VALUES[field]) : fc.constant(base[field]);
	return fc
		.record({
			vendor: base.vendor === "unknown" ? fc.constantFrom(base.vendor, ...VENDOR_IDS) : fc.constant(base.vendor),
			orderedVia: pick("orderedVia"),
			returnedVia: pick("returnedVia"),
			paidVia: pick("paidVia"),
			paidWhen: pick("paidWhen"),
			orderedOn: narrow(base.orderedOn),
			returnedOn: narrow(base.returnedOn),
			keepOrderMissing: fc.boolean(),
			keepReturnMissing: fc.boolean(),
		})
		.map((r): RentalAnswers | undefined => {
			const refined: RentalAnswers = {
				...base,
				vendor: r.vendor,
				orderedVia: r.orderedVia,
				returnedVia: r.returnedVia,
				paidVia: r.paidVia,
				paidWhen: r.paidWhen,
			} as RentalAnswers;
			if (base.orderedOn || !r.keepOrderMissing) refined.orderedOn = r.orderedOn;
			if (base.returnedOn || !r.keepReturnMissing) refined.returnedOn = r.returnedOn;
			// A refinement must stay possible: the return cannot come wholly before the order.
			const earliestOrder = refined.orderedOn?.from;
			const latestReturn = refined.returnedOn?.to;
			if (earliestOrder !== undefined && latestReturn !== undefined && latestReturn < earliestOrder) return undefined;
			return refined;
		});
}

const RUNS = 10_000;

describe("invariants over generated answers", () => {
	test(`the engine equals a brute-force oracle over every exact rental (${RUNS} answers)`, () => {
		fc.assert(
			fc.property(answers(6, false), (input) => {
				const assessment = assessExposure(input);
				const expected = oracle(input);
				expect(assessment.findings.map((finding) => [finding.path, finding.verdict])).toEqual(expected.paths);
				expect(assessment.verdict).toBe(expected.verdict);
				// No rental here is both in by a clause and out by another notice's exclusion, so a rental
				// that is not included is out by the windows: no exclusion is named as its reason.
				for (const finding of assessment.findings)
					if (finding.verdict === "not-exposed") expect(finding.reason.kind).toBe("criteria-not-met");
			}),
			{ numRuns: RUNS },
		);
	}, 120_000);

	test("dates known at one end only (trips): the engine equals the oracle (500 answers)", () => {
		fc.assert(
			fc.property(
				// One date open at one end, the other a short span: what a trip gives.
				answers(6, false, true).filter((input) => {
					const open = (value: DayWindow | undefined) => value?.from === undefined || value.to === undefined;
					return open(input.orderedOn) !== open(input.returnedOn);
				}),
				fc.constantFrom(...ORDER_CHANNELS.filter((value) => value !== "unknown")),
				(input, orderedVia) => {
					// Known channels keep the oracle's exact enumeration of ~1,800 open days quick.
					const known = {
						...input,
						orderedVia,
						returnedVia: input.returnedVia === "unknown" ? "courier" : input.returnedVia,
					} as RentalAnswers;
					const expected = oracle(known);
					expect(assessExposure(known).findings.map((finding) => [finding.path, finding.verdict])).toEqual(
						expected.paths,
					);
				},
			),
			{ numRuns: 500 },
		);
	}, 120_000);

	test(`remembering more never contradicts a definite verdict; unknowns never hide an exposure (${RUNS} pairs)`, () => {
		fc.assert(
			fc.property(
				answers(400, true, true).chain((base) => fc.tuple(fc.constant(base), refinement(base))),
				([base, refined]) => {
					if (!refined) return;
					const before = assessExposure(base);
					const after = assessExposure(refined);
					// The rental's own verdict too: learning which company it was never overturns a definite one.
					if (before.verdict !== "possibly-exposed") expect(after.verdict).toBe(before.verdict);
					for (const finding of before.findings) {
						const later = after.findings.find((candidate) => candidate.path === finding.path)?.verdict;
						// A server of the company it turned out not to be with is no longer assessed.
						if (later === undefined) continue;
						if (finding.verdict !== "possibly-exposed") expect(later).toBe(finding.verdict);
						// An unknown answer never gives 'not-exposed' where a known one could give 'exposed'.
						if (later === "exposed") expect(finding.verdict).not.toBe("not-exposed");
						if (later === "not-exposed") expect(finding.verdict).not.toBe("exposed");
					}
				},
			),
			{ numRuns: RUNS },
		);
	}, 120_000);

	test("the verdict is the most severe finding (over the companies it could be with), and every valid answer gets one", () => {
		fc.assert(
			fc.property(answers(400, true), (input) => {
				const { verdict, findings, companies } = assessExposure(input);
				expect(findings.length).toBeGreaterThan(0);
				for (const company of companies) {
					const own = findings.filter((finding) => finding.incident.startsWith(company.vendor));
					const worst = Math.max(...own.map((finding) => VERDICT_SEVERITY[finding.verdict]));
					expect(VERDICT_SEVERITY[company.verdict]).toBe(worst);
				}
				if (companies.length === 1) expect(verdict).toBe(companies[0]?.verdict);
				else if (companies.every((company) => company.verdict === "exposed")) expect(verdict).toBe("exposed");
				else if (companies.every((company) => company.verdict === "not-exposed")) expect(verdict).toBe("not-exposed");
				else expect(verdict).toBe("possibly-exposed");
			}),
			{ numRuns: 2_000 },
		);
	}, 120_000);

	test("the rental's outlook holds: its wouldSettle answers settle it, answers outside couldChange never move it", () => {
		fc.assert(
			fc.property(answers(60, true), fc.integer({ min: 0, max: 10_000 }), (input, seed) => {
				const assessment = assessExposure(input);
				if (assessment.verdict !== "possibly-exposed") {
					expect(assessment.wouldSettle).toEqual([]);
					expect(assessment.couldChange).toEqual([]);
					return;
				}
				const unanswered = (field: RentalField) => input[field] === undefined || input[field] === "unknown";
				for (const field of assessment.wouldSettle.filter(unanswered)) expect(assessment.couldChange).toContain(field);
				for (const field of ANSWER_FIELDS) {
					const refined: RentalAnswers = { ...input };
					if (field === "orderedOn" || field === "returnedOn") {
						const base = { from: input[field]?.from ?? "2007-01-01", to: input[field]?.to ?? "2014-12-31" };
						if (base.from === base.to) continue;
						const length = Math.round((Date.parse(base.to) - Date.parse(base.from)) / 86_400_000);
						const exact = addDays(base.from, seed % (length + 1));
						refined[field] = { from: exact, to: exact };
					} else {
						if (input[field] !== "unknown") continue;
						const options = KNOWN_VALUES[field];
						refined[field] = options[seed % options.length] as never;
					}
					const earliestOrder = refined.orderedOn?.from;
					const latestReturn = refined.returnedOn?.to;
					if (earliestOrder !== undefined && latestReturn !== undefined && latestReturn < earliestOrder) continue;
					const after = assessExposure(refined).verdict;
					if (assessment.wouldSettle.includes(field)) expect(after, `${field} settles`).not.toBe("possibly-exposed");
					if (unanswered(field) && !assessment.couldChange.includes(field))
						expect(after, `${field} cannot change it`).toBe("possibly-exposed");
				}
			}),
			{ numRuns: 1_000 },
		);
	}, 120_000);

	test("explanations hold: decidedBy answers matter, wouldSettle answers settle", () => {
		fc.assert(
			fc.property(answers(60, true), fc.integer({ min: 0, max: 10_000 }), (input, seed) => {
				for (const finding of assessExposure(input).findings) {
					if (finding.verdict === "possibly-exposed") {
						expect(finding.decidedBy).toEqual([]);
						for (const field of finding.wouldSettle) {
							const refined: RentalAnswers = { ...input };
							if (field === "orderedOn" || field === "returnedOn") {
								const base = { from: input[field]?.from ?? "2007-01-01", to: input[field]?.to ?? "2014-12-31" };
								const length = Math.round((Date.parse(base.to) - Date.parse(base.from)) / 86_400_000);
								const exact = addDays(base.from, seed % (length + 1));
								refined[field] = { from: exact, to: exact };
							} else {
								const options = KNOWN_VALUES[field];
								refined[field] = options[seed % options.length] as never;
							}
							const earliestOrder = refined.orderedOn?.from;
							const latestReturn = refined.returnedOn?.to;
							if (earliestOrder !== undefined && latestReturn !== undefined && latestReturn < earliestOrder) continue;
							const settled = assessExposure(refined).findings.find((f) => f.path === finding.path);
							expect(settled?.verdict, `${field} settles ${finding.path}`).not.toBe("possibly-exposed");
						}
					} else {
						expect(finding.wouldSettle).toEqual([]);
						for (const field of finding.decidedBy) {
							const forgotten: RentalAnswers = { ...input };
							if (field === "orderedOn" || field === "returnedOn") delete forgotten[field];
							else forgotten[field] = "unknown" as never;
							const changed = assessExposure(forgotten).findings.find((f) => f.path === finding.path);
							expect(changed?.verdict).not.toBe(finding.verdict);
						}
					}
				}
			}),
			{ numRuns: 1_000 },
		);
	}, 120_000);
});
