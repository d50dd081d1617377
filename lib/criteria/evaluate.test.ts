import { describe, expect, test } from "vitest";
import { assessExposure, assessExposureIn } from "../exposure";
import { rental } from "../exposure/testing";
import { draftMessage } from "../i18n/criteria-messages";
import { incidentFromRecord } from "../incidents/criteria-record";
import type { VendorId } from "../incidents/rental";
import { AnswersError, evaluateRecord, evaluationView, readAnswers, verdictWords } from "./evaluate";
import { applyPatch } from "./patch";
import { SHIPPED_RECORDS } from "./records";

const xcom = SHIPPED_RECORDS["xcom-global-2013"];
if (!xcom) throw new Error("no XCom record");

describe("a draft is evaluated on its own, and never changes the shipped records", () => {
	test("a draft with the same id and a later window: its own verdict, the product's unchanged, in either order", () => {
		const draft = applyPatch(xcom, [
			{ op: "replace", path: "/paths/0/wordings/1/clauses/0/all/0/within/from", value: "2011-03-08" },
			{ op: "replace", path: "/paths/0/wordings/0/clauses/0/all/1/within/from", value: "2011-03-08" },
		]);
		const answers = rental({ vendor: "xcom-global", orderedOn: "2011-03-07", returnedOn: "2011-03-07" });
		const before = assessExposure(answers);
		expect(before.verdict).toBe("exposed");
		const evaluated = evaluateRecord(draft, readAnswers({ orderedOn: "2011-03-07", returnedOn: "2011-03-07" }, draft));
		expect(evaluated.company?.verdict).toBe("not-included");
		expect(assessExposure(answers)).toEqual(before);
		expect(
			evaluateRecord(xcom, readAnswers({ orderedOn: "2011-03-07", returnedOn: "2011-03-07" }, xcom)).company?.verdict,
		).toBe("included");
	});

	test("a company the product does not know", () => {
		const draft = applyPatch(xcom, [{ op: "replace", path: "/organization/id", value: "some-rental-company" }]);
		const evaluated = evaluateRecord(draft, readAnswers({ orderedOn: "2012-01-10" }, draft));
		expect(evaluated.company).toMatchObject({ id: "some-rental-company", verdict: "included" });
	});

	test("its company's own way forward, where the company is not remembered, comes from the record alone", () => {
		// A draft sharing the shipped id under another company: its findings are its own, never
		// looked up among the product's incidents by id.
		const draft = incidentFromRecord(
			applyPatch(xcom, [{ op: "replace", path: "/organization/id", value: "some-rental-company" }]),
		);
		const company = "some-rental-company" as VendorId;
		const unknown = assessExposureIn([draft], rental({ vendor: "unknown" }));
		const known = assessExposureIn([draft], rental({ vendor: company }));
		expect(unknown.verdict).toBe("possibly-exposed");
		expect(known.ways.length).toBeGreaterThan(0);
		expect(unknown.companies).toEqual([{ vendor: company, verdict: "possibly-exposed", ways: known.ways }]);
	});

	test("a withdrawn record gives no verdict", () => {
		const draft = applyPatch(xcom, [{ op: "add", path: "/withdrawn", value: "2026-12-01T00:00:00Z" }]);
		expect(evaluateRecord(draft, readAnswers({}, draft))).toEqual({
			record: "xcom-global-2013",
			revision: xcom.revision,
			withdrawn: "2026-12-01T00:00:00Z",
		});
	});
});

describe("the answers document", () => {
	test("one rental, several, days as one day or a period, the message", () => {
		expect(readAnswers({ orderedOn: "2012-01-10", message: "received" }, xcom)).toEqual({
			rentals: [
				{
					vendor: "xcom-global",
					orderedVia: "unknown",
					returnedVia: "unknown",
					paidVia: "unknown",
					paidWhen: "unknown",
					orderedOn: { from: "2012-01-10", to: "2012-01-10" },
				},
			],
			message: "received",
		});
		expect(readAnswers({ rentals: [{}, { returnedOn: { to: "2011-03-01" } }] }, xcom).rentals).toHaveLength(2);
	});

	test("every problem is named at once", () => {
		const problem = (() => {
			try {
				readAnswers({ rentals: [{ vendor: "telecom-square", colour: "red" }], message: "maybe", extra: 1 }, xcom);
			} catch (error) {
				return error;
			}
		})() as AnswersError;
		expect(problem).toBeInstanceOf(AnswersError);
		expect(problem.problems).toEqual([
			"message must be one of received, not-received, unknown",
			"rental 1: colour is not an answer",
			"rental 1: this record is about xcom-global, not telecom-square",
			"extra is not part of the answers",
		]);
	});
});

describe("the result in words", () => {
	test.each(["ja", "en"] as const)(
		"%s: a path the company's message settled says so first, then what the criteria alone give",
		(locale) => {
			const answers = readAnswers({ orderedOn: { from: "2011-03-01", to: "2011-03-20" }, message: "received" }, xcom);
			const view = evaluationView(evaluateRecord(xcom, answers), xcom, locale);
			const path = view.rentals[0]?.paths[0];
			expect(path?.line).toContain(verdictWords(locale, "included"));
			const byMessage = draftMessage(locale, "reason.by-message", { reason: "" });
			expect(path?.reason).toContain(byMessage.trim());
			// A reason line has one colon: the label's.
			for (const line of [path?.reason ?? "", ...(path?.wordings ?? [])])
				expect(line.split(locale === "ja" ? "：" : ": ").length).toBeLessThanOrEqual(2);
		},
	);
});
