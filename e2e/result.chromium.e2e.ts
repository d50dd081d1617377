import type { Page } from "playwright-core";
import { afterAll, beforeAll, describe, expect, test } from "vitest";
import { axeChromium } from "./support/axe";
import type { Chromium } from "./support/chromium";
import type { FixtureServer } from "./support/fixture-server";
import { chromiumPair, closePair } from "./support/pair";
import {
	ACTIVE_PROBE,
	type Active,
	COPY_UNCOVERED_PROBE,
	expectHeadlineAndCards,
	expectSummary,
	FIRST_SCREEN_PROBE,
	type FirstScreen,
	type FormDriver,
	fillScenario,
	type ObservedResult,
	ORDER_PROBE,
	RESULT_PROBE,
	RESULT_SCENARIOS,
	REVEAL,
	SETTLING,
	TIMELINE_NAME,
	WHAT_HAPPENED_COMPANIES,
	WORDS,
} from "./support/result-scenarios";

/**
 * Issue 16 in Chromium: an answer people understand at a glance. The headline, the finding cards,
 * the copied summary and the print view say the same; the company's email is asked before how
 * the order was made; "possibly" takes the person to the question that settles it; the first
 * question is on the first screen; the timeline has its name; and the whole way, from the empty
 * checker to a ticked step, works with the keyboard alone, with nothing for axe to find.
 */

let server: FixtureServer;
const browsers: Partial<Record<"ja" | "en", Chromium>> = {};

beforeAll(async () => {
	({ server, ja: browsers.ja, en: browsers.en } = await chromiumPair());
	for (const browser of Object.values(browsers))
		await browser.context.grantPermissions(["clipboard-read", "clipboard-write"]);
});

afterAll(() => closePair({ server, ...browsers }));

const poll = <T>(read: () => T | Promise<T>) => expect.poll(read, { timeout: 15_000 });

/** The empty full checker, once the engine (and with it the company's email question) has loaded. */
async function openChecker(locale: "ja" | "en", size = { width: 1280, height: 800 }): Promise<Page> {
	const browser = browsers[locale] as Chromium;
	const page = await browser.context.newPage();
	await page.setViewportSize(size);
	await page.goto(`chrome-extension://${browser.extensionId}/checker.html`);
	await page.locator(".how-to-find").waitFor({ state: "attached" });
	return page;
}

function driver(page: Page): FormDriver {
	return {
		async check(selector) {
			await page.evaluate(REVEAL, selector);
			await page.locator(selector).check();
		},
		async fill(selector, text) {
			await page.evaluate(REVEAL, selector);
			await page.locator(selector).fill(text);
		},
		async click(selector) {
			await page.locator(selector).click();
		},
	};
}

const observe = (page: Page) => page.evaluate(RESULT_PROBE) as Promise<ObservedResult>;
const active = (page: Page) => page.evaluate(ACTIVE_PROBE) as Promise<Active>;
const sentences = async (page: Page) => (await observe(page)).sentences.map((sentence) => sentence.text);

/** Presses a key until the focus is where `arrived` says, at most `limit` times. */
async function pressUntil(page: Page, key: string, arrived: (at: Active) => boolean, limit = 40): Promise<Active> {
	for (let presses = 0; presses < limit; presses++) {
		await page.keyboard.press(key);
		const at = await active(page);
		if (arrived(at)) return at;
	}
	throw new Error(`${key} × ${limit} never arrived; focus is on ${JSON.stringify(await active(page))}`);
}

describe.each(["ja", "en"] as const)("Chromium, %s", (locale) => {
	test.each(RESULT_SCENARIOS.map((scenario) => [scenario.name, scenario] as const))(
		"headline = cards = summary = print: %s",
		async (_name, scenario) => {
			const page = await openChecker(locale);
			await fillScenario(driver(page), scenario);
			await poll(() => sentences(page)).toEqual(scenario.headline[locale]);
			const observed = await observe(page);
			expectHeadlineAndCards(observed, scenario, locale);
			// The copy button is in plain view (the pinned answer leaves it uncovered), and puts the
			// summary on the clipboard; read it back from there.
			expect(await page.evaluate(COPY_UNCOVERED_PROBE)).toBe(true);
			await page.evaluate(() => navigator.clipboard.writeText(""));
			await page.getByRole("button", { name: WORDS[locale].copy }).click();
			await poll(() => page.locator(".copy-status").textContent()).toBe(WORDS[locale].copied);
			const copied = await page.evaluate(() => navigator.clipboard.readText());
			expectSummary(copied, observed, scenario, locale);
			// Printed, the headline leads and says the same; the questions are left out.
			await page.emulateMedia({ media: "print" });
			await expect(page.locator("output.verdict").isVisible()).resolves.toBe(true);
			await expect(page.locator("form.questions").isVisible()).resolves.toBe(false);
			await expect(page.locator(".result .finding").first().isVisible()).resolves.toBe(true);
			expect(await sentences(page)).toEqual(scenario.headline[locale]);
			expect(
				(await page.locator("output.verdict").innerText()).split(/\n+/).filter((line) => line.trim() !== ""),
			).toEqual(scenario.headline[locale]);
			await page.close();
		},
	);

	test("the company's email is asked before how the order was made: in the page and in Tab order", async () => {
		const page = await openChecker(locale);
		const words = WORDS[locale];
		// Before a company is chosen, only that question shows.
		expect(await page.evaluate(ORDER_PROBE)).toEqual([words.vendor]);
		await driver(page).check('input[name="vendor-1"][value="telecom-square"]');
		const legends = (await page.evaluate(ORDER_PROBE)) as string[];
		expect(legends.slice(0, 3)).toEqual([words.vendor, words.email["telecom-square"], words.orderedVia]);
		// Tab from the chosen company goes to the email question, then to how the order was made.
		await page.locator('input[name="vendor-1"]:checked').focus();
		await page.keyboard.press("Tab");
		expect(await active(page)).toMatchObject({ name: "email-telecom-square", legend: words.email["telecom-square"] });
		await page.keyboard.press("Tab");
		expect(await active(page)).toMatchObject({ name: "orderedVia-1", legend: words.orderedVia });
		// Not sure which company: both companies' emails, then the ordering question.
		await driver(page).check('input[name="vendor-1"][value="unknown"]');
		expect(((await page.evaluate(ORDER_PROBE)) as string[]).slice(0, 4)).toEqual([
			words.vendor,
			words.email["telecom-square"],
			words.email["xcom-global"],
			words.orderedVia,
		]);
		await page.locator('input[name="vendor-1"]:checked').focus();
		await page.keyboard.press("Tab");
		expect((await active(page)).name).toBe("email-telecom-square");
		await page.keyboard.press("Tab");
		expect((await active(page)).name).toBe("email-xcom-global");
		await page.keyboard.press("Tab");
		expect((await active(page)).name).toBe("orderedVia-1");
		await page.close();
	});

	test.each(SETTLING.map((scenario) => [scenario.name, scenario] as const))(
		"'possibly' names the question that settles it and takes the focus there: %s",
		async (_name, scenario) => {
			const page = await openChecker(locale);
			await fillScenario(driver(page), scenario);
			await poll(() => sentences(page)).toEqual([scenario.possibly[locale]]);
			const settle = page.locator("button.go-to");
			await expect(settle.allInnerTexts()).resolves.toEqual(scenario.controls[locale]);
			// The message's control takes the person to the company's question.
			await settle.first().focus();
			await page.keyboard.press("Enter");
			await poll(() => active(page)).toMatchObject({ tag: "input", type: "radio" });
			// From the keyboard: focus the date's control, Enter.
			await settle.nth(1).focus();
			await page.keyboard.press("Enter");
			await poll(() => active(page)).toMatchObject({ tag: "input", type: "text", legend: WORDS[locale].orderedOn });
			await page.keyboard.press("ControlOrMeta+A");
			await page.keyboard.type(scenario.answer);
			await poll(() => sentences(page)).toEqual([scenario.settled[locale]]);
			expect((await observe(page)).sentences[0]?.verdict).not.toBe("possibly-exposed");
			await expect(settle.count()).resolves.toBe(0);
			await page.close();
		},
	);

	test.each([
		[1280, 800],
		[360, 640],
	] as const)(
		"what happened and the start are on the first screen at %d×%d, and the start brings the first question",
		async (width, height) => {
			const page = await openChecker(locale, { width, height });
			if (width === 360) {
				const cdp = await page.context().newCDPSession(page);
				await cdp.send("Emulation.setDeviceMetricsOverride", { width, height, deviceScaleFactor: 3, mobile: true });
				await page.reload();
				await page.locator(".how-to-find").waitFor({ state: "attached" });
			}
			const screen = (await page.evaluate(FIRST_SCREEN_PROBE)) as FirstScreen;
			expect(screen.legend).toBe(WORDS[locale].vendor);
			expect(screen.viewport).toBe(height);
			expect(screen.scrolled).toBe(0);
			// What happened, and the start of the check, before any answer (issue 23).
			expect(screen.whatHappened).toEqual(WHAT_HAPPENED_COMPANIES[locale]);
			expect(screen.startBottom).toBeLessThanOrEqual(height);
			expect(screen.startHit).toBe(true);
			if (width === 1280) {
				// A wide screen holds the first question too, and the empty page is short.
				expect(screen.top).toBeGreaterThanOrEqual(0);
				expect(screen.bottom).toBeLessThanOrEqual(height);
				expect(screen.height).toBeLessThanOrEqual(2.5 * 800);
			}
			// The start brings the first question on screen, with the focus in it.
			await page.locator(".what-happened button.start-check").click();
			const started = (await page.evaluate(FIRST_SCREEN_PROBE)) as FirstScreen;
			expect(started.focused).toBe("vendor-1");
			expect(started.top).toBeGreaterThanOrEqual(0);
			expect(started.bottom).toBeLessThanOrEqual(height);
			await page.close();
		},
	);

	test("the timeline is named for what it shows, and its text alternative gives the order date once entered", async () => {
		const page = await openChecker(locale);
		await driver(page).check('input[name="vendor-1"][value="telecom-square"]');
		await driver(page).check('input[name="orderedVia-1"][value="vendor-website"]');
		const picture = page.getByRole("img", { name: TIMELINE_NAME[locale], exact: true });
		await picture.waitFor();
		await expect(page.getByRole("figure", { name: TIMELINE_NAME[locale], exact: true }).count()).resolves.toBe(1);
		// The accessibility tree's own name and description of the picture.
		const described = async () => {
			const cdp = await page.context().newCDPSession(page);
			const { nodes } = (await cdp.send("Accessibility.getFullAXTree")) as {
				nodes: { role?: { value: string }; name?: { value: string }; description?: { value: string } }[];
			};
			await cdp.detach();
			return nodes
				.filter((node) => node.name?.value === TIMELINE_NAME[locale] && node.role?.value === "image")
				.map((node) => node.description?.value ?? "");
		};
		const before = await described();
		expect(before).toHaveLength(1);
		expect(before[0]).toContain(WORDS[locale].orderedUnknown);
		await driver(page).fill("#q-r1-orderedOn input[type=text]", "2012-07");
		await poll(async () => (await described())[0] ?? "").toContain(WORDS[locale].ordered);
		const after = (await described())[0] ?? "";
		expect(after.split(WORDS[locale].ordered)).toHaveLength(2);
		expect(after).not.toContain(WORDS[locale].orderedUnknown);
		await page.close();
	});

	test("keyboard only, from the empty checker to a ticked step; axe finds nothing", async () => {
		const page = await openChecker(locale);
		const words = WORDS[locale];
		// Tab to the first question; Space chooses Telecom Square (arrows move to it if it is not first).
		let at = await pressUntil(page, "Tab", (focus) => focus.name === "vendor-1");
		while (at.value !== "telecom-square") {
			await page.keyboard.press("ArrowDown");
			at = await active(page);
		}
		await page.keyboard.press("Space");
		expect((await active(page)).checked).toBe(true);
		// Tab to the company's email: the arrow chooses "no".
		await poll(() => page.locator('input[name="email-telecom-square"]').count()).toBeGreaterThan(0);
		await page.keyboard.press("Tab");
		expect(await active(page)).toMatchObject({ name: "email-telecom-square", value: "received" });
		await page.keyboard.press("ArrowDown");
		expect(await active(page)).toMatchObject({ name: "email-telecom-square", value: "not-received", checked: true });
		// How the order was made: the corporate site, one arrow down.
		await page.keyboard.press("Tab");
		expect(await active(page)).toMatchObject({ name: "orderedVia-1", value: "vendor-website" });
		await page.keyboard.press("ArrowDown");
		expect(await active(page)).toMatchObject({ name: "orderedVia-1", value: "corporate-site", checked: true });
		// The date: past its "I remember" choice into its field; a year only.
		at = await pressUntil(page, "Tab", (focus) => focus.type === "text", 3);
		expect(at.legend).toBe(words.orderedOn);
		await page.keyboard.type("2013");
		await poll(() => sentences(page)).toEqual([SETTLING[1].possibly[locale]]);
		// The settle control sits with the headline, before the questions: Shift+Tab reaches it.
		// Back past the return day's control to the order day's.
		at = await pressUntil(page, "Shift+Tab", (focus) => focus.settle && focus.text === words.settleOrderedOn);
		expect(at.text).toBe(words.settleOrderedOn);
		await page.keyboard.press("Enter");
		await poll(() => active(page)).toMatchObject({ type: "text", legend: words.orderedOn, value: "2013" });
		await page.keyboard.press("ControlOrMeta+A");
		await page.keyboard.type("2013-04-10");
		const included =
			locale === "ja"
				? "テレコムスクエア：あなたのレンタルは流出の対象でした。"
				: "Telecom Square: your rental was in the breach.";
		await poll(() => sentences(page)).toEqual([included]);
		// Back to the verdict bar's "what to do now" (issue 23): Enter brings its heading, Tab the first
		// step, Space ticks it, and only it.
		at = await pressUntil(page, "Shift+Tab", (focus) => focus.text === words.todoJump, 80);
		await page.keyboard.press("Enter");
		await poll(() => page.evaluate(() => document.activeElement?.id)).toBe("todo-heading");
		await page.keyboard.press("Tab");
		at = await active(page);
		expect(at).toMatchObject({ type: "checkbox", inTodo: true });
		expect(at.checked).toBe(false);
		await page.keyboard.press("Space");
		expect((await active(page)).checked).toBe(true);
		await expect(page.locator(".todo input[type=checkbox]:checked").count()).resolves.toBe(1);
		await page.keyboard.press("Tab");
		expect(await active(page)).toMatchObject({ type: "checkbox", inTodo: true, checked: false });
		// On to the copy button: Enter copies.
		at = await pressUntil(page, "Tab", (focus) => focus.text === words.copy, 40);
		await page.keyboard.press("Enter");
		await poll(() => page.locator(".copy-status").textContent()).toBe(words.copied);
		await expect(axeChromium(page)).resolves.toEqual([]);
		await page.close();
	});
});
