import type { Page } from "playwright-core";
import type { Chromium } from "../support/chromium";

/**
 * Issue 24, item 2: the verdict moves in the frame of the answer. For a click on a choice and for
 * the last key of a typed date, two times from the person's input (the event's own time stamp):
 * to the frame that shows the control's own change (the radio checked, the character in the box),
 * and to the frame that shows the new verdict. A frame is named by the time stamp its
 * animation-frame callbacks receive, which every callback of one frame shares: each of the two
 * asks for a callback the moment its change is in the page (the control's `input`/`change`
 * event; the verdict's first mutation), so the same time stamp means the same painted frame.
 *
 * The answers come as soon as the app has rendered (`checker:first-render`; on a page that paints
 * first, that is when the app has taken the painted screen over) and one after another without
 * waiting, so anything the path still loads after an answer shows as frames between the two.
 */

export interface AnswerSurface {
	name: string;
	path: "/popup.html" | "/checker.html";
	width: number;
	height: number;
	/** Emulated as a phone (its size, 3 device pixels a CSS pixel), as the answer-in-view bench does. */
	phone?: boolean;
}

export const ANSWER_SURFACES: readonly AnswerSurface[] = [
	{ name: "popup 400×600", path: "/popup.html", width: 400, height: 600 },
	{ name: "popup on a phone 360×640", path: "/popup.html", width: 360, height: 640, phone: true },
	{ name: "full checker 1280×800", path: "/checker.html", width: 1280, height: 800 },
	{ name: "full checker on a phone 360×640", path: "/checker.html", width: 360, height: 640, phone: true },
];

/** One answer: a choice clicked, or a date typed (all but its last key first, then that key, timed). */
type Answer = { label: string; choose: string } | { label: string; question: string; type: string };

/**
 * Each answer changes the verdict (the measure is the frame of the new one), and each comes
 * right after the one before: the company, the date the router was ordered (typed), the company
 * again, and back. The choices are found by their value, the date box by its question's legend,
 * in both languages.
 */
const ANSWERS: readonly Answer[] = [
	{ label: "first answer: the company (click)", choose: 'input[name="vendor-1"][value="xcom-global"]' },
	{ label: "a typed date: when it was ordered (last key)", question: "orderedOn", type: "2010-05" },
	{ label: "another company (click)", choose: 'input[name="vendor-1"][value="telecom-square"]' },
	{ label: "back to the first (click)", choose: 'input[name="vendor-1"][value="xcom-global"]' },
];

/** Installed before each answer: records the input's time, and the two frames. */
const ARM = `(() => {
	const verdict = document.querySelector("output.verdict");
	const before = verdict ? verdict.textContent : "";
	const result = {};
	window.__answerFrame = result;
	const input = (event) => {
		if (result.control !== undefined || result.pending) return;
		result.pending = true;
		requestAnimationFrame((frame) => { result.control = frame; });
	};
	const start = (event) => { result.input = event.timeStamp; };
	addEventListener("pointerdown", start, { capture: true });
	addEventListener("keydown", start, { capture: true });
	addEventListener("input", input, { capture: true });
	addEventListener("change", input, { capture: true });
	const observer = new MutationObserver(() => {
		const now = document.querySelector("output.verdict");
		if (result.verdictPending || !now || now.textContent === before) return;
		result.verdictPending = true;
		requestAnimationFrame((frame) => { result.verdict = frame; observer.disconnect(); });
	});
	observer.observe(document.body, { childList: true, subtree: true, characterData: true });
})()`;

export interface AnswerFrame {
	surface: string;
	answer: string;
	/** ms from the input to the frame with the control's own change. */
	control: number;
	/** ms from the input to the frame with the new verdict. */
	verdict: number;
	/** Frames between the two (0: the same frame). */
	framesApart: number;
}

async function arm(page: Page): Promise<void> {
	await page.evaluate(ARM);
}

async function frames(page: Page): Promise<{ input: number; control: number; verdict: number }> {
	const handle = await page.waitForFunction(
		() => {
			const result = (window as unknown as { __answerFrame: Record<string, number> }).__answerFrame;
			return result.control !== undefined && result.verdict !== undefined ? result : undefined;
		},
		undefined,
		{ timeout: 10_000, polling: 50 },
	);
	return (await handle.jsonValue()) as { input: number; control: number; verdict: number };
}

/** One open of a surface: its answers, each timed. */
export async function answerFramesOnce(browser: Chromium, surface: AnswerSurface): Promise<AnswerFrame[]> {
	const page = await browser.context.newPage();
	const cdp = await browser.context.newCDPSession(page);
	if (surface.phone) {
		await cdp.send("Emulation.setDeviceMetricsOverride", {
			width: surface.width,
			height: surface.height,
			deviceScaleFactor: 3,
			mobile: true,
		});
	} else await page.setViewportSize({ width: surface.width, height: surface.height });
	// Frames come only to the tab in front.
	await page.bringToFront();
	await page.goto(`chrome-extension://${browser.extensionId}${surface.path}`);
	// Each open starts with no answers: the popup keeps the last open's in storage.session.
	await page.evaluate(() =>
		(
			globalThis as unknown as { chrome: { storage: { session: { clear(): Promise<void> } } } }
		).chrome.storage.session.clear(),
	);
	await page.reload();
	await page.waitForFunction(() => performance.getEntriesByName("checker:first-render").length > 0, undefined, {
		polling: 5,
	});
	const rows: AnswerFrame[] = [];
	for (const answer of ANSWERS) {
		let target: string;
		if ("choose" in answer) target = answer.choose;
		else target = `#q-r1-${answer.question} input[type="text"]`;
		const element = page.locator(target);
		// Mid-screen: the verdict bar stays at the top of a phone's screen and would take the tap.
		await element.evaluate((node) => node.scrollIntoView({ block: "center" }));
		if ("choose" in answer) {
			await arm(page);
			// A click on the phone-sized page too: the app handles a tap as the same click event.
			await element.click();
		} else {
			await element.click();
			await element.fill(answer.type.slice(0, -1));
			await arm(page);
			await page.keyboard.press(answer.type.slice(-1));
		}
		const { input, control, verdict } = await frames(page).catch(async (error: Error) => {
			const seen = await page.evaluate(() =>
				JSON.stringify((window as unknown as { __answerFrame: object }).__answerFrame),
			);
			throw new Error(`${surface.name}, ${answer.label}: ${seen}: ${error.message}`);
		});
		rows.push({
			surface: surface.name,
			answer: answer.label,
			control: control - input,
			verdict: verdict - input,
			framesApart: Math.round((verdict - control) / (1000 / 60)),
		});
	}
	await page.close();
	return rows;
}

/** Every surface, `rounds` opens each, in turn. */
export async function answerFrames(browser: Chromium, rounds: number): Promise<AnswerFrame[]> {
	const rows: AnswerFrame[] = [];
	for (let round = 0; round < rounds; round++)
		for (const surface of ANSWER_SURFACES) rows.push(...(await answerFramesOnce(browser, surface)));
	return rows;
}
