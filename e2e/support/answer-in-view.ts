import type { EmailAnswer, VendorId } from "../../lib/incidents/rental";

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
	const question = answered ? document.querySelector(answered)?.closest("fieldset, .question-slot, section.rental") : undefined;
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
			visible: focusPoint ? topmostAt(active, focusPoint.x, focusPoint.y) || active.contains(document.elementFromPoint(focusPoint.x, focusPoint.y)) : active === document.body,
		},
		screens,
	};
})`;

export interface InView {
	sentences: { text: string; verdict: string; topmost: boolean }[];
	step: { onScreen: boolean };
	jump: { onScreen: boolean };
	focus: { tag: string; visible: boolean };
	/** Window heights between the verdict and the question just answered; null without a verdict. */
	screens: number | null;
}

/** The probe applied to the question a step answered. */
export function inViewProbe(step: Step | undefined): string {
	return `${IN_VIEW_PROBE}(${JSON.stringify(step ? stepSelector(step) : null)})`;
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
	if (!seen.focus.visible) problems.push(`the focus (${seen.focus.tag}) is hidden`);
	return problems;
}

/** Where a settle control is (components/checker/ResultReasons.tsx `settleControlId`). */
const settle = (company: VendorId, field: string, rental = 1) => `settle-${company}-r${rental}-${field}`;

/** One way forward a "possibly" offers: its control, the question it leads to, the answer it offers, the verdict promised. */
export interface Way {
	control: string;
	question: string;
	answer: Step;
	company: VendorId;
	verdict: "exposed" | "not-exposed";
	/** The answer that puts the case back to "possibly", for the next way. */
	undo?: Step;
}

export interface SettlingCase {
	name: string;
	steps: readonly Step[];
	ways: readonly Way[];
}

/** The company's message, offered wherever it is not answered: "if it reached you, say so". */
const byMessage = (company: VendorId): Way => ({
	control: settle(company, "message"),
	question: `q-email-${company}`,
	answer: email(company, "received"),
	company,
	verdict: "exposed",
	undo: email(company, "unknown"),
});

/**
 * "Possibly" cases as people reach them (the audit's and the issue's), each with the ways forward
 * the page offers and where each leads: the answer as offered, and the verdict it promises.
 */
export const SETTLING_CASES: readonly SettlingCase[] = [
	{
		name: "XCom, April 2013",
		steps: [vendor(1, XC), date(1, "orderedOn", "2013-04")],
		ways: [
			byMessage(XC),
			{
				control: settle(XC, "orderedOn"),
				question: "q-r1-orderedOn",
				answer: date(1, "orderedOn", "2013-04-10"),
				company: XC,
				verdict: "exposed",
			},
		],
	},
	{
		name: "Telecom Square's corporate site, 2013",
		steps: [vendor(1, TS), choice(1, "orderedVia", "corporate-site"), date(1, "orderedOn", "2013")],
		ways: [
			byMessage(TS),
			{
				control: settle(TS, "orderedOn"),
				question: "q-r1-orderedOn",
				answer: date(1, "orderedOn", "2013-05-20"),
				company: TS,
				verdict: "not-exposed",
			},
		],
	},
	{
		name: "Telecom Square's website, autumn 2012",
		steps: [vendor(1, TS), choice(1, "orderedVia", "vendor-website"), date(1, "orderedOn", "2012年秋")],
		ways: [byMessage(TS)],
	},
	{
		name: "Telecom Square, nothing else remembered",
		steps: [vendor(1, TS)],
		ways: [byMessage(TS)],
	},
	{
		name: "XCom, ordered 20 February 2011, return not remembered",
		steps: [vendor(1, XC), date(1, "orderedOn", "2011-02-20")],
		ways: [byMessage(XC)],
	},
	{
		name: "Telecom Square by phone, paid at the counter at pick-up, returned by courier in 2012",
		steps: [
			vendor(1, TS),
			choice(1, "orderedVia", "other"),
			choice(1, "returnedVia", "courier"),
			date(1, "returnedOn", "2012"),
			choice(1, "paidVia", "airport-counter"),
			choice(1, "paidWhen", "another-time"),
		],
		ways: [byMessage(TS)],
	},
	{
		name: "Telecom Square's website, 2011",
		steps: [vendor(1, TS), choice(1, "orderedVia", "vendor-website"), date(1, "orderedOn", "2011")],
		ways: [byMessage(TS)],
	},
];

/** The ways forward on the page, and each company's verdict. Evaluated in the page. */
export const SETTLE_PROBE = `(() => {
	const sentences = [...document.querySelectorAll("output.verdict p.sentence")];
	return {
		controls: [...document.querySelectorAll("button.go-to")].map((button) => ({ id: button.id, text: button.textContent.trim() })),
		verdicts: sentences.map((sentence) => sentence.dataset.verdict),
		companyVerdicts: Object.fromEntries(
			sentences.filter((sentence) => sentence.dataset.vendor).map((sentence) => [sentence.dataset.vendor, sentence.dataset.verdict]),
		),
	};
})()`;

export interface SettleSeen {
	controls: { id: string; text: string }[];
	verdicts: string[];
	companyVerdicts: Partial<Record<VendorId, string>>;
}
