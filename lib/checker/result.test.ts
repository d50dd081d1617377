import { describe, expect, test } from "vitest";
import { assessExposure, assessPerson } from "../exposure";
import { VERDICT_SEVERITY, type Verdict } from "../exposure/types";
import { dataKindLabel } from "../i18n/messages";
import type { Locale } from "../i18n/text";
import { japaneseTypographyProblems, phrasingProblems, repeatedSentences } from "../i18n/typography";
import type { EmailAnswer, VendorId } from "../incidents/rental";
import { DATA_KINDS } from "../incidents/types";
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
	{
		name: "company not remembered, website order in July 2012",
		rentals: [{ vendor: "unknown", orderedVia: "vendor-website", orderedOn: "2012-07", returnedOn: "2012-07" }],
	},
	{
		name: "Telecom Square website order in autumn 2012",
		rentals: [{ vendor: TS, orderedVia: "vendor-website", orderedOn: "2012年秋" }],
	},
	{
		name: "counter order paid at pick-up, returned at a return box on 2012-08-15",
		rentals: [
			{
				vendor: TS,
				orderedVia: "airport-counter",
				paidVia: "airport-counter",
				paidWhen: "another-time",
				returnedVia: "airport-return-box",
				returnedOn: "2012-08-15",
			},
		],
	},
	{
		name: "two Telecom Square rentals: July 2012 and January 2014",
		rentals: [
			{ vendor: TS, orderedVia: "vendor-website", orderedOn: "2012-07-01" },
			{ vendor: TS, orderedVia: "vendor-website", orderedOn: "2014-01" },
		],
	},
	{ name: "nothing answered but the company", rentals: [{ vendor: TS }] },
];

const JA_KINDS = DATA_KINDS.map((kind) => dataKindLabel("ja", kind));
const EN_KINDS = DATA_KINDS.map((kind) => dataKindLabel("en", kind));

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

const CODES = /\b(C\d{1,2}|cs0\d\d|MIC|AP-A|Web-B)\b|Exclusion \(|対象外\([a-c]\)/;

describe.each(SCENARIOS.map((scenario) => [scenario.name, scenario] as const))("%s", (_name, scenario) => {
	describe.each(["ja", "en"] as const)("%s", (locale) => {
		const { view, summary } = viewOf(scenario, locale);

		test("the summary says every sentence the screen leads with, and every card's verdict", () => {
			if (view.overall) expect(summary).toContain(view.overall);
			for (const company of view.companies) {
				expect(summary).toContain(company.sentence);
				for (const line of company.because) expect(summary).toContain(line);
				// The questions and where each answer leads, in plain words, never a control's label (issue 23, item 9).
				for (const control of company.settle) {
					expect(summary).toContain(control.question);
					for (const lead of control.leads) expect(summary).toContain(lead);
					if (control.label !== control.question) expect(summary).not.toContain(control.label);
				}
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
				// A rental whose company is not remembered makes its company at most "possibly".
				else if (company.conditional) expect(company.verdict).toBe(worst === "exposed" ? "possibly-exposed" : worst);
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

		test("phrasing: one colon a line, no bracket in a bracket, sentences start as sentences (G15–G25)", () => {
			// The notices' own words are quoted as they are.
			const own = strings({
				...view,
				rentals: view.rentals.map(({ cards, ...rest }) => ({
					...rest,
					cards: cards.map(({ sources, ...card }) => ({ ...card, sources: { ...sources, wordings: [] } })),
				})),
			});
			const problems = [...own, ["summary", summary] as [string, string]].flatMap(([path, text]) =>
				phrasingProblems(text, locale).map((problem) => `${path}: ${problem}`),
			);
			expect(problems).toEqual([]);
		});

		test("data kinds in one order everywhere on the screen (G23)", () => {
			const order = locale === "ja" ? JA_KINDS : EN_KINDS;
			const lists = [
				...view.companies.flatMap((company) => [company.leaked.certain, company.leaked.possible]),
				...view.rentals.flatMap((rental) =>
					rental.cards.map((card) =>
						(card.leaked.split(locale === "ja" ? "：" : ": ")[1] ?? "").split(locale === "ja" ? "、" : ", "),
					),
				),
			];
			for (const kinds of lists) {
				const positions = kinds.map((kind) => order.indexOf(kind));
				expect(positions, kinds.join(",")).toEqual([...positions].sort((a, b) => a - b));
			}
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
		// Nothing shows the rental was XCom Global's: what holds if it was, said as such (G1).
		"XCom Global: if your rental was XCom Global's, it may have been in the breach.",
	]);
	expect(view.overall).toBe("Overall: you were in Telecom Square's breach, and may have been in XCom Global's.");
	expect(view.companies[0]?.because).toContain(
		"Your other answers leave open which of its servers held your data: the server for corporate clients' sites, the card-payment server.",
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
		// The renewal rule is said once; the security-code line only adds what it means for XCom's (G16).
		expect(history).toContain("XCom Global's breach took security codes too; if the card has been renewed since");
		expect(history.match(/renew/g)).toHaveLength(2);
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
		"Excluded by: People who first used www.telecomsquare.co.jp on or after 6 February 2013",
		"This excludes people whose first use came then. If you had used the site before, check that earlier rental too.",
	]);
	// Where the windows decide, the card gives the window, not an exclusion.
	expect(resultView("en", person).rentals[0]?.cards[0]?.summary).toBe(
		"This rental fits none of the published criteria, which are:",
	);
});

describe("round four: one rental is one company's (G1)", () => {
	test("a website order in July 2012, company not remembered: never 'both', each company 'if it was'", () => {
		for (const locale of ["ja", "en"] as const) {
			const { view, summary } = viewOf(SCENARIOS[9] as Scenario, locale);
			expect(view.verdict).toBe("exposed");
			expect(view.companies.map((company) => company.verdict)).toEqual(["possibly-exposed", "possibly-exposed"]);
			expect(summary).not.toMatch(/both breaches|両方の対象でした/);
			if (locale === "en") {
				expect(view.overall).toBe(
					"Overall: whichever company the rental was with, you were in that company's breach (one of the two).",
				);
				expect(view.companies.map((company) => company.sentence)).toEqual([
					"Telecom Square: if your rental was Telecom Square's, it was in the breach.",
					"XCom Global: if your rental was XCom Global's, it was in the breach.",
				]);
				// Which company it was settles each company's line.
				expect(view.companies[0]?.settle.map((control) => control.field)).toEqual(["message", "vendor"]);
				// Under each company's line, what each answer gives for that company's breach (fact check H1).
				expect(view.companies[0]?.settle[1]?.leads).toEqual([
					"If Telecom Square's: in Telecom Square's breach",
					"If XCom Global's: not in Telecom Square's breach",
				]);
				expect(view.companies[1]?.settle[1]?.leads).toEqual([
					"If Telecom Square's: not in XCom Global's breach",
					"If XCom Global's: in XCom Global's breach",
				]);
				// The security-code step says whose breach took them, and only if the rental was its.
				expect(view.todo.steps[0]?.text).toContain(
					"If the rental was XCom Global's, its breach took security codes too",
				);
				expect(view.companies[1]?.leakedLabels.certain).toBe("If the rental was XCom Global's, what leaked");
			} else {
				expect(view.overall).toBe(
					"まとめ：どちらの会社のレンタルだったとしても、あなたはその会社の流出の対象でした（2社のうち一方）。",
				);
				expect(view.companies[0]?.sentence).toBe(
					"テレコムスクエア：このレンタルがテレコムスクエアのものだった場合、流出の対象でした。",
				);
			}
		}
	});
});

describe("round four: headlines that say what the screen knows (G12)", () => {
	test("two companies, one not included: the overall line names the one included", () => {
		const { view } = viewOf(SCENARIOS[5] as Scenario, "ja");
		expect(view.overall).toBe(
			"まとめ：あなたはテレコムスクエアの流出の対象でした（エクスコムグローバルは公表された条件では対象外）。",
		);
	});

	test("two rentals of one company, one not included: the company's line names the rental", () => {
		const { view } = viewOf(SCENARIOS[12] as Scenario, "en");
		expect(view.companies[0]?.sentence).toBe("Telecom Square: rental 1 was in the breach.");
	});
});

describe("round four: every 'possibly' by its real cause (G3, G5, G6)", () => {
	test("an autumn website order: the order day settles it, and the page says where each answer leads", () => {
		const { view } = viewOf(SCENARIOS[10] as Scenario, "en");
		const company = view.companies[0];
		expect(company?.noSettle).toBeUndefined();
		const order = company?.settle.find((control) => control.field === "orderedOn");
		expect(order?.label).toBe("When you ordered: on or before 14 October 2012, or after?");
		expect(order?.leads).toEqual([
			"If 1 September – 14 October 2012, included",
			"If 15 October – 30 November 2012, possibly included",
		]);
		// The card names each wording with its clauses, never one flat list (G6).
		const webB = view.rentals[0]?.cards.find((card) => card.title === "The card-payment server");
		expect(webB?.summary).not.toMatch(/two published wordings give different/);
		expect(webB?.points).toEqual([
			"The announcement-day wording (possibly included): ① Applied through www.telecomsquare.co.jp between 1 June and 14 October 2012; or ② returned by courier or at an airport return box between 15 October 2012 and 5 February 2013",
			"The official report's wording (included): ① Applied through www.telecomsquare.co.jp between 1 June 2012 and 5 February 2013",
		]);
	});

	test("the notice contradicting itself is shown even where the other wording excludes (G5)", () => {
		const { view } = viewOf(SCENARIOS[11] as Scenario, "ja");
		const webB = view.rentals[0]?.cards.find((card) => card.title === "カード決済のサーバ");
		expect(webB?.verdict).toBe("possibly-exposed");
		expect(webB?.points).toContain(
			"対象とする条件（公式報告書の表現）：② 2012年6月1日〜2013年2月5日に返却し、返却時に空港カウンターで精算しなかった（宅配便や返却BOXでの返却を含む）",
		);
		expect(
			webB?.points.some((point) => point.startsWith("対象外とする条件：弊社の空港カウンターで直接申し込まれて")),
		).toBe(true);
		expect(webB?.sources.conflicts.map((conflict) => conflict.id)).toContain("C15");
		expect(view.companies[0]?.noSettle).toBe(
			"レンタルについての回答1つだけでは、はっきりしません。同じ告知が、このようなレンタルを対象とも対象外とも言っているためです。",
		);
	});
});

describe("round four: claims (G2, G13, G18)", () => {
	test("Telecom Square's data is what the notice says may have leaked; XCom's what leaked", () => {
		const ts = viewOf(SCENARIOS[0] as Scenario, "en").view;
		expect(ts.companies[0]?.leakedLabels.certain).toBe("What may have leaked (the notice's words)");
		expect(ts.rentals[0]?.cards[1]?.leaked).toBe(
			"What may have leaked from this server (the notice's words): card number, expiry date",
		);
		const xcom = viewOf(SCENARIOS[1] as Scenario, "ja").view;
		expect(xcom.rentals[0]?.cards[0]?.leaked).toBe(
			"このサーバから流出した情報：カード名義人、カード番号、有効期限、セキュリティコード、住所",
		);
	});

	test("nothing answered: what every server held apart from what only the corporate sites' server held (issue 23, item 4)", () => {
		const { view } = viewOf(SCENARIOS[13] as Scenario, "en");
		expect(view.companies[0]?.leakedLabels).toEqual({
			certain: "If you were included, what may have leaked (the notice's words)",
			possible: "Held only by the server for corporate clients' sites (if your data was on that server)",
		});
		expect(view.companies[0]?.leaked.certain).toEqual(["card number", "expiry date"]);
	});

	test("XCom's main source is the press, not a blog (G13); no bracket inside a bracket (G18)", () => {
		const { view } = viewOf(SCENARIOS[1] as Scenario, "ja");
		const primary = view.rentals[0]?.cards[0]?.sources.primary ?? "";
		expect(primary).toMatch(/（報道、/);
		expect(phrasingProblems(primary, "ja")).toEqual([]);
		const ts = viewOf(SCENARIOS[0] as Scenario, "ja").view.rentals[0]?.cards[0]?.sources.primary;
		expect(ts).toBe(
			"主な資料：不正アクセスによるお客様情報流出のお知らせとお詫び（公式、株式会社テレコムスクエア、2013年9月20日）",
		);
	});
});

describe("the copied summary (issue 23, item 9)", () => {
	test("one answers block per rental, stepped-back questions 'not needed', no control labels", () => {
		const { summary } = viewOf(SCENARIOS[9] as Scenario, "en");
		expect(summary.match(/^Answers:/gm)).toHaveLength(1);
		expect(summary).toContain("- Which company it was with: not remembered (both checked)");
		// Everything is settled by the order day and channel: the rest was not needed.
		expect(summary).toContain("- Where you paid: not needed for this result");
		expect(summary).not.toMatch(/Answer when|Answer which/);
	});
});

describe("fact check, round five: a company not remembered, combined (H1–H3, H8)", () => {
	test("two rentals, each company not remembered, each included whichever: 'at least one', never 'one of the two'", () => {
		const scenario: Scenario = {
			name: "two unknown",
			rentals: [
				{ vendor: "unknown", orderedVia: "vendor-website", orderedOn: "2012-07", returnedOn: "2012-07" },
				{ vendor: "unknown", orderedVia: "vendor-website", orderedOn: "2012-08", returnedOn: "2012-08" },
			],
		};
		const { view } = viewOf(scenario, "en");
		expect(view.overall).toBe("Overall: you were in at least one of the two breaches.");
		expect(view.companies[0]?.sentence).toBe("Telecom Square: rental 1 and rental 2 may have been in the breach.");
	});

	test("the message with only a rental whose company is not remembered: no server settled, the corporate data stays possible", () => {
		const scenario: Scenario = {
			name: "unknown + TS email",
			rentals: [{ vendor: "unknown", orderedVia: "vendor-website", orderedOn: "2012-07", returnedOn: "2012-07" }],
			emails: { [TS]: "received" },
		};
		const { view } = viewOf(scenario, "en");
		const ts = view.companies[0];
		expect(ts?.because).toContain(
			"If that rental was Telecom Square's, your other answers fit the card-payment server; if it was XCom Global's, the message concerns a rental not entered here, and which server held your data is open.",
		);
		expect(ts?.leaked.certain).toEqual(["card number", "expiry date"]);
		expect(ts?.leaked.possible).toContain("company");
		const card = view.rentals[0]?.cards.find((candidate) => candidate.title === "The card-payment server");
		expect(card?.verdict).toBe("exposed");
		expect(card?.context).toBe(
			"The company's message shows you were in Telecom Square's breach; whether this rental was Telecom Square's is not known.",
		);
	});

	test("under XCom Global's line, the way forward is XCom Global's own (its edges, its verdicts)", () => {
		const scenario: Scenario = { name: "unknown blank", rentals: [{ vendor: "unknown" }] };
		const { view } = viewOf(scenario, "en");
		const xcom = view.companies.find((company) => company.vendor === "xcom-global");
		const order = xcom?.settle.find((control) => control.field === "orderedOn");
		expect(order?.leads).toEqual([
			"If on or before 6 March 2011, possibly included",
			"If 7 March 2011 – 23 April 2013, included",
			"If on or after 24 April 2013, not included",
		]);
	});
});
