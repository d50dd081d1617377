import type { ElementHandle, Page } from "puppeteer-core";
import { afterAll, beforeAll, describe, expect, test } from "vitest";
import { axeFirefox } from "./support/axe";
import { type Firefox, openExtensionPage, until } from "./support/firefox";
import type { FixtureServer } from "./support/fixture-server";
import { closePair, firefoxPair } from "./support/pair";
import {
	ACTIVE_PROBE,
	type Active,
	APPLY_PRINT_RULES,
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
 * Issue 16 in Firefox ESR, over WebDriver BiDi: the same checks as result.chromium.e2e.ts, read
 * through the page's DOM where Playwright would use locators.
 */

let server: FixtureServer;
const browsers: Partial<Record<"ja" | "en", Firefox>> = {};

beforeAll(async () => {
	({ server, ja: browsers.ja, en: browsers.en } = await firefoxPair());
});

afterAll(() => closePair({ server, ...browsers }));

/**
 * The empty full checker, once the engine has loaded. Firefox's first navigation into the
 * extension never reports its end (a process switch): each language keeps one tab, and each test
 * starts it afresh with a reload (the form is not remembered unless asked).
 */
const tabs: Partial<Record<"ja" | "en", Promise<Page>>> = {};
async function openChecker(locale: "ja" | "en", size = { width: 1280, height: 800 }): Promise<Page> {
	tabs[locale] ??= (browsers[locale] as Firefox).browser.newPage().then(async (page) => {
		await openExtensionPage(page, "/checker.html");
		await page.waitForSelector(".how-to-find", { timeout: 15_000 });
		return page;
	});
	const page = await tabs[locale];
	await page.setViewport(size);
	// A reload keeps the scroll position: start from the top, as a new tab does. (Puppeteer's reload
	// waits for a load event Firefox does not report here: the page reloads itself.)
	await page.evaluate(() => {
		history.scrollRestoration = "manual";
		window.scrollTo({ top: 0, behavior: "instant" });
		(window as unknown as { stale?: boolean }).stale = true;
		location.reload();
	});
	const deadline = Date.now() + 15_000;
	for (;;) {
		const fresh = await page
			.evaluate(
				() => !(window as unknown as { stale?: boolean }).stale && document.querySelector(".how-to-find") !== null,
			)
			.catch(() => false);
		if (fresh) break;
		if (Date.now() > deadline) throw new Error("the checker did not reload");
		await new Promise((resolve) => setTimeout(resolve, 100));
	}
	expect(await page.$$("output.verdict p.sentence")).toHaveLength(0);
	return page;
}

async function element(page: Page, selector: string): Promise<ElementHandle<HTMLElement>> {
	await page.evaluate(REVEAL, selector);
	const found = await page.$(selector);
	if (!found) throw new Error(`nothing matches ${selector}`);
	return found as ElementHandle<HTMLElement>;
}

function driver(page: Page): FormDriver {
	return {
		async check(selector) {
			await (await element(page, selector)).click();
		},
		async fill(selector, text) {
			const field = await element(page, selector);
			await field.click({ count: 3 });
			await field.type(text);
		},
		async click(selector) {
			await (await element(page, selector)).click();
		},
	};
}

const observe = (page: Page) => page.evaluate(RESULT_PROBE) as Promise<ObservedResult>;
const active = (page: Page) => page.evaluate(ACTIVE_PROBE) as Promise<Active>;
const sentences = async (page: Page) => (await observe(page)).sentences.map((sentence) => sentence.text);
const textOf = (page: Page, selector: string) =>
	page.evaluate((css) => document.querySelector(css)?.textContent ?? null, selector);

async function press(page: Page, key: string): Promise<void> {
	const [modifier, main] = key.includes("+") ? key.split("+") : [undefined, key];
	if (modifier) await page.keyboard.down(modifier as "Shift");
	await page.keyboard.press(main as "Tab");
	if (modifier) await page.keyboard.up(modifier as "Shift");
}

async function pressUntil(page: Page, key: string, arrived: (at: Active) => boolean, limit = 40): Promise<Active> {
	for (let presses = 0; presses < limit; presses++) {
		await press(page, key);
		const at = await active(page);
		if (arrived(at)) return at;
	}
	throw new Error(`${key} × ${limit} never arrived; focus is on ${JSON.stringify(await active(page))}`);
}

/** What the clipboard holds, pasted with the keyboard into a scratch field, which is then removed. */
async function pasted(page: Page): Promise<string> {
	await page.evaluate(() => {
		const scratch = document.createElement("textarea");
		scratch.id = "paste-here";
		document.body.append(scratch);
		scratch.focus();
	});
	await press(page, "Control+v");
	return page.evaluate(() => {
		const scratch = document.getElementById("paste-here") as HTMLTextAreaElement;
		const text = scratch.value;
		scratch.remove();
		return text;
	});
}

describe.each(["ja", "en"] as const)("Firefox, %s", (locale) => {
	test.each(RESULT_SCENARIOS.map((scenario) => [scenario.name, scenario] as const))(
		"headline = cards = summary = print: %s",
		async (_name, scenario) => {
			const page = await openChecker(locale);
			await fillScenario(driver(page), scenario);
			await until(() => sentences(page), scenario.headline[locale], "the headline");
			const observed = await observe(page);
			expectHeadlineAndCards(observed, scenario, locale);
			expect(await page.evaluate(COPY_UNCOVERED_PROBE)).toBe(true);
			await driver(page).click(".actions button");
			expect(await textOf(page, ".actions button")).toBe(WORDS[locale].copy);
			await until(() => textOf(page, ".copy-status"), WORDS[locale].copied, "copied");
			expectSummary(await pasted(page), observed, scenario, locale);
			// Printed (the print stylesheet's rules applied), the headline leads and says the same; the
			// questions are left out.
			expect(await page.evaluate(APPLY_PRINT_RULES)).toBeGreaterThan(0);
			const printed = await page.evaluate(() => {
				const shown = (selector: string) => {
					const found = document.querySelector(selector);
					return found !== null && found.getClientRects().length > 0 && getComputedStyle(found).visibility !== "hidden";
				};
				return {
					headline: shown("output.verdict"),
					questions: shown("form.questions"),
					card: shown(".result .finding"),
					lines: (document.querySelector<HTMLElement>("output.verdict")?.innerText ?? "")
						.split(/\n+/)
						.filter((line) => line.trim() !== ""),
				};
			});
			expect(printed).toEqual({ headline: true, questions: false, card: true, lines: scenario.headline[locale] });
		},
	);

	test("the company's email is asked before how the order was made: in the page and in Tab order", async () => {
		const page = await openChecker(locale);
		const words = WORDS[locale];
		expect(await page.evaluate(ORDER_PROBE)).toEqual([words.vendor]);
		await driver(page).check('input[name="vendor-1"][value="telecom-square"]');
		await page.waitForSelector('input[name="email-telecom-square"]');
		expect(((await page.evaluate(ORDER_PROBE)) as string[]).slice(0, 3)).toEqual([
			words.vendor,
			words.email["telecom-square"],
			words.orderedVia,
		]);
		await page.focus('input[name="vendor-1"]:checked');
		await press(page, "Tab");
		expect(await active(page)).toMatchObject({ name: "email-telecom-square", legend: words.email["telecom-square"] });
		await press(page, "Tab");
		expect(await active(page)).toMatchObject({ name: "orderedVia-1", legend: words.orderedVia });
		await driver(page).check('input[name="vendor-1"][value="unknown"]');
		await page.waitForSelector('input[name="email-xcom-global"]');
		expect(((await page.evaluate(ORDER_PROBE)) as string[]).slice(0, 4)).toEqual([
			words.vendor,
			words.email["telecom-square"],
			words.email["xcom-global"],
			words.orderedVia,
		]);
		await page.focus('input[name="vendor-1"]:checked');
		await press(page, "Tab");
		expect((await active(page)).name).toBe("email-telecom-square");
		await press(page, "Tab");
		expect((await active(page)).name).toBe("email-xcom-global");
		await press(page, "Tab");
		expect((await active(page)).name).toBe("orderedVia-1");
	});

	test.each(SETTLING.map((scenario) => [scenario.name, scenario] as const))(
		"'possibly' names the question that settles it and takes the focus there: %s",
		async (_name, scenario) => {
			const page = await openChecker(locale);
			await fillScenario(driver(page), scenario);
			await until(() => sentences(page), [scenario.possibly[locale]], "possibly");
			expect(await page.$$eval("button.go-to", (buttons) => buttons.map((button) => button.textContent))).toEqual(
				scenario.controls[locale],
			);
			// The message's control takes the person to the company's question.
			await page.focus("button.go-to");
			await press(page, "Enter");
			await until(async () => (await active(page)).type, "radio", "focus on the company's message");
			await page.evaluate(() => document.querySelectorAll<HTMLButtonElement>("button.go-to")[1]?.focus());
			await press(page, "Enter");
			await until(
				async () => {
					const at = await active(page);
					return { tag: at.tag, type: at.type, legend: at.legend };
				},
				{ tag: "input", type: "text", legend: WORDS[locale].orderedOn },
				"focus in the question",
			);
			await press(page, "Control+a");
			await page.keyboard.type(scenario.answer);
			await until(() => sentences(page), [scenario.settled[locale]], "settled");
			expect((await observe(page)).sentences[0]?.verdict).not.toBe("possibly-exposed");
			expect(await page.$$("button.go-to")).toHaveLength(0);
		},
	);

	test.each([
		[1280, 800],
		[360, 640],
	] as const)(
		"what happened and the start are on the first screen at %d×%d, and the start brings the first question",
		async (width, height) => {
			const page = await openChecker(locale, { width, height });
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
			await (await page.$(".what-happened button.start-check"))?.click();
			const started = (await page.evaluate(FIRST_SCREEN_PROBE)) as FirstScreen;
			expect(started.focused).toBe("vendor-1");
			expect(started.top).toBeGreaterThanOrEqual(0);
			expect(started.bottom).toBeLessThanOrEqual(height);
		},
	);

	test("the timeline is named for what it shows, and its text alternative gives the order date once entered", async () => {
		const page = await openChecker(locale);
		await driver(page).check('input[name="vendor-1"][value="telecom-square"]');
		await driver(page).check('input[name="orderedVia-1"][value="vendor-website"]');
		await page.waitForSelector("svg.timeline-picture");
		// Found by its name in Firefox's accessibility tree (BiDi's accessibility locator): the figure
		// and the picture inside it, which is an image.
		const byName = await page.$$(`aria/${TIMELINE_NAME[locale]}`);
		expect(
			await Promise.all(
				byName.map((found) => found.evaluate((node) => `${node.localName}/${node.getAttribute("role")}`)),
			),
		).toEqual(["figure/null", "svg/img"]);
		expect(await page.$$(`aria/${TIMELINE_NAME[locale]}[role="figure"]`)).toHaveLength(1);
		// Its description, as aria-describedby gives it.
		const description = () =>
			page.evaluate(() => {
				const picture = document.querySelector("svg.timeline-picture");
				return (picture?.getAttribute("aria-describedby") ?? "")
					.split(" ")
					.map((id) => document.getElementById(id)?.textContent ?? "")
					.join(" ");
			});
		expect(await description()).toContain(WORDS[locale].orderedUnknown);
		await driver(page).fill("#q-r1-orderedOn input[type=text]", "2012-07");
		await page.waitForFunction(
			(text) =>
				document
					.getElementById(document.querySelector("svg.timeline-picture")?.getAttribute("aria-describedby") ?? "")
					?.textContent?.includes(text),
			{},
			WORDS[locale].ordered,
		);
		const after = await description();
		expect(after.split(WORDS[locale].ordered)).toHaveLength(2);
		expect(after).not.toContain(WORDS[locale].orderedUnknown);
	});

	test("keyboard only, from the empty checker to a ticked step; axe finds nothing", async () => {
		const page = await openChecker(locale);
		const words = WORDS[locale];
		let at = await pressUntil(page, "Tab", (focus) => focus.name === "vendor-1");
		while (at.value !== "telecom-square") {
			await press(page, "ArrowDown");
			at = await active(page);
		}
		await press(page, " ");
		expect((await active(page)).checked).toBe(true);
		await page.waitForSelector('input[name="email-telecom-square"]');
		await press(page, "Tab");
		expect(await active(page)).toMatchObject({ name: "email-telecom-square", value: "received" });
		await press(page, "ArrowDown");
		expect(await active(page)).toMatchObject({ name: "email-telecom-square", value: "not-received", checked: true });
		await press(page, "Tab");
		expect(await active(page)).toMatchObject({ name: "orderedVia-1", value: "vendor-website" });
		await press(page, "ArrowDown");
		expect(await active(page)).toMatchObject({ name: "orderedVia-1", value: "corporate-site", checked: true });
		at = await pressUntil(page, "Tab", (focus) => focus.type === "text", 3);
		expect(at.legend).toBe(words.orderedOn);
		await page.keyboard.type("2013");
		await until(() => sentences(page), [SETTLING[1].possibly[locale]], "possibly");
		// Back past the return day's control to the order day's.
		at = await pressUntil(page, "Shift+Tab", (focus) => focus.settle && focus.text === words.settleOrderedOn);
		expect(at.text).toBe(words.settleOrderedOn);
		await press(page, "Enter");
		await until(
			async () => {
				const now = await active(page);
				return { type: now.type, legend: now.legend, value: now.value };
			},
			{ type: "text", legend: words.orderedOn, value: "2013" },
			"focus in the question",
		);
		await press(page, "Control+a");
		await page.keyboard.type("2013-04-10");
		const included =
			locale === "ja"
				? "テレコムスクエア：あなたのレンタルは流出の対象でした。"
				: "Telecom Square: your rental was in the breach.";
		await until(() => sentences(page), [included], "included");
		// Back to the verdict bar's "what to do now" (issue 23): Enter brings its heading, Tab the first step.
		at = await pressUntil(page, "Shift+Tab", (focus) => focus.text === words.todoJump, 80);
		await press(page, "Enter");
		await until(() => page.evaluate(() => document.activeElement?.id ?? ""), "todo-heading", "the steps' heading");
		await press(page, "Tab");
		at = await active(page);
		expect(at).toMatchObject({ type: "checkbox", inTodo: true });
		expect(at.checked).toBe(false);
		await press(page, " ");
		expect((await active(page)).checked).toBe(true);
		expect(await page.$$(".todo input[type=checkbox]:checked")).toHaveLength(1);
		await press(page, "Tab");
		expect(await active(page)).toMatchObject({ type: "checkbox", inTodo: true, checked: false });
		await pressUntil(page, "Tab", (focus) => focus.text === words.copy, 40);
		await press(page, "Enter");
		await until(() => textOf(page, ".copy-status"), words.copied, "copied");
		expect(await axeFirefox(page)).toEqual([]);
	});
});
