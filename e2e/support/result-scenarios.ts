import { expect } from "vitest";
import { todayInJapan } from "../../components/shared/today";
import { installGrammar } from "../../lib/calendar/reader";
import { parseRemembered } from "../../lib/calendar/remembered";
import { type CheckerForm, EMPTY_RENTAL, type RentalForm, readForm } from "../../lib/checker/checker-form";
import { type ResultView, resultView, summaryText } from "../../lib/checker/result";
import { assessExposure, assessPerson } from "../../lib/exposure";
import type { Verdict } from "../../lib/exposure/types";
import type { Locale } from "../../lib/i18n/text";
import type { EmailAnswer, VendorId } from "../../lib/incidents/rental";

/**
 * Issue 16's "an answer people understand at a glance", as both browsers test it: scenarios
 * typed into the full checker, and what the headline, the finding cards and the copied summary
 * must then say. The headline's sentences are written out here (read once from the page); the
 * whole summary is computed by the same pure functions the page uses (lib/checker/result.ts), over
 * the same answers, so the page's copy must be exactly that text.
 */

// The pages load the date grammar after their first render; here it is there from the start.
installGrammar(parseRemembered);

const TS = "telecom-square" as const;
const XC = "xcom-global" as const;

export interface ResultScenario {
	name: string;
	rentals: readonly Partial<RentalForm>[];
	emails?: Partial<Record<VendorId, EmailAnswer>>;
	/** The headline's sentences in order: the overall one (where there is one), then one per company. */
	headline: Record<Locale, string[]>;
}

export const RESULT_SCENARIOS: readonly ResultScenario[] = [
	{
		name: "Telecom Square, and its email came",
		rentals: [{ vendor: TS }],
		emails: { [TS]: "received" },
		headline: {
			ja: ["テレコムスクエア：会社からのお知らせによると、あなたは流出の対象でした。"],
			en: ["Telecom Square: by the company's own message, you were in the breach."],
		},
	},
	{
		name: "the company not remembered, and Telecom Square's email came",
		rentals: [{ vendor: "unknown" }],
		emails: { [TS]: "received" },
		headline: {
			// One rental is one company's: XCom Global's line says what holds if it was its (round four, G1).
			ja: [
				"まとめ：あなたはテレコムスクエアの流出の対象でした。エクスコムグローバルの流出の対象だった可能性もあります。",
				"テレコムスクエア：会社からのお知らせによると、あなたは流出の対象でした。",
				"エクスコムグローバル：このレンタルがエクスコムグローバルのものだった場合、流出の対象だった可能性があります。",
			],
			en: [
				"Overall: you were in Telecom Square's breach, and may have been in XCom Global's.",
				"Telecom Square: by the company's own message, you were in the breach.",
				"XCom Global: if your rental was XCom Global's, it may have been in the breach.",
			],
		},
	},
	{
		name: "two rentals: Telecom Square's website in July 2012, XCom in January 2014",
		rentals: [
			{ vendor: TS, orderedVia: "vendor-website", orderedOn: "2012-07" },
			{ vendor: XC, orderedOn: "2014-01" },
		],
		headline: {
			// The overall line names what is included (round four, G12).
			ja: [
				"まとめ：あなたはテレコムスクエアの流出の対象でした（エクスコムグローバルは公表された条件では対象外）。",
				"テレコムスクエア：あなたのレンタルは流出の対象でした。",
				"エクスコムグローバル：公表された条件では、あなたのレンタルは流出の対象ではありませんでした。",
			],
			en: [
				"Overall: you were in Telecom Square's breach (XCom Global was not included by the published criteria).",
				"Telecom Square: your rental was in the breach.",
				"XCom Global: by the published criteria, your rental was not included.",
			],
		},
	},
	{
		name: "the company not remembered, a website order in July 2012: never 'both'",
		rentals: [{ vendor: "unknown", orderedVia: "vendor-website", orderedOn: "2012-07" }],
		headline: {
			ja: [
				"まとめ：どちらの会社のレンタルだったとしても、あなたはその会社の流出の対象でした（2社のうち一方）。",
				"テレコムスクエア：このレンタルがテレコムスクエアのものだった場合、流出の対象でした。",
				"エクスコムグローバル：このレンタルがエクスコムグローバルのものだった場合、流出の対象でした。",
			],
			en: [
				"Overall: whichever company the rental was with, you were in that company's breach (one of the two).",
				"Telecom Square: if your rental was Telecom Square's, it was in the breach.",
				"XCom Global: if your rental was XCom Global's, it was in the breach.",
			],
		},
	},
	{
		name: "Telecom Square's website, July 2012",
		rentals: [{ vendor: TS, orderedVia: "vendor-website", orderedOn: "2012-07" }],
		headline: {
			ja: ["テレコムスクエア：あなたのレンタルは流出の対象でした。"],
			en: ["Telecom Square: your rental was in the breach."],
		},
	},
	{
		name: "XCom, April 2013 without a day",
		rentals: [{ vendor: XC, orderedOn: "2013-04" }],
		headline: {
			ja: ["エクスコムグローバル：あなたのレンタルは流出の対象だった可能性があります。"],
			en: ["XCom Global: your rental may have been in the breach."],
		},
	},
	{
		name: "XCom, January 2014",
		rentals: [{ vendor: XC, orderedOn: "2014-01" }],
		headline: {
			ja: ["エクスコムグローバル：公表された条件では、あなたのレンタルは流出の対象ではありませんでした。"],
			en: ["XCom Global: by the published criteria, your rental was not included."],
		},
	},
	{
		name: "Telecom Square's corporate site, returned another way",
		rentals: [{ vendor: TS, orderedVia: "corporate-site", returnedVia: "other" }],
		headline: {
			ja: ["テレコムスクエア：あなたのレンタルは流出の対象だった可能性があります。"],
			en: ["Telecom Square: your rental may have been in the breach."],
		},
	},
];

export function formOf(scenario: Pick<ResultScenario, "rentals" | "emails">): CheckerForm {
	return { rentals: scenario.rentals.map((rental) => ({ ...EMPTY_RENTAL, ...rental })), emails: scenario.emails ?? {} };
}

/** The result the page must show for these answers, by the page's own functions. */
export function expectedResult(
	scenario: Pick<ResultScenario, "rentals" | "emails">,
	locale: Locale,
): { view: ResultView; summary: string } {
	const form = formOf(scenario);
	const assessed = readForm(form, todayInJapan()).flatMap((reading, index) =>
		reading.answers.map((answers) => ({ rental: index + 1, answers, assessment: assessExposure(answers) })),
	);
	const view = resultView(locale, assessPerson(assessed, form.emails), form.emails);
	return { view, summary: summaryText(locale, view) };
}

/** What a browser test drives; each browser's file says how (Playwright or puppeteer over BiDi). */
export interface FormDriver {
	/** Selects a radio (opening the collapsed group it stepped back into, if it did). */
	check(selector: string): Promise<void>;
	/** Types into a text field, replacing what it held. */
	fill(selector: string, text: string): Promise<void>;
	click(selector: string): Promise<void>;
}

/** In the page: opens the collapsed group an element sits in, so a person could reach it. */
export const REVEAL = (selector: string) => {
	const element = document.querySelector(selector);
	if (!element) throw new Error(`nothing matches ${selector}`);
	const group = element.closest("details");
	if (group && !group.open) group.open = true;
	element.scrollIntoView({ block: "center" });
};

const FIELD_ORDER = ["orderedVia", "orderedOn", "returnedVia", "returnedOn", "paidVia", "paidWhen"] as const;

/** Answers the scenario's questions in the page's order, by each control's name and value. */
export async function fillScenario(
	driver: FormDriver,
	scenario: Pick<ResultScenario, "rentals" | "emails">,
): Promise<void> {
	const answeredEmail = new Set<VendorId>();
	for (const [index, rental] of scenario.rentals.entries()) {
		const n = index + 1;
		if (n > 1) await driver.click("#add-rental");
		await driver.check(`input[name="vendor-${n}"][value="${rental.vendor}"]`);
		for (const [vendor, answer] of Object.entries(scenario.emails ?? {}) as [VendorId, EmailAnswer][])
			if (!answeredEmail.has(vendor) && (rental.vendor === vendor || rental.vendor === "unknown")) {
				await driver.check(`input[name="email-${vendor}"][value="${answer}"]`);
				answeredEmail.add(vendor);
			}
		for (const field of FIELD_ORDER) {
			const value = rental[field];
			if (value === undefined || value === "") continue;
			if (field === "orderedOn" || field === "returnedOn")
				await driver.fill(`#q-r${n}-${field} input[type=text]`, value);
			else await driver.check(`input[name="${field}-${n}"][value="${value}"]`);
		}
	}
}

/** The result as the page shows it: evaluated in the page, in either browser. */
export const RESULT_PROBE = `(() => {
	const text = (element) => (element?.textContent ?? "").trim();
	const verdict = document.querySelector("output.verdict");
	return {
		sentences: [...(verdict?.querySelectorAll("p.sentence") ?? [])].map((p) => ({
			text: text(p),
			verdict: p.dataset.verdict,
			overall: p.classList.contains("overall"),
		})),
		outlooks: [...document.querySelectorAll(".verdict-area .company-outlook")].map((outlook) => ({
			because: [...outlook.querySelectorAll(".because")].map(text),
			settle: [...outlook.querySelectorAll("button.go-to")].map(text),
			noSettle: text(outlook.querySelector(".no-settle")),
		})),
		rentals: [...document.querySelectorAll(".result .vendor-result")].map((rental) => ({
			heading: text(rental.querySelector("h3")),
			cards: [...rental.querySelectorAll("section.finding")].map((card) => ({
				title: text(card.querySelector("h4")),
				name: text(card.querySelector("h4")?.firstChild),
				verdict: [...card.classList].find((name) => name.startsWith("finding-") && name !== "finding")?.slice(8),
				badge: text(card.querySelector(".badge")),
				context: text(card.querySelector(".card-context")),
			})),
		})),
	};
})()`;

export interface ObservedResult {
	sentences: { text: string; verdict: Verdict; overall: boolean }[];
	outlooks: { because: string[]; settle: string[]; noSettle: string }[];
	rentals: {
		heading: string;
		cards: { title: string; name: string; verdict: Verdict; badge: string; context: string }[];
	}[];
}

/**
 * The headline, the cards and the model agree: the headline says the scenario's sentences, each
 * company's cards bear its verdict out, and where a card says less than "in the breach" beside a
 * company that was, the page says why.
 */
export function expectHeadlineAndCards(observed: ObservedResult, scenario: ResultScenario, locale: Locale): void {
	const { view } = expectedResult(scenario, locale);
	const said = observed.sentences.map((sentence) => sentence.text);
	expect(said, "the headline").toEqual(scenario.headline[locale]);
	// The page's own model says the same (this table and lib/ cannot drift apart unnoticed).
	expect([...(view.overall ? [view.overall] : []), ...view.companies.map((company) => company.sentence)]).toEqual(
		scenario.headline[locale],
	);
	const companySentences = observed.sentences.filter((sentence) => !sentence.overall);
	expect(companySentences.map((sentence) => sentence.verdict)).toEqual(
		view.companies.map((company) => company.verdict),
	);
	expect(observed.rentals.map((rental) => rental.heading)).toEqual(view.rentals.map((rental) => rental.heading));
	for (const [at, company] of view.companies.entries()) {
		const outlook = observed.outlooks[at];
		expect(outlook?.because).toEqual(company.because);
		const cards = observed.rentals
			.filter((_, index) => view.rentals[index]?.vendor === company.vendor)
			.flatMap((rental) => rental.cards);
		expect(cards.length, company.sentence).toBeGreaterThan(0);
		const verdicts = cards.map((card) => card.verdict);
		const where = `${company.sentence} / ${JSON.stringify(cards)}`;
		switch (company.verdict) {
			case "not-exposed":
				expect(
					verdicts.every((verdict) => verdict === "not-exposed"),
					where,
				).toBe(true);
				expect(
					cards.every((card) => card.context === ""),
					where,
				).toBe(true);
				break;
			case "possibly-exposed":
				// A rental whose company is not remembered: its cards say what holds if it was this company's.
				if (company.conditional)
					expect(
						verdicts.some((verdict) => verdict !== "not-exposed"),
						where,
					).toBe(true);
				else {
					expect(verdicts, where).not.toContain("exposed");
					expect(verdicts, where).toContain("possibly-exposed");
				}
				// The way forward: a question that settles it, or why no single one does.
				expect(outlook?.settle.length || outlook?.noSettle.length, where).toBeTruthy();
				break;
			case "exposed":
				// In the breach by the criteria: a card says so. By the company's message: the page says that.
				if (company.byMessage) expect(outlook?.because.join("\n"), where).toMatch(/お知らせ|message/);
				else expect(verdicts, where).toContain("exposed");
				for (const card of cards) {
					// "Not included" beside "in the breach": the card says where the company's result comes from.
					if (card.verdict === "not-exposed") expect(card.context, where).not.toBe("");
					// "Possibly" beside "in the breach": the headline names this server among those it leaves open.
					if (card.verdict === "possibly-exposed")
						expect(
							outlook?.because.some((line) => line.toLowerCase().includes(card.name.toLowerCase())),
							where,
						).toBe(true);
				}
				break;
		}
	}
	// Each card on the page is the model's card, badge and all.
	expect(
		observed.rentals.map((rental) => rental.cards.map(({ title, verdict, badge }) => ({ title, verdict, badge }))),
	).toEqual(
		view.rentals.map((rental) =>
			rental.cards.map((card) => ({
				title: `${card.title}${locale === "ja" ? "：" : ": "}${card.badge}`,
				verdict: card.verdict,
				badge: card.badge,
			})),
		),
	);
	expect(observed.rentals.map((rental) => rental.cards.map((card) => card.context))).toEqual(
		view.rentals.map((rental) => rental.cards.map((card) => card.context ?? "")),
	);
}

/**
 * The copied summary: exactly the model's text, so it says the headline's sentences, every answer
 * (the company's email too), and points at nothing on the screen.
 */
export function expectSummary(
	copied: string,
	observed: ObservedResult,
	scenario: ResultScenario,
	locale: Locale,
): void {
	const { summary, view } = expectedResult(scenario, locale);
	for (const sentence of observed.sentences) expect(copied).toContain(sentence.text);
	const colon = locale === "ja" ? "：" : ": ";
	for (const rental of view.rentals)
		for (const answer of rental.answers) expect(copied).toContain(`- ${answer.label}${colon}${answer.value}`);
	for (const company of view.companies) {
		const answer = scenario.emails?.[company.vendor] ?? "unknown";
		const words = {
			ja: { received: "受け取った", "not-received": "受け取っていない", unknown: "覚えていない" },
			en: { received: "Yes, I got it", "not-received": "No", unknown: "I don't remember" },
		}[locale][answer];
		const name = {
			ja: { [TS]: "テレコムスクエア", [XC]: "エクスコムグローバル" },
			en: { [TS]: "Telecom Square", [XC]: "XCom Global" },
		}[locale][company.vendor];
		expect(copied).toContain(
			locale === "ja" ? `${name}からの流出のお知らせ：${words}` : `${name}'s message about the breach: ${words}`,
		);
	}
	expect(copied).not.toMatch(/above|below|previous question|上の|下の|前の質問/i);
	expect(copied).toBe(summary);
}

/** The timeline's accessible name (lib/i18n/timeline-messages.ts) with a rental entered. */
export const TIMELINE_NAME = {
	ja: "公表された期間とあなたのレンタルの日付（2008〜2013年）",
	en: "The published periods and your rental dates, 2008–2013",
} as const;

/** The words the tests look for, in each language (lib/i18n/messages.ts, result-messages.ts). */
export const WORDS = {
	ja: {
		copy: "結果をテキストでコピー",
		todoJump: "今できること",
		copied: "コピーしました。",
		vendor: "どの会社でレンタルしましたか？",
		orderedVia: "どうやって申し込みましたか？",
		orderedOn: "いつ申し込みましたか？",
		email: {
			[TS]: "2013年にテレコムスクエアから、流出についてのお知らせを受け取りましたか？",
			[XC]: "2013年にエクスコムグローバルから、流出についてのお知らせを受け取りましたか？",
		},
		// The order date's control where "2013" was typed for a corporate-site order: the day that matters.
		settleOrderedOn: "申込日は2013年4月30日以前ですか、それより後ですか？",
		ordered: "申込：2012年7月（平成24年7月）",
		orderedUnknown: "申込：覚えていない",
	},
	en: {
		copy: "Copy a plain-text summary",
		todoJump: "What to do now",
		copied: "Copied.",
		vendor: "Which company did you rent from?",
		orderedVia: "How did you order?",
		orderedOn: "When did you order?",
		email: {
			[TS]: "In 2013, did Telecom Square write to you about the breach?",
			[XC]: "In 2013, did XCom Global write to you about the breach?",
		},
		settleOrderedOn: "When you ordered: on or before 30 April 2013, or after?",
		ordered: "Ordered: July 2012",
		orderedUnknown: "Ordered: not remembered",
	},
} as const;

/**
 * "Possibly", and the questions that can settle it: the answers, the settle controls' names (the
 * company's message first, then the dates), the answer typed at the first date and the definite
 * verdict it gives.
 */
export const SETTLING = [
	{
		name: "XCom, April 2013",
		rentals: [{ vendor: XC, orderedOn: "2013-04" }],
		// The company's message, not answered, would settle it too: its control comes first; then the
		// day inside "April 2013" that matters; then the return day, which can settle it too.
		controls: {
			ja: [
				"エクスコムグローバルからお知らせを受け取っていれば、そう答える",
				"申込日は2013年4月23日以前ですか、それより後ですか？",
				"返却日に答える",
			],
			en: [
				"If XCom Global's message reached you: say so",
				"When you ordered: on or before 23 April 2013, or after?",
				"Answer when you returned it",
			],
		},
		possibly: {
			ja: "エクスコムグローバル：あなたのレンタルは流出の対象だった可能性があります。",
			en: "XCom Global: your rental may have been in the breach.",
		},
		answer: "2013-04-10",
		settled: {
			ja: "エクスコムグローバル：あなたのレンタルは流出の対象でした。",
			en: "XCom Global: your rental was in the breach.",
		},
	},
	{
		name: "Telecom Square's corporate site, 2013",
		rentals: [{ vendor: TS, orderedVia: "corporate-site", orderedOn: "2013" }],
		controls: {
			ja: [
				"テレコムスクエアからお知らせを受け取っていれば、そう答える",
				"申込日は2013年4月30日以前ですか、それより後ですか？",
				"返却日に答える",
			],
			en: [
				"If Telecom Square's message reached you: say so",
				"When you ordered: on or before 30 April 2013, or after?",
				"Answer when you returned it",
			],
		},
		possibly: {
			ja: "テレコムスクエア：あなたのレンタルは流出の対象だった可能性があります。",
			en: "Telecom Square: your rental may have been in the breach.",
		},
		answer: "2013-05-20",
		settled: {
			ja: "テレコムスクエア：公表された条件では、あなたのレンタルは流出の対象ではありませんでした。",
			en: "Telecom Square: by the published criteria, your rental was not included.",
		},
	},
] as const;

/** Where the keyboard is: the focused control, its question and its state. Evaluated in the page. */
export const ACTIVE_PROBE = `(() => {
	const active = document.activeElement;
	return {
		tag: active?.localName ?? "",
		type: active?.getAttribute("type") ?? "",
		name: active?.getAttribute("name") ?? "",
		value: active?.value ?? "",
		checked: active?.checked === true,
		text: (active?.textContent ?? "").trim(),
		legend: (active?.closest("fieldset")?.querySelector(":scope > legend")?.textContent ?? "").trim(),
		inTodo: active?.closest(".todo") !== null && active?.closest(".todo") !== undefined,
		settle: active?.matches("button.go-to") === true,
	};
})()`;

export interface Active {
	tag: string;
	type: string;
	name: string;
	value: string;
	checked: boolean;
	text: string;
	legend: string;
	inTodo: boolean;
	settle: boolean;
}

/** The page's order of the company's email question and the ordering question (DOM order). */
export const ORDER_PROBE = `(() => {
	const legends = [...document.querySelectorAll(".questions fieldset > legend")].map((legend) => legend.textContent.trim());
	return legends;
})()`;

/**
 * The first question and the page, before anything is answered: where the question is, and where
 * "what happened" and its "check your rental" start are (issue 23). Evaluated in the page.
 */
export const FIRST_SCREEN_PROBE = `(() => {
	const first = document.getElementById("q-r1-vendor")?.querySelector("fieldset");
	const box = first?.getBoundingClientRect();
	const start = document.querySelector(".what-happened button.start-check");
	const startBox = start?.getBoundingClientRect();
	const hit = startBox && document.elementFromPoint(startBox.left + startBox.width / 2, startBox.top + startBox.height / 2);
	const told = document.querySelector(".what-happened");
	return {
		legend: (first?.querySelector("legend")?.textContent ?? "").trim(),
		top: box?.top ?? -1,
		bottom: box?.bottom ?? Infinity,
		viewport: innerHeight,
		scrolled: scrollY,
		height: document.documentElement.scrollHeight,
		whatHappened: told?.open === true ? [...told.querySelectorAll("h3")].map((h) => h.textContent.trim()) : [],
		startBottom: startBox?.bottom ?? Infinity,
		startHit: hit !== null && hit !== undefined && start.contains(hit),
		focused: document.activeElement?.getAttribute("name") ?? "",
	};
})()`;

export interface FirstScreen {
	legend: string;
	top: number;
	bottom: number;
	viewport: number;
	scrolled: number;
	height: number;
	/** The companies "what happened" tells about, while it is open. */
	whatHappened: string[];
	startBottom: number;
	/** Whether a tap at the middle of "check your rental" reaches it. */
	startHit: boolean;
	/** The name of the focused control. */
	focused: string;
}

/** The companies "what happened" tells about, in each language. */
export const WHAT_HAPPENED_COMPANIES = {
	ja: ["テレコムスクエア", "エクスコムグローバル"],
	en: ["Telecom Square", "XCom Global"],
} as const;

/**
 * Whether the copy button, brought to the middle of the window, is what a click there reaches (the
 * pinned answer must not cover the end of the result). Evaluated in the page.
 */
export const COPY_UNCOVERED_PROBE = `(() => {
	const button = document.querySelector(".result .actions button");
	if (!button) return false;
	button.scrollIntoView({ block: "center" });
	const box = button.getBoundingClientRect();
	const hit = document.elementFromPoint(box.left + box.width / 2, box.top + box.height / 2);
	return hit !== null && button.contains(hit);
})()`;

/**
 * The print stylesheet's rules applied to the page as it is (for Firefox, where WebDriver BiDi has
 * no print-media emulation): every rule inside \`@media print\`, adopted without its condition.
 * Evaluated in the page.
 */
export const APPLY_PRINT_RULES = `(() => {
	const rules = [];
	for (const sheet of document.styleSheets)
		for (const rule of sheet.cssRules)
			if (rule instanceof CSSMediaRule && rule.media.mediaText.includes("print"))
				for (const inner of rule.cssRules) rules.push(inner.cssText);
	const printed = new CSSStyleSheet();
	printed.replaceSync(rules.join("\\n"));
	document.adoptedStyleSheets = [...document.adoptedStyleSheets, printed];
	return rules.length;
})()`;
