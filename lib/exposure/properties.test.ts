import fc from "fast-check";
import { describe, expect, test } from "vitest";
import { addDays, type DaySpan } from "../calendar/day";
import { isDayWithin } from "../calendar/interval";
import { incidentsOf } from "../incidents";
import {
	KNOWN_VALUES,
	ORDER_CHANNELS,
	PAYMENT_PLACES,
	RETURN_CHANNELS,
	type RentalAnswers,
	VENDOR_IDS,
} from "../incidents/rental";
import type { Condition, Exclusion, Wording } from "../incidents/types";
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

function answers(maxLength: number, dateOptional: boolean) {
	const maybe = <T>(arb: fc.Arbitrary<T>) => (dateOptional ? fc.option(arb, { nil: undefined, freq: 3 }) : arb);
	return fc
		.record({
			vendor: fc.constantFrom(...VENDOR_IDS),
			orderedVia: fc.constantFrom(...ORDER_CHANNELS),
			returnedVia: fc.constantFrom(...RETURN_CHANNELS),
			paidVia: fc.constantFrom(...PAYMENT_PLACES),
			orderedOn: maybe(span(maxLength)),
			returnedOn: maybe(span(maxLength)),
		})
		.map((raw): RentalAnswers => {
			const result: RentalAnswers = {
				vendor: raw.vendor,
				orderedVia: raw.orderedVia,
				returnedVia: raw.returnedVia,
				paidVia: raw.paidVia,
			};
			if (raw.orderedOn) result.orderedOn = raw.orderedOn;
			if (raw.returnedOn) {
				// Keep the answers valid: a return wholly before the order is moved to the order.
				result.returnedOn =
					raw.orderedOn && raw.returnedOn.to < raw.orderedOn.from
						? { from: raw.orderedOn.from, to: addDays(raw.orderedOn.from, 3) }
						: raw.returnedOn;
			}
			return result;
		});
}

/**
 * An independent oracle: every exact rental (every day pair, every channel) the answers allow,
 * judged clause by clause. It shares the data with the engine, never its segment logic.
 */
function holds(condition: Condition, rentalDays: Record<string, string>): boolean {
	if ("within" in condition) return isDayWithin(rentalDays[condition.answer] as string, condition.within);
	return (condition.oneOf as readonly string[]).includes(rentalDays[condition.answer] as string);
}

function oracle(input: RentalAnswers): { verdict: Verdict; paths: Verdict[] } {
	const values = (field: "orderedVia" | "returnedVia" | "paidVia") =>
		input[field] === "unknown" ? KNOWN_VALUES[field] : [input[field]];
	const days = (value: DaySpan) => {
		const list: string[] = [];
		for (let current = value.from; current <= value.to; current = addDays(current, 1)) list.push(current);
		return list;
	};
	const paths: Verdict[] = [];
	for (const incident of incidentsOf(input.vendor)) {
		for (const path of incident.paths) {
			const exclusions: Exclusion[] = incident.exclusions.filter((exclusion) => exclusion.appliesTo.includes(path.id));
			const wordingVerdicts = path.wordings.map((wording: Wording) => {
				let inside = 0;
				let total = 0;
				let silent = 0;
				for (const orderedVia of values("orderedVia"))
					for (const returnedVia of values("returnedVia"))
						for (const paidVia of values("paidVia"))
							for (const orderedOn of days(input.orderedOn as DaySpan))
								for (const returnedOn of days(input.returnedOn as DaySpan)) {
									if (orderedOn > returnedOn) continue;
									const world = { orderedVia, returnedVia, paidVia, orderedOn, returnedOn };
									total++;
									if (exclusions.some((exclusion) => exclusion.all.every((c) => holds(c, world)))) continue;
									if (wording.clauses.some((clause) => clause.all.every((c) => holds(c, world)))) inside++;
									else if (wording.unresolved?.some((clause) => clause.all.every((c) => holds(c, world)))) silent++;
								}
				const verdict: Verdict =
					inside === total ? "exposed" : inside === 0 && silent === 0 ? "not-exposed" : "possibly-exposed";
				return verdict;
			});
			paths.push(
				wordingVerdicts.every((verdict) => verdict === wordingVerdicts[0])
					? (wordingVerdicts[0] as Verdict)
					: "possibly-exposed",
			);
		}
	}
	const verdict = paths.reduce<Verdict>(
		(worst, v) => (VERDICT_SEVERITY[v] > VERDICT_SEVERITY[worst] ? v : worst),
		"not-exposed",
	);
	return { verdict, paths };
}

/** A refinement: what the person might remember more exactly. Unknowns become values, spans shrink. */
function refinement(base: RentalAnswers) {
	const narrow = (value: DaySpan | undefined) =>
		fc.tuple(fc.integer({ min: 0, max: 1000 }), fc.integer({ min: 0, max: 1000 })).map(([a, b]) => {
			const from = value?.from ?? "2007-01-01";
			const to = value?.to ?? "2014-12-31";
			const length = Math.round((Date.parse(to) - Date.parse(from)) / 86_400_000);
			const start = Math.floor((Math.min(a, b) / 1000) * length);
			const end = Math.floor((Math.max(a, b) / 1000) * length);
			return { from: addDays(from, start), to: addDays(from, end) };
		});
	const pick = <F extends "orderedVia" | "returnedVia" | "paidVia">(field: F) =>
		base[field] === "unknown" ? fc.constantFrom(base[field], ...KNOWN_VALUES[field]) : fc.constant(base[field]);
	return fc
		.record({
			orderedVia: pick("orderedVia"),
			returnedVia: pick("returnedVia"),
			paidVia: pick("paidVia"),
			orderedOn: narrow(base.orderedOn),
			returnedOn: narrow(base.returnedOn),
			keepOrderMissing: fc.boolean(),
			keepReturnMissing: fc.boolean(),
		})
		.map((r): RentalAnswers | undefined => {
			const refined: RentalAnswers = {
				...base,
				orderedVia: r.orderedVia,
				returnedVia: r.returnedVia,
				paidVia: r.paidVia,
			} as RentalAnswers;
			if (base.orderedOn || !r.keepOrderMissing) refined.orderedOn = r.orderedOn;
			if (base.returnedOn || !r.keepReturnMissing) refined.returnedOn = r.returnedOn;
			// A refinement must stay possible: the return cannot come wholly before the order.
			if (refined.orderedOn && refined.returnedOn && refined.returnedOn.to < refined.orderedOn.from) return undefined;
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
				expect(assessment.findings.map((finding) => finding.verdict)).toEqual(expected.paths);
				expect(assessment.verdict).toBe(expected.verdict);
			}),
			{ numRuns: RUNS },
		);
	}, 120_000);

	test(`remembering more never contradicts a definite verdict; unknowns never hide an exposure (${RUNS} pairs)`, () => {
		fc.assert(
			fc.property(
				answers(400, true).chain((base) => fc.tuple(fc.constant(base), refinement(base))),
				([base, refined]) => {
					if (!refined) return;
					const before = assessExposure(base);
					const after = assessExposure(refined);
					before.findings.forEach((finding, index) => {
						const later = after.findings[index]?.verdict;
						if (finding.verdict !== "possibly-exposed") expect(later).toBe(finding.verdict);
						// An unknown answer never gives 'not-exposed' where a known one could give 'exposed'.
						if (later === "exposed") expect(finding.verdict).not.toBe("not-exposed");
						if (later === "not-exposed") expect(finding.verdict).not.toBe("exposed");
					});
				},
			),
			{ numRuns: RUNS },
		);
	}, 120_000);

	test("the verdict is the most severe finding, and every valid answer gets one", () => {
		fc.assert(
			fc.property(answers(400, true), (input) => {
				const { verdict, findings } = assessExposure(input);
				expect(findings.length).toBeGreaterThan(0);
				const worst = Math.max(...findings.map((finding) => VERDICT_SEVERITY[finding.verdict]));
				expect(VERDICT_SEVERITY[verdict]).toBe(worst);
			}),
			{ numRuns: 2_000 },
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
								const base = input[field] ?? { from: "2007-01-01", to: "2014-12-31" };
								const length = Math.round((Date.parse(base.to) - Date.parse(base.from)) / 86_400_000);
								const exact = addDays(base.from, seed % (length + 1));
								refined[field] = { from: exact, to: exact };
							} else {
								const options = KNOWN_VALUES[field];
								refined[field] = options[seed % options.length] as never;
							}
							if (refined.orderedOn && refined.returnedOn && refined.returnedOn.to < refined.orderedOn.from) continue;
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
