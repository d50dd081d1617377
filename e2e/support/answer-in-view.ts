import type { RentalForm } from "../../lib/checker/checker-form";
import type { EmailAnswer, RentalField, VendorId } from "../../lib/incidents/rental";

/**
 * Issue 23, "the answer stays in view", as both browsers test it and as the closing note measures
 * it: stories answered one answer at a time on every surface, and after each answer where the
 * verdict is, where the first "what to do now" step is, and whether the focus is in plain view.
 */

const TS = "telecom-square" as const;
const XC = "xcom-global" as const;

/** Where people ask: the toolbar popup, the full checker on a phone, a desktop and a laptop. */
export interface Surface {
	name: "popup 400×600" | "phone 360×640" | "desktop 1280×800" | "laptop 1366×768";
	path: "/popup.html" | "/checker.html";
	width: number;
	height: number;
	/** A phone: Chromium emulates a touch screen at this size. */
	phone?: true;
}

export const SURFACES: readonly Surface[] = [
	{ name: "popup 400×600", path: "/popup.html", width: 400, height: 600 },
	{ name: "phone 360×640", path: "/checker.html", width: 360, height: 640, phone: true },
	{ name: "desktop 1280×800", path: "/checker.html", width: 1280, height: 800 },
	{ name: "laptop 1366×768", path: "/checker.html", width: 1366, height: 768 },
];

/** One answer as a person gives it: a choice, a typed date, or a press (another rental). */
export type Step =
	| { check: string }
	| { fill: string; text: string }
	| { click: string }
	/** "I don't remember" for a date: the second choice of its question. */
	| { forget: string };

export interface Story {
	name: string;
	steps: readonly Step[];
	/** The popup keeps to one rental: a story of two is told on the full page only. */
	pageOnly?: true;
}

const vendor = (n: number, value: VendorId | "unknown"): Step => ({
	check: `input[name="vendor-${n}"][value="${value}"]`,
});
const email = (company: VendorId, answer: EmailAnswer): Step => ({
	check: `input[name="email-${company}"][value="${answer}"]`,
});
const choice = (n: number, field: string, value: string): Step => ({
	check: `input[name="${field}-${n}"][value="${value}"]`,
});
const date = (n: number, field: "orderedOn" | "returnedOn", text: string): Step => ({
	fill: `#q-r${n}-${field} input[type=text]`,
	text,
});
const forget = (n: number, field: "orderedOn" | "returnedOn"): Step => ({ forget: `#q-r${n}-${field}` });

/** The four stories of the "done when", each answered the way people answer. */
export const STORIES: readonly Story[] = [
	{
		name: "one rental",
		steps: [
			vendor(1, TS),
			email(TS, "not-received"),
			choice(1, "orderedVia", "vendor-website"),
			date(1, "orderedOn", "2012-07"),
			choice(1, "returnedVia", "courier"),
			date(1, "returnedOn", "2012-08"),
		],
	},
	{
		name: "company unknown, with the company's message",
		steps: [
			vendor(1, "unknown"),
			email(TS, "received"),
			email(XC, "unknown"),
			choice(1, "orderedVia", "vendor-website"),
			date(1, "orderedOn", "2012-07"),
		],
	},
	{
		name: "two rentals",
		pageOnly: true,
		steps: [
			vendor(1, TS),
			choice(1, "orderedVia", "vendor-website"),
			date(1, "orderedOn", "2012-07"),
			{ click: "#add-rental" },
			vendor(2, XC),
			date(2, "orderedOn", "2014-01"),
		],
	},
	{
		name: "nothing answered",
		steps: [
			vendor(1, TS),
			email(TS, "unknown"),
			choice(1, "orderedVia", "unknown"),
			forget(1, "orderedOn"),
			choice(1, "returnedVia", "unknown"),
			forget(1, "returnedOn"),
		],
	},
];

/** The selector a step acts on, and for a forgotten date its "I don't remember". */
export function stepSelector(step: Step): string {
	if ("check" in step) return step.check;
	if ("fill" in step) return step.fill;
	if ("click" in step) return step.click;
	return `${step.forget} fieldset > label.choice:last-of-type input`;
}

/**
 * After an answer, in the page: each verdict sentence a person sees (not the overall one where the
 * bar sums up with company sentences), whether it is the topmost thing at a point of its own text
 * inside the window; the first "what to do now" step, on screen, or the bar's control that brings
 * it; the focus, not hidden under anything; and how many window heights lie between the verdict
 * and the question just answered (0 when both are in view).
 */
export const IN_VIEW_PROBE = `((answered) => {
	const inside = (x, y) => x >= 0 && y >= 0 && x < innerWidth && y < innerHeight;
	const topmostAt = (element, x, y) => {
		if (!inside(x, y)) return false;
		const hit = document.elementFromPoint(x, y);
		return hit !== null && (element === hit || element.contains(hit));
	};
	/** A point of an element's own text: the middle of the first line's first few characters. */
	const textPoint = (element) => {
		const walker = document.createTreeWalker(element, NodeFilter.SHOW_TEXT);
		for (let node = walker.nextNode(); node; node = walker.nextNode()) {
			if (!node.textContent.trim()) continue;
			const range = document.createRange();
			range.setStart(node, 0);
			range.setEnd(node, Math.min(3, node.textContent.length));
			const box = [...range.getClientRects()].find((rect) => rect.width > 0);
			if (box) return { x: box.left + box.width / 2, y: box.top + box.height / 2 };
		}
		const box = element.getBoundingClientRect();
		return { x: box.left + box.width / 2, y: box.top + box.height / 2 };
	};
	const centre = (element) => {
		const box = element.getBoundingClientRect();
		return { x: box.left + box.width / 2, y: box.top + box.height / 2 };
	};
	const shown = (element) => {
		const box = element.getBoundingClientRect();
		return box.width > 1 && box.height > 1;
	};
	const sentences = [...document.querySelectorAll("output.verdict p.sentence")].filter(shown);
	const seen = sentences.map((sentence) => {
		const point = textPoint(sentence);
		return { text: sentence.textContent.trim(), verdict: sentence.dataset.verdict, topmost: topmostAt(sentence, point.x, point.y) };
	});
	const step = document.querySelector(".todo .steps li");
	const stepPoint = step && shown(step) ? textPoint(step) : undefined;
	const jump = document.querySelector(".verdict-bar .todo-jump");
	const jumpPoint = jump && shown(jump) ? centre(jump) : undefined;
	const active = document.activeElement;
	const focusPoint = active && active !== document.body && shown(active) ? centre(active) : undefined;
	// A press (another rental) moves the focus to what it made: that is where the person is.
	const control = answered === "@focus" ? document.activeElement : answered ? document.querySelector(answered) : null;
	const question = control?.closest("fieldset, .question-slot, section.rental") ?? control;
	const first = sentences[0];
	let screens = null;
	if (first && question) {
		const verdict = first.getBoundingClientRect();
		const asked = question.getBoundingClientRect();
		const bothInView = verdict.bottom > 0 && verdict.top < innerHeight && asked.bottom > 0 && asked.top < innerHeight;
		screens = bothInView ? 0 : Math.abs(asked.top - verdict.top) / innerHeight;
	}
	return {
		sentences: seen,
		step: { onScreen: stepPoint ? topmostAt(step, stepPoint.x, stepPoint.y) : false },
		jump: { onScreen: jumpPoint ? topmostAt(jump, jumpPoint.x, jumpPoint.y) : false },
		focus: {
			tag: active?.localName ?? "",
			visible: focusPoint ? topmostAt(active, focusPoint.x, focusPoint.y) : active === document.body,
			at: focusPoint ? Math.round(focusPoint.y) + " of " + innerHeight + ", " + (inside(focusPoint.x, focusPoint.y) ? (document.elementFromPoint(focusPoint.x, focusPoint.y)?.className ?? "") : "outside") : "",
		},
		screens,
	};
})`;

export interface InView {
	sentences: { text: string; verdict: string; topmost: boolean }[];
	step: { onScreen: boolean };
	jump: { onScreen: boolean };
	/** The focused element, whether it is the topmost thing at its middle, and what is there. */
	focus: { tag: string; visible: boolean; at: string };
	/** Window heights between the verdict and the question just answered; null without a verdict. */
	screens: number | null;
}

/** The probe applied to the question a step answered (after a press, to where the focus went). */
export function inViewProbe(step: Step | undefined): string {
	const where = step === undefined ? null : "click" in step ? "@focus" : stepSelector(step);
	return `${IN_VIEW_PROBE}(${JSON.stringify(where)})`;
}

/**
 * What must hold after every answer: each verdict sentence topmost at a point inside the window,
 * the first step on screen or one activation away, and the focus in plain view. Returns what
 * failed, in words, so a failure names the story, the surface and the answer.
 */
export function inViewProblems(seen: InView): string[] {
	const problems: string[] = [];
	if (seen.sentences.length === 0) problems.push("no verdict sentence is shown");
	for (const sentence of seen.sentences) if (!sentence.topmost) problems.push(`not in view: ${sentence.text}`);
	if (!seen.step.onScreen && !seen.jump.onScreen)
		problems.push("the first step is neither on screen nor one activation away");
	if (!seen.focus.visible) problems.push(`the focus (${seen.focus.tag}) is hidden: at ${seen.focus.at}`);
	return problems;
}

/** Where a settle control is (components/checker/ResultReasons.tsx `settleControlId`). */
export const settleControl = (company: VendorId, field: string, rental = 1) => `settle-${company}-r${rental}-${field}`;

/** The question a way forward leads to (components/checker/RentalQuestions.tsx `questionId`, `emailQuestionId`). */
const questionOf = (company: VendorId, field: string) =>
	field === "message" ? `q-email-${company}` : `q-r1-${field === "vendor" ? "vendor" : field}`;

/**
 * One way forward a "possibly" offers: its control (by company and field), which of the places
 * the page says the answers lead to is taken (`lead`, counted from 0), the answer given inside it,
 * and the verdict that place promises.
 */
export interface Way {
	company: VendorId;
	field: RentalField | "message";
	lead: number;
	answer: Step;
	verdict: "exposed" | "not-exposed";
	/** The answer that puts the case back to "possibly", for the next way. */
	undo?: Step;
}

export interface SettlingCase {
	name: string;
	rentals: readonly Partial<RentalForm>[];
	emails?: Partial<Record<VendorId, EmailAnswer>>;
	ways: readonly Way[];
}

/** A way's control and question on the page. */
export function wayTargets(way: Way): { control: string; question: string } {
	return { control: settleControl(way.company, way.field), question: questionOf(way.company, way.field) };
}

/** The company's message, offered wherever it is not answered: "if it reached you, included". */
const byMessage = (company: VendorId): Way => ({
	company,
	field: "message",
	lead: 0,
	answer: email(company, "received"),
	verdict: "exposed",
	undo: email(company, "unknown"),
});

const dateWay = (
	company: VendorId,
	field: "orderedOn" | "returnedOn",
	lead: number,
	text: string,
	verdict: Way["verdict"],
	back: string,
): Way => ({ company, field, lead, answer: date(1, field, text), verdict, undo: date(1, field, back) });

/**
 * "Possibly" cases as people reach them (the audit's and the issue's). For each, ways forward the
 * page offers: the place it says an answer leads to, an answer inside that place, and the verdict
 * it promised there.
 */
export const SETTLING_CASES: readonly SettlingCase[] = [
	{
		name: "XCom, April 2013: before or after the 23rd?",
		rentals: [{ vendor: XC, orderedOn: "2013-04" }],
		ways: [
			byMessage(XC),
			dateWay(XC, "orderedOn", 0, "2013-04-10", "exposed", "2013-04"),
			dateWay(XC, "orderedOn", 1, "2013-04-25", "not-exposed", "2013-04"),
		],
	},
	{
		name: "Telecom Square's corporate site, 2013",
		rentals: [{ vendor: TS, orderedVia: "corporate-site", orderedOn: "2013" }],
		ways: [
			dateWay(TS, "orderedOn", 0, "2013-03-01", "exposed", "2013"),
			dateWay(TS, "orderedOn", 1, "2013-05-20", "not-exposed", "2013"),
		],
	},
	{
		name: "Telecom Square's website, autumn 2012",
		rentals: [{ vendor: TS, orderedVia: "vendor-website", orderedOn: "2012年秋" }],
		ways: [byMessage(TS), dateWay(TS, "orderedOn", 0, "2012-10-01", "exposed", "2012年秋")],
	},
	{
		name: "Telecom Square, nothing else remembered",
		rentals: [{ vendor: TS }],
		ways: [
			dateWay(TS, "orderedOn", 1, "2013-06", "not-exposed", ""),
			dateWay(TS, "returnedOn", 0, "2008-05", "not-exposed", ""),
		],
	},
	{
		name: "XCom, ordered 20 February 2011, return not remembered",
		rentals: [{ vendor: XC, orderedOn: "2011-02-20" }],
		ways: [byMessage(XC), dateWay(XC, "returnedOn", 0, "2011-03-01", "not-exposed", "")],
	},
	{
		name: "Telecom Square by phone, paid at the counter at pick-up, returned by courier in 2012",
		rentals: [
			{
				vendor: TS,
				orderedVia: "other",
				returnedVia: "courier",
				returnedOn: "2012",
				paidVia: "airport-counter",
				paidWhen: "another-time",
			},
		],
		ways: [
			dateWay(TS, "returnedOn", 0, "2012-03-01", "not-exposed", "2012"),
			dateWay(TS, "returnedOn", 2, "2012-11-15", "exposed", "2012"),
		],
	},
	{
		name: "Telecom Square's website, 2011",
		rentals: [{ vendor: TS, orderedVia: "vendor-website", orderedOn: "2011" }],
		ways: [
			dateWay(TS, "returnedOn", 0, "2011-08", "not-exposed", ""),
			dateWay(TS, "returnedOn", 2, "2013-03", "not-exposed", ""),
		],
	},
	{
		name: "the company not remembered, Telecom Square's message came",
		rentals: [{ vendor: "unknown", orderedVia: "vendor-website", orderedOn: "2012-07" }],
		emails: { [TS]: "received" },
		ways: [{ company: XC, field: "vendor", lead: 1, answer: vendor(1, XC), verdict: "exposed" }],
	},
];

/** A case's answers as a person gives them, in the page's order. */
export function settlingSteps(entry: SettlingCase): Step[] {
	const steps: Step[] = [];
	const rental = entry.rentals[0] ?? {};
	if (rental.vendor) steps.push(vendor(1, rental.vendor));
	for (const [company, answer] of Object.entries(entry.emails ?? {}) as [VendorId, EmailAnswer][])
		steps.push(email(company, answer));
	for (const field of ["orderedVia", "orderedOn", "returnedVia", "returnedOn", "paidVia", "paidWhen"] as const) {
		const value = rental[field];
		if (value === undefined || value === "") continue;
		steps.push(field === "orderedOn" || field === "returnedOn" ? date(1, field, value) : choice(1, field, value));
	}
	return steps;
}

/** Whether a place the page names promises the verdict: "…, included" / 「…なら対象」. */
export function promises(lead: string, verdict: Way["verdict"], locale: "ja" | "en"): boolean {
	if (locale === "ja") return verdict === "exposed" ? /対象$/.test(lead) : /対象外$/.test(lead);
	// A company's own lead names its breach: "If XCom Global's: in XCom Global's breach".
	if (verdict === "exposed") return /(?<!not) included$/.test(lead) || /: in .+'s breach$/.test(lead);
	return / not included$/.test(lead) || /: not in .+'s breach$/.test(lead);
}

/** The ways forward on the page with where each leads, and each company's verdict. Evaluated in the page. */
export const SETTLE_PROBE = `(() => {
	const sentences = [...document.querySelectorAll("output.verdict p.sentence")];
	return {
		controls: [...document.querySelectorAll("button.go-to")].map((button) => ({
			id: button.id,
			text: button.textContent.trim(),
			leads: [...(button.parentElement?.querySelectorAll("ul.leads li") ?? [])].map((item) => item.textContent.trim()),
		})),
		verdicts: sentences.map((sentence) => sentence.dataset.verdict),
		companyVerdicts: Object.fromEntries(
			sentences.filter((sentence) => sentence.dataset.vendor).map((sentence) => [sentence.dataset.vendor, sentence.dataset.verdict]),
		),
	};
})()`;

export interface SettleSeen {
	controls: { id: string; text: string; leads: string[] }[];
	verdicts: string[];
	companyVerdicts: Partial<Record<VendorId, string>>;
}
