import { describe, expect, test } from "vitest";
import { assessExposure, assessPerson } from "../exposure";
import { VERDICT_SEVERITY, type Verdict } from "../exposure/types";
import type { Locale } from "../i18n/text";
import { japaneseTypographyProblems, repeatedSentences } from "../i18n/typography";
import type { EmailAnswer, VendorId } from "../incidents/rental";
import { EMPTY_RENTAL, type RentalForm, readForm } from "./checker-form";
import { type ResultView, resultView, summaryText } from "./result";

/**
 * One result model, rendered everywhere: the headline, each card and the copied summary say the
 * same verdict, in plain words, in both languages. The scenarios are the stories.
 */
interface Scenario {
	name: string;
	rentals: Partial<RentalForm>[];
	emails?: Partial<Record<VendorId, EmailAnswer>>;
}

const TS = "telecom-square" as const;
const XC = "xcom-global" as const;

const SCENARIOS: Scenario[] = [
	{
		name: "Telecom Square website order, July 2012",
		rentals: [{ vendor: TS, orderedVia: "vendor-website", orderedOn: "2012-07" }],
	},
	{
		name: "XCom website order, April 2013",
		rentals: [{ vendor: XC, orderedVia: "vendor-website", orderedOn: "2013-04" }],
	},
	{ name: "XCom order in 2014", rentals: [{ vendor: XC, orderedOn: "2014" }] },
	{
		name: "Telecom Square phone order, courier return, the company's email",
		rentals: [{ vendor: TS, orderedVia: "other", returnedVia: "courier" }],
		emails: { [TS]: "received" },
	},
	{
		name: "company not remembered, Telecom Square's email",
		rentals: [{ vendor: "unknown" }],
		emails: { [TS]: "received" },
	},
	{
		name: "two rentals: XCom in 2014, Telecom Square's website in July 2012",
		rentals: [
			{ vendor: XC, orderedVia: "vendor-website", orderedOn: "2014-01" },
			{ vendor: TS, orderedVia: "vendor-website", orderedOn: "2012-07-01" },
		],
	},
	{
		name: "the notice contradicts itself (C15)",
		rentals: [
			{
				vendor: TS,
				orderedVia: "airport-counter",
				returnedVia: "courier",
				returnedOn: "2012-12-01",
				paidVia: "airport-counter",
				paidWhen: "another-time",
			},
		],
	},
	{
		name: "everything at the counter, yet the company's email came",
		rentals: [
			{
				vendor: TS,
				orderedVia: "airport-counter",
				returnedVia: "airport-counter",
				paidVia: "airport-counter",
				paidWhen: "when-returning",
			},
		],
		emails: { [TS]: "received" },
	},
	{ name: "nothing but the company and its email", rentals: [{ vendor: TS }], emails: { [TS]: "received" } },
];

function viewOf(scenario: Scenario, locale: Locale): { view: ResultView; summary: string } {
	const emails = scenario.emails ?? {};
	const readings = readForm(
		{ rentals: scenario.rentals.map((rental) => ({ ...EMPTY_RENTAL, ...rental })), emails },
		"2026-11-28",
	);
	const assessed = readings.flatMap((reading, index) =>
		reading.answers.map((answers) => ({ rental: index + 1, answers, assessment: assessExposure(answers) })),
	);
	const view = resultView(locale, assessPerson(assessed, emails), emails);
	return { view, summary: summaryText(locale, view) };
}

/** Every string of the view, with where it is. */
function strings(value: unknown, path = "view"): [string, string][] {
	if (typeof value === "string") return [[path, value]];
	if (Array.isArray(value)) return value.flatMap((item, index) => strings(item, `${path}[${index}]`));
	if (typeof value === "object" && value !== null)
		return Object.entries(value).flatMap(([key, item]) => strings(item, `${path}.${key}`));
	return [];
}

const CODES = /\b(C\d{1,2}|cs0\d\d|MIC)\b|Exclusion \(|対象外\([a-c]\)/;

describe.each(SCENARIOS.map((scenario) => [scenario.name, scenario] as const))("%s", (_name, scenario) => {
	describe.each(["ja", "en"] as const)("%s", (locale) => {
		const { view, summary } = viewOf(scenario, locale);

		test("the summary says every sentence the screen leads with, and every card's verdict", () => {
			if (view.overall) expect(summary).toContain(view.overall);
			for (const company of view.companies) {
				expect(summary).toContain(company.sentence);
				for (const line of company.because) expect(summary).toContain(line);
				for (const control of company.settle) expect(summary).toContain(control.label);
				if (company.noSettle) expect(summary).toContain(company.noSettle);
			}
			for (const rental of view.rentals)
				for (const card of rental.cards) {
					expect(summary).toContain(`${card.title}${locale === "ja" ? "：" : ": "}${card.badge}`);
					if (card.context) expect(summary).toContain(card.context);
				}
			for (const step of view.todo.steps) expect(summary).toContain(step.text);
		});

		test("the summary lists every answer, the company's message included, and points at nothing it lacks", () => {
			for (const rental of view.rentals)
				for (const answer of rental.answers) expect(summary).toContain(`${answer.label}`);
			for (const answer of view.messages) expect(summary).toContain(answer.value);
			expect(view.messages.length).toBe(view.companies.length);
			expect(summary).not.toMatch(/above|below|上の質問|下の/);
		});

		test("one verdict: a company's is the most severe of its cards, or the company's own message", () => {
			for (const company of view.companies) {
				const cards = view.rentals.filter((rental) => rental.vendor === company.vendor).flatMap((r) => r.cards);
				const worst = cards.reduce<Verdict>(
					(most, card) => (VERDICT_SEVERITY[card.verdict] > VERDICT_SEVERITY[most] ? card.verdict : most),
					"not-exposed",
				);
				if (company.byMessage) expect(company.verdict).toBe("exposed");
				else expect(company.verdict).toBe(worst);
				// "Not included" never stands beside "in the breach" without why both hold.
				if (company.verdict === "exposed")
					for (const card of cards.filter((candidate) => candidate.verdict === "not-exposed"))
						expect(card.context, card.title).toBeTruthy();
			}
		});

		test("plain words up front: codes only among the sources", () => {
			const front = strings({
				...view,
				rentals: view.rentals.map(({ cards, ...rest }) => ({
					...rest,
					cards: cards.map(({ sources: _s, ...card }) => card),
				})),
			});
			expect(front.filter(([, text]) => CODES.test(text)).map(([path, text]) => `${path}: ${text}`)).toEqual([]);
		});

		test("no card, headline or summary says a sentence twice", () => {
			// The summary's blocks: a paragraph, or one card (from its "- title: badge" line).
			for (const block of summary.split(/\n\n|\n(?=- )/)) expect(repeatedSentences(block), block).toEqual([]);
			for (const company of view.companies)
				expect(repeatedSentences([company.sentence, ...company.because, company.noSettle ?? ""].join("\n"))).toEqual(
					[],
				);
			for (const rental of view.rentals)
				for (const card of rental.cards)
					expect(
						repeatedSentences(
							[card.summary, ...card.points, card.context ?? "", card.leaked, ...card.when, ...card.notes].join("\n"),
						),
					).toEqual([]);
		});

		if (locale === "ja")
			test("Japanese typography in every text of the result and the summary", () => {
				const problems = [...strings(view), ["summary", summary] as [string, string]].flatMap(([path, text]) =>
					japaneseTypographyProblems(text).map((problem) => `${path}: ${problem}`),
				);
				expect(problems).toEqual([]);
			});
	});
});

test("the issue's story: company unknown and Telecom Square's email — no card contradicts the headline", () => {
	const { view } = viewOf(SCENARIOS[4] as Scenario, "en");
	expect(view.companies.map((company) => company.sentence)).toEqual([
		"Telecom Square: by the company's own message, you were in the breach.",
		"XCom Global: your rental may have been in the breach.",
	]);
	expect(view.companies[0]?.because).toContain(
		"Which of its servers held your data, your other answers leave open: the server for corporate clients' sites (AP-A), the card-payment server (Web-B).",
	);
	expect(view.companies[0]?.leaked).toEqual({
		certain: ["card number", "expiry date"],
		possible: ["cardholder name", "name", "address", "email address", "phone number", "company", "department"],
	});
});

test("the message against every answer: said, with both possibilities, never resolved", () => {
	const { view } = viewOf(SCENARIOS[7] as Scenario, "ja");
	expect(view.companies[0]?.because).toContain(
		"ただし、ここに入力したレンタルは、どれも公表された条件に当てはまりません。お知らせは、ここに入力していない別のレンタルについてのものか、回答のどれかが実際と違っている可能性があります。",
	);
	for (const card of view.rentals[0]?.cards ?? []) expect(card.context).toMatch(/会社からのお知らせによるもの/);
});

test("card ids are unique across rentals", () => {
	const { view } = viewOf(SCENARIOS[5] as Scenario, "en");
	const ids = view.rentals.flatMap((rental) => rental.cards.map((card) => card.id));
	expect(new Set(ids).size).toBe(ids.length);
});

describe("advice rests only on the facts file's general facts", () => {
	const everything = SCENARIOS.flatMap((scenario) =>
		(["ja", "en"] as const).flatMap((locale) => viewOf(scenario, locale).view.todo.steps.map((step) => step.text)),
	);

	test("no phishing claim: the facts give none (round three, point 5)", () => {
		expect(everything.filter((text) => /phish|悪用|SMS|links?\b|リンク/i.test(text))).toEqual([]);
	});

	test("the number changes on a reissue or some upgrades; a renewal already changes the security code (point 6)", () => {
		const { view } = viewOf(SCENARIOS[1] as Scenario, "en");
		const history = view.todo.steps.find((step) => step.id === "card-history")?.text ?? "";
		expect(history).toContain("or on some upgrades");
		expect(history).toContain("A renewal at expiry normally changes the security code but keeps the card number");
		expect(history).not.toMatch(/not been reissued|再発行していなければ.*セキュリティコード/);
		const ja = viewOf(SCENARIOS[1] as Scenario, "ja").view.todo.steps[0]?.text ?? "";
		expect(ja).toContain("一部のアップグレードの場合");
	});
});

test("an exclusion named as the reason comes with its own condition (point 4)", () => {
	// No published pair makes an exclusion decide today (the windows do first); the renderer is shown
	// on a finding the engine would give if one did.
	const answers = {
		vendor: TS,
		orderedVia: "vendor-website",
		returnedVia: "unknown",
		paidVia: "unknown",
		paidWhen: "unknown",
	} as const;
	const assessment = assessExposure(answers);
	const findings = assessment.findings.map((finding) =>
		finding.path === "web-b"
			? {
					...finding,
					verdict: "not-exposed" as const,
					reason: { kind: "excluded" as const, exclusions: ["first-website-use-from-2013-02-06"] },
				}
			: { ...finding, verdict: "not-exposed" as const, reason: { kind: "criteria-not-met" as const } },
	);
	const person = assessPerson([
		{ rental: 1, answers, assessment: { ...assessment, verdict: "not-exposed", findings } },
	]);
	const card = resultView("en", person).rentals[0]?.cards[1];
	expect(card?.summary).toBe("This rental fits the published criteria, and also a published exclusion:");
	expect(card?.points).toEqual([
		"Excluded by: People who first used www.telecomsquare.co.jp on or after 2013-02-06",
		"This excludes people whose first use came then. If you had used the site before, check that earlier rental too.",
	]);
	// Where the windows decide, the card gives the window, not an exclusion.
	expect(resultView("en", person).rentals[0]?.cards[0]?.summary).toBe(
		"This rental fits none of the published criteria, which are:",
	);
});
