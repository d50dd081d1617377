import type { ElementHandle, Page } from "puppeteer-core";
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
import { axeFirefox } from "./support/axe";
import { type Firefox, openExtensionPage, until } from "./support/firefox";
import type { FixtureServer } from "./support/fixture-server";
import { closePair, firefoxPair } from "./support/pair";
import { expectedResult, REVEAL } from "./support/result-scenarios";

/**
 * Issue 23 in Firefox ESR, over WebDriver BiDi: the same stories, surfaces and "possibly" cases
 * as answer-in-view.chromium.e2e.ts (without touch emulation: BiDi sets the window's size only).
 */

let server: FixtureServer;
const browsers: Partial<Record<"ja" | "en", Firefox>> = {};

beforeAll(async () => {
	({ server, ja: browsers.ja, en: browsers.en } = await firefoxPair());
});

afterAll(() => closePair({ server, ...browsers }));

/**
 * One tab per language, resized per surface. Firefox's first navigation into the extension never
 * reports its end, so a surface is reached by a navigation the page makes itself, and waited for.
 */
const tabs: Partial<Record<"ja" | "en", Promise<Page>>> = {};

async function open(locale: "ja" | "en", surface: Surface): Promise<Page> {
	tabs[locale] ??= (browsers[locale] as Firefox).browser.newPage().then(async (page) => {
		await openExtensionPage(page, "/privacy.html");
		return page;
	});
	const page = await tabs[locale];
	await page.setViewport({ width: surface.width, height: surface.height });
	// No answers from the last story: the popup's are cleared before the page loads again.
	await page.evaluate(async (path) => {
		const api = (globalThis as unknown as { browser: { storage: { session: { clear(): Promise<void> } } } }).browser;
		await api.storage.session.clear();
		history.scrollRestoration = "manual";
		(window as unknown as { stale?: boolean }).stale = true;
		location.assign(path);
	}, surface.path);
	await until(
		() =>
			page
				.evaluate(
					() =>
						!(window as unknown as { stale?: boolean }).stale && document.querySelector("#q-r1-vendor input") !== null,
				)
				.catch(() => false),
		true,
		`${surface.path} loaded`,
	);
	return page;
}

async function element(page: Page, selector: string): Promise<ElementHandle<HTMLElement>> {
	await until(() => page.evaluate((css) => document.querySelector(css) !== null, selector), true, selector);
	await page.evaluate(REVEAL, selector);
	return (await page.$(selector)) as ElementHandle<HTMLElement>;
}

/** An answer as a person gives it; the full result closed first where it lies over the questions. */
async function answer(page: Page, step: Step): Promise<void> {
	const open = await page.$('.verdict-bar .toggle-result[aria-expanded="true"]');
	if (open && (await open.isVisible())) await open.click();
	const field = await element(page, stepSelector(step));
	if ("fill" in step) {
		// What the field held goes first (typing nothing would leave it).
		await field.click({ count: 3 });
		await page.keyboard.press("Backspace");
		if (step.text) await field.type(step.text);
	} else await field.click();
}

const seen = (page: Page, step?: Step) => page.evaluate(inViewProbe(step)) as Promise<InView>;

async function expectInView(page: Page, step: Step | undefined, where: string): Promise<InView> {
	await until(async () => (await seen(page, step)).sentences.length > 0, true, `${where}: a verdict`);
	let last = await seen(page, step);
	for (let tries = 0; tries < 10 && inViewProblems(last).length > 0; tries++) {
		await new Promise((resolve) => setTimeout(resolve, 100));
		last = await seen(page, step);
	}
	expect(inViewProblems(last), where).toEqual([]);
	return last;
}

const activeIn = (page: Page, selector: string) =>
	page.evaluate((css) => document.activeElement?.closest(css) !== null, selector);

describe.each(["ja", "en"] as const)("Firefox, %s", (locale) => {
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
				if (!last?.step.onScreen) {
					await (await element(page, ".verdict-bar .todo-jump")).click();
					await until(async () => (await seen(page)).step.onScreen, true, "the first step, one activation away");
					expect(inViewProblems(await seen(page))).toEqual([]);
					await until(() => page.evaluate(() => document.activeElement?.id ?? ""), "todo-heading", "the focus");
				}
			},
		);
	});

	test.each(SETTLING_CASES.map((entry) => [entry.name, entry] as const))(
		"'possibly': the way forward leads where it says, and the way back returns (%s)",
		async (_name, entry) => {
			// On a phone in Japanese and on the popup in English (Chromium takes the other two).
			const surface = SURFACES[locale === "ja" ? 1 : 0] as Surface;
			await checkSettling(await open(locale, surface), entry, locale);
		},
	);

	test("the open result, every step ticked, and on into the questions: nothing for axe to find", async () => {
		const page = await open(locale, SURFACES[1] as Surface);
		for (const step of (STORIES[0] as { steps: readonly Step[] }).steps.slice(0, 4)) await answer(page, step);
		await expectInView(page, undefined, "answered");
		await (await element(page, ".verdict-bar .toggle-result")).click();
		await until(
			() => page.evaluate(() => document.querySelector(".toggle-result")?.getAttribute("aria-expanded")),
			"true",
			"the full result opens",
		);
		expect(inViewProblems(await seen(page))).toEqual([]);
		await expect(axeFirefox(page)).resolves.toEqual([]);
		for (const box of await page.$$(".todo input[type=checkbox]")) {
			await box.focus();
			await page.keyboard.press(" ");
		}
		await until(
			() => page.evaluate(() => document.querySelector(".todo .all-done")?.textContent ?? ""),
			locale === "ja" ? "すべての手順を終えました。" : "You have done every step.",
			"all done",
		);
		for (let presses = 0; presses < 80 && !(await activeIn(page, ".questions")); presses++)
			await page.keyboard.press("Tab");
		await until(
			() => page.evaluate(() => document.querySelector(".toggle-result")?.getAttribute("aria-expanded")),
			"false",
			"the open result gives way to the questions",
		);
		expect((await seen(page)).focus.visible).toBe(true);
		await expect(axeFirefox(page)).resolves.toEqual([]);
	});
});

async function checkSettling(page: Page, entry: SettlingCase, locale: "ja" | "en"): Promise<void> {
	for (const step of settlingSteps(entry)) await answer(page, step);
	await expectInView(page, undefined, entry.name);
	const before = (await page.evaluate(SETTLE_PROBE)) as SettleSeen;
	expect(before.verdicts, entry.name).toContain("possibly-exposed");
	const { view } = expectedResult(entry, locale);
	expect(
		before.controls.map(({ text, leads }) => ({ text, leads })),
		entry.name,
	).toEqual(view.companies.flatMap((company) => company.settle.map(({ label, leads }) => ({ text: label, leads }))));
	for (const way of entry.ways) {
		const { control, question } = wayTargets(way);
		const seenNow = (await page.evaluate(SETTLE_PROBE)) as SettleSeen;
		const lead = seenNow.controls.find((candidate) => candidate.id === control)?.leads[way.lead] ?? "";
		expect(promises(lead, way.verdict, locale), `${entry.name}: ${control} says ${lead}`).toBe(true);
		const toggle = await element(page, ".verdict-bar .toggle-result");
		if ((await toggle.evaluate((node) => node.getAttribute("aria-expanded"))) !== "true") await toggle.click();
		await (await element(page, `#${control}`)).click();
		await until(
			() => page.evaluate(() => document.activeElement?.closest(".question-slot")?.id ?? ""),
			question,
			`${entry.name}: at the question`,
		);
		const there = await seen(page);
		expect(there.focus.visible, `${entry.name}: the focus at the question, ${there.focus.at}`).toBe(true);
		expect(inViewProblems(there), entry.name).toEqual([]);
		await answer(page, way.answer);
		await until(
			async () => ((await page.evaluate(SETTLE_PROBE)) as SettleSeen).companyVerdicts[way.company],
			way.verdict,
			`${entry.name}: the verdict promised`,
		);
		expect(inViewProblems(await seen(page, way.answer)), entry.name).toEqual([]);
		await (await element(page, ".verdict-bar .way-back")).click();
		await until(() => activeIn(page, "#result-panel"), true, `${entry.name}: back in the result`);
		expect((await seen(page)).focus.visible, `${entry.name}: the focus back in the result`).toBe(true);
		if (way.undo) await answer(page, way.undo);
	}
}
