import fc from "fast-check";
import { describe, expect, test } from "vitest";
import { addDays } from "../calendar/day";
import type { DayWindow } from "../calendar/interval";
import {
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
import { rental } from "./testing";
import type { Lead, Verdict } from "./types";

/**
 * The way forward: for a "possibly", every question whose answer can settle it, with where each of
 * its values leads. Hand-written rows from the notices' words (truth audit G3, issue 23 item 3),
 * then properties over generated answers: every lead leads where it says, and no question that can
 * settle the result is left out.
 */
const E: Verdict = "exposed";
const P: Verdict = "possibly-exposed";
const N: Verdict = "not-exposed";

function waysOf(answers: RentalAnswers) {
	return Object.fromEntries(assessExposure(answers).ways.map((way) => [way.field, way.leads]));
}

const days = (from: string | undefined, to: string | undefined, verdict: Verdict): Lead => ({
	values: { days: { ...(from && { from }), ...(to && { to }) } },
	verdict,
});
const choices = (values: string[], verdict: Verdict): Lead => ({ values: { choices: values }, verdict });

describe("where each answer leads (hand-written)", () => {
	test("Telecom Square, website order in autumn 2012: on or before 14 October settles it (G3)", () => {
		const answers = rental({
			vendor: "telecom-square",
			orderedVia: "vendor-website",
			orderedOn: { from: "2012-09-01", to: "2012-11-30" },
		});
		const assessment = assessExposure(answers);
		expect(assessment.verdict).toBe(P);
		const webB = assessment.findings.find((finding) => finding.path === "web-b");
		// The announcement-day wording is itself "possibly" (② could still hold): the answers decide.
		expect(webB?.wordings.map((wording) => wording.verdict)).toEqual([P, E]);
		expect(webB?.reason.kind).toBe("depends-on-answers");
		expect(waysOf(answers).orderedOn).toEqual([
			days("2012-09-01", "2012-10-14", E),
			days("2012-10-15", "2012-11-30", P),
		]);
	});

	test("Telecom Square, courier return in October 2012: from 15 October it is included under both wordings", () => {
		const answers = rental({
			vendor: "telecom-square",
			orderedVia: "other",
			returnedVia: "courier",
			returnedOn: { from: "2012-10-01", to: "2012-10-31" },
		});
		const webB = assessExposure(answers).findings.find((finding) => finding.path === "web-b");
		expect(webB?.reason.kind).toBe("depends-on-answers");
		expect(waysOf(answers).returnedOn).toEqual([
			days("2012-10-01", "2012-10-14", P),
			days("2012-10-15", "2012-10-31", E),
		]);
	});

	test("XCom ordered 2011-02-20, return not remembered: a return before 7 March 2011 settles it (G3)", () => {
		const answers = rental({ vendor: "xcom-global", orderedOn: "2011-02-20" });
		const webDb = assessExposure(answers).findings[0];
		expect(webDb?.wordings.map((wording) => wording.verdict)).toEqual([P, N]);
		expect(webDb?.reason.kind).toBe("depends-on-answers");
		expect(waysOf(answers).returnedOn).toEqual([days("2011-02-20", "2011-03-06", N), days("2011-03-07", undefined, P)]);
	});

	test("XCom ordered in April 2013: before or after 23 April is the question", () => {
		const answers = rental({ vendor: "xcom-global", orderedOn: { from: "2013-04-01", to: "2013-04-30" } });
		expect(waysOf(answers).orderedOn).toEqual([
			days("2013-04-01", "2013-04-23", E),
			days("2013-04-24", "2013-04-30", N),
		]);
	});

	test("Telecom Square website order in 2011: the return day settles it (issue 23)", () => {
		const answers = rental({
			vendor: "telecom-square",
			orderedVia: "vendor-website",
			orderedOn: { from: "2011-01-01", to: "2011-12-31" },
		});
		const ways = waysOf(answers);
		expect(assessExposure(answers).verdict).toBe(P);
		// Returned before Web-B's period: nothing of either wording can hold.
		expect(ways.returnedOn?.[0]).toEqual(days("2011-01-01", "2012-05-31", N));
	});

	test("a company not remembered: which company it was, and where each leads", () => {
		const answers = rental({ vendor: "unknown", orderedVia: "vendor-website", orderedOn: "2012-07-10" });
		const assessment = assessExposure(answers);
		// Included whichever company it was: one rental, one company, included either way.
		expect(assessment.companies).toEqual([
			{ vendor: "telecom-square", verdict: E },
			{ vendor: "xcom-global", verdict: E },
		]);
		expect(assessment.verdict).toBe(E);
		expect(assessment.ways).toEqual([]);
		const later = rental({ vendor: "unknown", orderedVia: "vendor-website", orderedOn: "2013-03-01" });
		expect(assessExposure(later).verdict).toBe(P);
		expect(waysOf(later).vendor).toEqual([choices(["telecom-square"], N), choices(["xcom-global"], E)]);
	});

	test("no way is offered where no single answer can settle it", () => {
		// Counter order and settlement, returned by courier inside both ② windows: the notice
		// contradicts itself (C15) and nothing the person can add changes that.
		const answers = rental({
			vendor: "telecom-square",
			orderedVia: "airport-counter",
			paidVia: "airport-counter",
			paidWhen: "another-time",
			returnedVia: "courier",
			orderedOn: "2012-11-01",
			returnedOn: "2012-11-15",
		});
		const assessment = assessExposure(answers);
		expect(assessment.verdict).toBe(P);
		expect(assessment.ways).toEqual([]);
	});
});

/** Generated answers, the company sometimes not remembered; spans up to a few months. */
const EDGES = ["2008-07-01", "2011-03-07", "2012-06-01", "2012-10-15", "2013-02-06", "2013-04-24", "2013-05-01"];
const day = fc.oneof(
	fc.tuple(fc.constantFrom(...EDGES), fc.integer({ min: -40, max: 40 })).map(([edge, offset]) => addDays(edge, offset)),
	fc.integer({ min: 0, max: 8 * 366 }).map((offset) => addDays("2007-01-01", offset)),
);
const window = fc
	.tuple(day, fc.integer({ min: 0, max: 120 }), fc.constantFrom("both", "from", "to"))
	.map(([from, length, keep]): DayWindow => {
		const to = addDays(from, length);
		return keep === "both" ? { from, to } : keep === "from" ? { from } : { to };
	});
const answers = fc
	.record({
		vendor: fc.constantFrom(...VENDOR_IDS, "unknown" as const),
		orderedVia: fc.constantFrom(...ORDER_CHANNELS),
		returnedVia: fc.constantFrom(...RETURN_CHANNELS),
		paidVia: fc.constantFrom(...PAYMENT_PLACES),
		paidWhen: fc.constantFrom(...PAYMENT_TIMES),
		orderedOn: fc.option(window, { nil: undefined, freq: 3 }),
		returnedOn: fc.option(window, { nil: undefined, freq: 3 }),
	})
	.map((raw): RentalAnswers | undefined => {
		const { orderedOn, returnedOn, ...rest } = raw;
		const result: RentalAnswers = { ...rest };
		if (orderedOn) result.orderedOn = orderedOn;
		if (returnedOn) result.returnedOn = returnedOn;
		if (orderedOn?.from !== undefined && returnedOn?.to !== undefined && returnedOn.to < orderedOn.from)
			return undefined;
		return result;
	});

/** A value inside a lead's set, picked by `seed`: a day of its run (open ends reach 400 days out), or a choice. */
function pick(lead: Lead, seed: number): string | DayWindow {
	if ("choices" in lead.values) return lead.values.choices[seed % lead.values.choices.length] as string;
	const { from, to } = lead.values.days;
	const start = from ?? addDays(to as string, -400);
	const end = to ?? addDays(from as string, 400);
	const length = Math.round((Date.parse(end) - Date.parse(start)) / 86_400_000);
	const exact = addDays(start, seed % (length + 1));
	return { from: exact, to: exact };
}

const withValue = (input: RentalAnswers, field: RentalField, value: string | DayWindow) =>
	({ ...input, [field]: value }) as RentalAnswers;

describe("the way forward over generated answers", () => {
	test("every lead leads where it says, and the leads of a date answer tile its allowed days in order", () => {
		fc.assert(
			fc.property(answers, fc.integer({ min: 0, max: 100_000 }), (input, seed) => {
				if (!input) return;
				const assessment = assessExposure(input);
				if (assessment.verdict !== "possibly-exposed") {
					expect(assessment.ways).toEqual([]);
					return;
				}
				for (const way of assessment.ways) {
					expect(way.leads.some((lead) => lead.verdict !== "possibly-exposed")).toBe(true);
					expect(way.settlesAll).toBe(way.leads.every((lead) => lead.verdict !== "possibly-exposed"));
					for (const lead of way.leads) {
						const refined = withValue(input, way.field, pick(lead, seed));
						expect(assessExposure(refined).verdict, `${way.field} ${JSON.stringify(lead.values)}`).toBe(lead.verdict);
					}
					if (way.field === "orderedOn" || way.field === "returnedOn") {
						const runs = way.leads.map((lead) => ("days" in lead.values ? lead.values.days : {}));
						runs.slice(1).forEach((run, index) => {
							expect(run.from).toBe(addDays(runs[index]?.to as string, 1));
						});
					}
				}
			}),
			{ numRuns: 1_500 },
		);
	}, 180_000);

	test("no question that can settle a 'possibly' is left out (never 'no answer settles this' where one does)", () => {
		fc.assert(
			fc.property(answers, (input) => {
				if (!input) return;
				const assessment = assessExposure(input);
				if (assessment.verdict !== "possibly-exposed") return;
				const offered = new Set(assessment.ways.map((way) => way.field));
				for (const field of ["vendor", "orderedVia", "returnedVia", "paidVia", "paidWhen"] as const) {
					if (input[field] !== "unknown") continue;
					const values = field === "vendor" ? VENDOR_IDS : KNOWN_VALUES[field];
					const settles = values.some(
						(value) => assessExposure(withValue(input, field, value)).verdict !== "possibly-exposed",
					);
					expect(offered.has(field), field).toBe(settles);
				}
				for (const field of ["orderedOn", "returnedOn"] as const) {
					const span = input[field];
					if (span?.from !== undefined && span.from === span.to) continue;
					// Every day near an edge, inside the answer and not contradicting the other date.
					const other = field === "orderedOn" ? input.returnedOn : input.orderedOn;
					const settles = EDGES.flatMap((edge) => [addDays(edge, -1), edge]).some((candidate) => {
						if (span?.from !== undefined && candidate < span.from) return false;
						if (span?.to !== undefined && candidate > span.to) return false;
						if (field === "orderedOn" && other?.to !== undefined && candidate > other.to) return false;
						if (field === "returnedOn" && other?.from !== undefined && candidate < other.from) return false;
						const exact = { from: candidate, to: candidate };
						return assessExposure(withValue(input, field, exact)).verdict !== "possibly-exposed";
					});
					// The edges' days are a sample: where one settles, the question must be offered.
					if (settles) expect(offered.has(field), field).toBe(true);
				}
			}),
			{ numRuns: 1_500 },
		);
	}, 180_000);
});
