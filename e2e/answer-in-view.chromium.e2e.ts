import type { Page } from "playwright-core";
import { afterAll, beforeAll, describe, expect, test } from "vitest";
import {
	type InView,
	inViewProbe,
	inViewProblems,
	promises,
	SETTLE_PROBE,
	SETTLING_CASES,
	type SettleSeen,
	type SettlingCase,
	STORIES,
	type Step,
	SURFACES,
	type Surface,
	settlingSteps,
	stepSelector,
	wayTargets,
} from "./support/answer-in-view";
import { axeChromium } from "./support/axe";
import type { Chromium } from "./support/chromium";
import type { FixtureServer } from "./support/fixture-server";
import { chromiumPair, closePair } from "./support/pair";
import { expectedResult, REVEAL } from "./support/result-scenarios";

/**
 * Issue 23 in Chromium: the answer stays in view. On the popup (400×600), a phone (360×640, touch
 * emulated), a desktop (1280×800) and a laptop (1366×768), in Japanese and English, four stories
 * are answered one answer at a time; after every answer each verdict sentence must be the topmost
 * thing at a point of its own text inside the window, the first "what to do now" step on screen
 * or one activation away (and that activation must bring it), and the focus in plain view. Then
 * "possibly" cases: each control that offers a way forward leads to its question, the answer it
 * offers gives the verdict it promised, and the bar's way back returns to the result.
 */

let server: FixtureServer;
const browsers: Partial<Record<"ja" | "en", Chromium>> = {};

beforeAll(async () => {
	({ server, ja: browsers.ja, en: browsers.en } = await chromiumPair());
});

afterAll(() => closePair({ server, ...browsers }));

/** One page per surface and language, kept across its stories (sized once, reloaded per story). */
const pages = new Map<string, Page>();

async function pageFor(locale: "ja" | "en", surface: Surface): Promise<Page> {
	const key = `${locale}/${surface.name}`;
	const known = pages.get(key);
	if (known) return known;
	const browser = browsers[locale] as Chromium;
	const page = await browser.context.newPage();
	if (surface.phone) {
		const cdp = await browser.context.newCDPSession(page);
		await cdp.send("Emulation.setDeviceMetricsOverride", {
			width: surface.width,
			height: surface.height,
			deviceScaleFactor: 3,
			mobile: true,
		});
		await cdp.send("Emulation.setTouchEmulationEnabled", { enabled: true });
	} else await page.setViewportSize({ width: surface.width, height: surface.height });
	pages.set(key, page);
	return page;
}

/** The surface afresh: no answers (the popup's are kept for the session: cleared first). */
async function open(locale: "ja" | "en", surface: Surface): Promise<Page> {
	const page = await pageFor(locale, surface);
	// A page behind another gets no animation frames: Playwright's clicks wait for them.
	await page.bringToFront();
	const base = `chrome-extension://${(browsers[locale] as Chromium).extensionId}`;
	// Cleared from a page that holds no answers, so none is written back after.
	await page.goto(`${base}/privacy.html`);
	await page.evaluate(() => (globalThis as unknown as ChromeStorage).chrome.storage.session.clear());
	await page.goto(`${base}${surface.path}`);
	await page.locator("#q-r1-vendor").waitFor();
	return page;
}

interface ChromeStorage {
	chrome: { storage: { session: { clear(): Promise<void> } } };
}

/**
 * An answer as a person gives it: the full result closed if it lies open over the questions (a
 * narrow page), the control brought into view, then used.
 */
async function answer(page: Page, step: Step): Promise<void> {
	const toggle = page.locator(".verdict-bar .toggle-result");
	if (
		(await toggle.count()) > 0 &&
		(await toggle.isVisible()) &&
		(await toggle.getAttribute("aria-expanded")) === "true"
	)
		await toggle.click();
	const selector = stepSelector(step);
	await page.locator(selector).waitFor({ state: "attached" });
	await page.evaluate(REVEAL, selector);
	if ("fill" in step) await page.locator(selector).fill(step.text);
	else if ("click" in step) await page.locator(selector).click();
	else await page.locator(selector).check();
}

const seen = (page: Page, step?: Step) => page.evaluate(inViewProbe(step)) as Promise<InView>;

/** After an answer: the verdict is there, and then everything it must be. */
async function expectInView(page: Page, step: Step | undefined, where: string): Promise<InView> {
	await expect.poll(async () => (await seen(page, step)).sentences.length, { timeout: 15_000 }).toBeGreaterThan(0);
	let last = await seen(page, step);
	// A render may still be settling (the engine's first load): a moment's grace, then the verdict.
	for (let tries = 0; tries < 10 && inViewProblems(last).length > 0; tries++) {
		await page.waitForTimeout(100);
		last = await seen(page, step);
	}
	expect(inViewProblems(last), where).toEqual([]);
	return last;
}

describe.each(["ja", "en"] as const)("Chromium, %s", (locale) => {
	afterAll(async () => {
		for (const [key, page] of pages) if (key.startsWith(`${locale}/`)) await page.close();
	});

	describe.each(SURFACES.map((surface) => [surface.name, surface] as const))("%s", (_name, surface) => {
		const stories = STORIES.filter((story) => !(story.pageOnly && surface.path === "/popup.html"));
		test.each(stories.map((story) => [story.name, story] as const))(
			"%s: after every answer the verdict is in view, and what to do now one activation away",
			async (_story, story) => {
				const page = await open(locale, surface);
				let last: InView | undefined;
				for (const [index, step] of story.steps.entries()) {
					await answer(page, step);
					last = await expectInView(page, step, `${story.name}, answer ${index + 1} (${stepSelector(step)})`);
				}
				// One activation brings the first step on screen, the verdict still in view.
				if (!last?.step.onScreen) {
					await page.locator(".verdict-bar .todo-jump").click();
					await expect.poll(async () => (await seen(page)).step.onScreen).toBe(true);
					expect(inViewProblems(await seen(page))).toEqual([]);
					await expect.poll(() => page.evaluate(() => document.activeElement?.id)).toBe("todo-heading");
				}
			},
		);
	});

	test.each(SETTLING_CASES.map((entry) => [entry.name, entry] as const))(
		"'possibly': the way forward leads where it says, and the way back returns (%s)",
		async (_name, entry) => {
			// On the popup in Japanese and on a phone in English: the narrow pages, where it is hardest.
			const surface = SURFACES[locale === "ja" ? 0 : 1] as Surface;
			await checkSettling(await open(locale, surface), entry, locale);
		},
	);

	test("the bar, the open result and what to do now: keyboard only, nothing for axe to find", async () => {
		const page = await open(locale, SURFACES[0] as Surface);
		for (const step of (STORIES[0] as { steps: readonly Step[] }).steps.slice(0, 4)) await answer(page, step);
		await expectInView(page, undefined, "answered");
		// From the last answer back to the bar by keyboard: Shift+Tab reaches "full result".
		for (let presses = 0; presses < 60; presses++) {
			if (await page.evaluate(() => document.activeElement?.classList.contains("toggle-result"))) break;
			await page.keyboard.press("Shift+Tab");
		}
		await expect(page.evaluate(() => document.activeElement?.classList.contains("toggle-result"))).resolves.toBe(true);
		await page.keyboard.press("Enter");
		await expect(page.locator(".toggle-result").getAttribute("aria-expanded")).resolves.toBe("true");
		await expect(page.locator("#result-panel").isVisible()).resolves.toBe(true);
		expect(inViewProblems(await seen(page))).toEqual([]);
		await expect(axeChromium(page)).resolves.toEqual([]);
		// Ticking every step says so.
		const boxes = page.locator(".todo input[type=checkbox]");
		for (let index = 0; index < (await boxes.count()); index++) {
			await boxes.nth(index).focus();
			await page.keyboard.press("Space");
		}
		await expect(page.locator(".todo .all-done").innerText()).resolves.toBe(
			locale === "ja" ? "すべての手順を終えました。" : "You have done every step.",
		);
		// Tab on into the questions: the open result gives way, and the focus is in plain view.
		for (let presses = 0; presses < 80; presses++) {
			await page.keyboard.press("Tab");
			if (await page.evaluate(() => document.activeElement?.closest(".questions") !== null)) break;
		}
		await expect(page.locator(".toggle-result").getAttribute("aria-expanded")).resolves.toBe("false");
		expect((await seen(page)).focus.visible).toBe(true);
		await expect(axeChromium(page)).resolves.toEqual([]);
	});
});

/** A "possibly" case: each control that offers a way forward, used and answered as it offers. */
async function checkSettling(page: Page, entry: SettlingCase, locale: "ja" | "en"): Promise<void> {
	for (const step of settlingSteps(entry)) await answer(page, step);
	await expectInView(page, undefined, entry.name);
	const before = (await page.evaluate(SETTLE_PROBE)) as SettleSeen;
	expect(before.verdicts, entry.name).toContain("possibly-exposed");
	// The page offers the model's ways forward, each with where its answers lead, in its words.
	const { view } = expectedResult(entry, locale);
	expect(
		before.controls.map(({ text, leads }) => ({ text, leads })),
		entry.name,
	).toEqual(view.companies.flatMap((company) => company.settle.map(({ label, leads }) => ({ text: label, leads }))));
	for (const way of entry.ways) {
		const { control, question } = wayTargets(way);
		const seenNow = (await page.evaluate(SETTLE_PROBE)) as SettleSeen;
		const offered = seenNow.controls.find((candidate) => candidate.id === control);
		const lead = offered?.leads[way.lead] ?? "";
		// Where the page says this answer leads: the verdict the test then expects.
		expect(promises(lead, way.verdict, locale), `${entry.name}: ${control} says ${lead}`).toBe(true);
		// The full result, as a person opens it on a narrow page.
		if ((await page.locator(".toggle-result").getAttribute("aria-expanded")) !== "true")
			await page.locator(".toggle-result").click();
		const button = page.locator(`#${control}`);
		await button.scrollIntoViewIfNeeded();
		await button.click();
		// At the question, focused and in plain view, with the way back in the bar.
		await expect
			.poll(() => page.evaluate(() => document.activeElement?.closest(".question-slot")?.id ?? ""))
			.toBe(question);
		const there = await seen(page);
		expect(there.focus.visible, `${entry.name}: the focus at the question, ${there.focus.at}`).toBe(true);
		expect(inViewProblems(there), entry.name).toEqual([]);
		await expect(page.locator(".verdict-bar .way-back").isVisible()).resolves.toBe(true);
		// Answered as offered: the verdict the page promised.
		await answer(page, way.answer);
		await expect
			.poll(async () => ((await page.evaluate(SETTLE_PROBE)) as SettleSeen).companyVerdicts[way.company])
			.toBe(way.verdict);
		expect(inViewProblems(await seen(page, way.answer)), entry.name).toEqual([]);
		// The way back: to the result, the focus there and in view.
		await page.locator(".verdict-bar .way-back").click();
		await expect.poll(() => page.evaluate(() => document.activeElement?.closest("#result-panel") !== null)).toBe(true);
		expect((await seen(page)).focus.visible, `${entry.name}: the focus back in the result`).toBe(true);
		// Put back as it was, for the next way forward.
		if (way.undo) await answer(page, way.undo);
	}
}
