import { describe, expect, test } from "vitest";
import { assessExposure, InvalidAnswersError } from ".";
import { on, rental } from "./testing";

const TS = "telecom-square" as const;
const XC = "xcom-global" as const;

describe("the assessment", () => {
	test("one finding per exposure path of the vendor's incidents", () => {
		expect(assessExposure(rental({ vendor: TS })).findings.map((f) => f.path)).toEqual(["ap-a", "web-b"]);
		expect(assessExposure(rental({ vendor: XC })).findings.map((f) => f.path)).toEqual(["web-db"]);
	});

	test("the verdict is the most severe finding", () => {
		const answers = rental({
			vendor: TS,
			orderedVia: "vendor-website",
			orderedOn: "2012-07-01",
			returnedVia: "courier",
			paidVia: "card-online",
		});
		const assessment = assessExposure(answers);
		expect(assessment.findings.map((f) => f.verdict)).toEqual(["not-exposed", "exposed"]);
		expect(assessment.verdict).toBe("exposed");
	});

	test("what each path leaked is stated whatever the verdict, security code only for XCom", () => {
		const [apA, webB] = assessExposure(rental({ vendor: TS })).findings;
		expect(apA?.exposedData).toEqual([
			"company",
			"department",
			"name",
			"address",
			"email",
			"phone",
			"cardholder-name",
			"card-number",
			"card-expiry",
		]);
		expect(webB?.exposedData).toEqual(["card-number", "card-expiry"]);
		expect(assessExposure(rental({ vendor: XC })).findings[0]?.exposedData).toContain("card-security-code");
		expect([...(apA?.exposedData ?? []), ...(webB?.exposedData ?? [])]).not.toContain("card-security-code");
	});

	test("nothing remembered is never 'not exposed'", () => {
		expect(assessExposure(rental({ vendor: TS })).verdict).toBe("possibly-exposed");
		expect(assessExposure(rental({ vendor: XC })).verdict).toBe("possibly-exposed");
	});
});

describe("each finding explains itself", () => {
	test("which clauses met the criteria, and which answers decided it", () => {
		const finding = assessExposure(
			rental({
				vendor: TS,
				orderedVia: "vendor-website",
				orderedOn: "2012-07-01",
				returnedVia: "courier",
				paidVia: "card-online",
			}),
		).findings[1];
		expect(finding?.reason).toEqual({
			kind: "criteria-met",
			clauses: ["web-b-v1-website-order", "web-b-v2-website-order"],
		});
		expect(finding?.decidedBy).toEqual(["orderedVia", "orderedOn"]);
		expect(finding?.wouldSettle).toEqual([]);
		expect(finding?.sources).toContain("cs011");
	});

	test("a 'not exposed' names the answer it rests on", () => {
		const finding = assessExposure(
			rental({
				vendor: XC,
				orderedVia: "vendor-website",
				orderedOn: "2013-06-01",
				returnedVia: "courier",
				paidVia: "card-online",
			}),
		).findings[0];
		expect(finding?.verdict).toBe("not-exposed");
		expect(finding?.decidedBy).toEqual(["orderedOn"]);
	});

	test("the return date alone can decide, because the order comes before the return", () => {
		const finding = assessExposure(rental({ vendor: XC, orderedVia: "vendor-website", returnedOn: "2011-03-06" }))
			.findings[0];
		expect(finding?.verdict).toBe("not-exposed");
		expect(finding?.decidedBy).toEqual(["returnedOn"]);
	});

	test("a 'possibly' names the single answer that would settle it", () => {
		const finding = assessExposure(
			rental({ vendor: XC, orderedVia: "vendor-website", orderedOn: { from: "2013-04-01", to: "2013-04-30" } }),
		).findings[0];
		expect(finding?.verdict).toBe("possibly-exposed");
		expect(finding?.reason.kind).toBe("depends-on-answers");
		expect(finding?.wouldSettle).toEqual(["orderedOn"]);
	});

	test("the channel can be the settling answer", () => {
		const web = assessExposure(
			rental({
				vendor: TS,
				orderedOn: "2012-07-01",
				returnedVia: "airport-counter",
				paidVia: "airport-counter",
				paidWhen: "when-returning",
			}),
		).findings[1];
		expect(web?.verdict).toBe("possibly-exposed");
		expect(web?.wouldSettle).toEqual(["orderedVia"]);
	});

	test("the rental's outlook: the answers that would settle it, and those that could still change it", () => {
		const assessment = assessExposure(
			rental({
				vendor: TS,
				orderedOn: "2012-07-01",
				returnedVia: "airport-counter",
				paidVia: "airport-counter",
				paidWhen: "when-returning",
			}),
		);
		expect(assessment.verdict).toBe("possibly-exposed");
		expect(assessment.wouldSettle).toEqual(["orderedVia"]);
		// The return day could matter (a return before 2012-06-01 is impossible here), the channel does.
		expect(assessment.couldChange).toContain("orderedVia");
		const nothing = assessExposure(rental({ vendor: TS }));
		expect(nothing.wouldSettle).toEqual([]);
		expect(nothing.couldChange).toEqual([
			"orderedVia",
			"orderedOn",
			"returnedVia",
			"returnedOn",
			"paidVia",
			"paidWhen",
		]);
		expect(assessExposure(rental({ vendor: XC, orderedOn: "2012-01-01" })).couldChange).toEqual([]);
	});

	test("a contradiction no single answer settles is said so: nothing in wouldSettle", () => {
		const assessment = assessExposure(
			rental({
				vendor: TS,
				orderedVia: "airport-counter",
				returnedVia: "courier",
				returnedOn: "2012-12-01",
				paidVia: "airport-counter",
				paidWhen: "another-time",
			}),
		);
		expect(assessment.verdict).toBe("possibly-exposed");
		expect(assessment.wouldSettle).toEqual([]);
	});

	test("where the notices disagree, the finding says so and shows each wording with its sources", () => {
		const finding = assessExposure(
			rental({
				vendor: TS,
				orderedVia: "vendor-website",
				orderedOn: "2012-12-01",
				returnedVia: "airport-counter",
				paidVia: "airport-counter",
			}),
		).findings[1];
		expect(finding?.reason).toEqual({ kind: "sources-disagree", conflict: "C1" });
		expect(finding?.wordings).toEqual([
			expect.objectContaining({
				wording: "web-b-announcement-day",
				verdict: "not-exposed",
				sources: expect.arrayContaining(["shimajiro-0920"]),
			}),
			expect.objectContaining({
				wording: "web-b-official-report",
				verdict: "exposed",
				sources: expect.arrayContaining(["cs011"]),
			}),
		]);
	});

	test("XCom names no channel: a rental in the window is included however it was ordered, with C9 as a note", () => {
		for (const orderedVia of ["vendor-website", "corporate-site", "airport-counter", "other", "unknown"] as const) {
			const finding = assessExposure(
				rental({ vendor: XC, orderedVia, orderedOn: "2012-01-01", returnedOn: "2012-01-05" }),
			).findings[0];
			expect(finding?.verdict, orderedVia).toBe("exposed");
			expect(finding?.decidedBy, orderedVia).not.toContain("orderedVia");
		}
	});
});

describe("bad input never gets a verdict", () => {
	const valid = rental({
		vendor: TS,
		orderedVia: "vendor-website",
		orderedOn: "2012-07-01",
		returnedVia: "courier",
		returnedOn: "2012-07-10",
		paidVia: "card-online",
	});

	function issuesOf(input: unknown) {
		try {
			assessExposure(input as never);
		} catch (error) {
			expect(error).toBeInstanceOf(InvalidAnswersError);
			return (error as InvalidAnswersError).issues;
		}
		throw new Error("no error thrown");
	}

	test.each([
		[
			"an impossible day",
			{ ...valid, orderedOn: { from: "2012-02-30", to: "2012-03-01" } },
			[{ field: "orderedOn", part: "from", problem: "impossible-day" }],
		],
		[
			"a malformed day",
			{ ...valid, returnedOn: { from: "2012-7-10", to: "2012-07-10" } },
			[{ field: "returnedOn", part: "from", problem: "malformed-day" }],
		],
		[
			"a day with a time",
			{ ...valid, orderedOn: { from: "2012-07-01T00:00:00Z", to: "2012-07-01" } },
			[{ field: "orderedOn", part: "from", problem: "malformed-day" }],
		],
		[
			"a span whose from is after its to",
			{ ...valid, orderedOn: { from: "2012-07-02", to: "2012-07-01" } },
			[{ field: "orderedOn", problem: "span-reversed" }],
		],
		[
			"a return before the order",
			{ ...valid, returnedOn: on("2012-06-30") },
			[{ field: "returnedOn", problem: "return-before-order" }],
		],
		["an unknown vendor", { ...valid, vendor: "wi-ho" }, [{ field: "vendor", problem: "unknown-value" }]],
		["an unknown order channel", { ...valid, orderedVia: "fax" }, [{ field: "orderedVia", problem: "unknown-value" }]],
		[
			"an unknown return channel",
			{ ...valid, returnedVia: "post-office" },
			[{ field: "returnedVia", problem: "unknown-value" }],
		],
		["an unknown payment place", { ...valid, paidVia: "cash" }, [{ field: "paidVia", problem: "unknown-value" }]],
		["a missing channel", { ...valid, paidVia: undefined }, [{ field: "paidVia", problem: "missing" }]],
		[
			"a date that is not a span",
			{ ...valid, orderedOn: "2012-07-01" },
			[{ field: "orderedOn", problem: "not-a-span" }],
		],
		[
			"a Date object",
			{ ...valid, orderedOn: { from: new Date(0), to: "2012-07-01" } },
			[{ field: "orderedOn", part: "from", problem: "malformed-day" }],
		],
	])("%s", (_name, input, expected) => {
		expect(issuesOf(input)).toEqual(expected);
	});

	test("every bad field is named at once", () => {
		const issues = issuesOf({
			vendor: "nope",
			orderedVia: "fax",
			returnedVia: "courier",
			paidVia: "cash",
			paidWhen: "unknown",
			orderedOn: { from: "2013-02-29", to: "2013-03-01" },
		});
		expect(issues.map((issue) => issue.field)).toEqual(["vendor", "orderedVia", "paidVia", "orderedOn"]);
		expect(() => assessExposure({ vendor: "nope" } as never)).toThrow(
			/vendor \(unknown-value\).*orderedVia \(missing\)/,
		);
	});

	test.each([null, undefined, "telecom-square", 42, []])("%j is not answers", (input) => {
		expect(() => assessExposure(input as never)).toThrow(InvalidAnswersError);
	});

	test("a return on the order day is fine", () => {
		expect(() => assessExposure({ ...valid, returnedOn: on("2012-07-01") })).not.toThrow();
	});

	test("overlapping spans are fine: the order only has to be possible before the return", () => {
		expect(() =>
			assessExposure({
				...valid,
				orderedOn: { from: "2012-07-01", to: "2012-07-31" },
				returnedOn: { from: "2012-07-01", to: "2012-07-05" },
			}),
		).not.toThrow();
	});
});

test("not remembering how you ordered, in XCom's window: included, since no wording names a channel", () => {
	const finding = assessExposure(rental({ vendor: XC, orderedOn: "2012-05-01", returnedOn: "2012-05-10" })).findings[0];
	expect(finding?.verdict).toBe("exposed");
	expect(finding?.reason).toEqual({
		kind: "criteria-met",
		clauses: ["web-db-used-in-period", "web-db-applied-in-period"],
	});
});
