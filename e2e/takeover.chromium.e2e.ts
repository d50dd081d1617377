import type { Page } from "playwright-core";
import { afterAll, beforeAll, describe, expect, test } from "vitest";
import type { Chromium } from "./support/chromium";
import type { FixtureServer } from "./support/fixture-server";
import { chromiumPair, closePair } from "./support/pair";
import { TAKEOVER_SURFACES, type TakeoverSeen, writtenAgainstLive } from "./support/takeover";

/**
 * Issue 24, item 1, in Chromium: the popup and the full checker paint the screen written into
 * their HTML, then the app takes it over. The takeover moves nothing (every element's box as
 * written, no layout shift), says nothing else (the verdict's words as written), and keeps what a
 * person did before it: a choice made on the painted screen stays chosen, with its verdict, and
 * the focus stays where it was.
 */

let server: FixtureServer;
const browsers: Partial<Record<"ja" | "en", Chromium>> = {};

beforeAll(async () => {
	({ server, ja: browsers.ja, en: browsers.en } = await chromiumPair());
});

afterAll(() => closePair({ server, ...browsers }));

const rendered = (page: Page) =>
	page.waitForFunction(() => performance.getEntriesByName("checker:first-render").length > 0, undefined, {
		polling: 10,
	});

async function freshPage(browser: Chromium, width: number, height: number): Promise<Page> {
	const page = await browser.context.newPage();
	await page.setViewportSize({ width, height });
	await page.bringToFront();
	// No answers kept from an earlier test: the screen as written is the start.
	await page.goto(`chrome-extension://${browser.extensionId}/privacy.html`);
	await page.evaluate(() =>
		(
			globalThis as unknown as { chrome: { storage: { session: { clear(): Promise<void> } } } }
		).chrome.storage.session.clear(),
	);
	return page;
}

describe.each(["ja", "en"] as const)("Chromium, %s", (locale) => {
	for (const surface of TAKEOVER_SURFACES)
		test(`${surface.path} at ${surface.width}×${surface.height}: the takeover moves nothing and says nothing else`, async () => {
			const browser = browsers[locale] as Chromium;
			const page = await freshPage(browser, surface.width, surface.height);
			await page.goto(`chrome-extension://${browser.extensionId}${surface.path}`);
			await rendered(page);
			await page.waitForTimeout(300);
			const shift = await page.evaluate(
				() =>
					new Promise<number>((resolve) => {
						let total = 0;
						new PerformanceObserver((list) => {
							for (const entry of list.getEntries() as (PerformanceEntry & { value: number })[]) total += entry.value;
						}).observe({ type: "layout-shift", buffered: true });
						setTimeout(() => resolve(total), 100);
					}),
			);
			const seen = (await page.evaluate(writtenAgainstLive, surface.path)) as TakeoverSeen;
			await page.close();
			expect(seen.lang).toBe(locale);
			expect(seen.written).toBeGreaterThan(50);
			expect({ missing: seen.missing, moved: seen.moved, reworded: seen.reworded }).toEqual({
				missing: [],
				moved: [],
				reworded: [],
			});
			expect(shift).toBe(0);
		});

	test("a choice made before the app came stays chosen, gets its verdict, and keeps the focus", async () => {
		const browser = browsers[locale] as Chromium;
		const choice = 'input[name="vendor-1"][value="telecom-square"]';
		// The verdict the app gives that choice when it is made after the takeover.
		const reference = await freshPage(browser, 400, 600);
		await reference.goto(`chrome-extension://${browser.extensionId}/popup.html`);
		await rendered(reference);
		await reference.locator(choice).check();
		const expected = await reference.locator("output.verdict").innerText();
		await reference.close();

		// A slower machine, so the person acts while the app is still loading; slower again if the app won.
		let early = false;
		for (const rate of [6, 12, 24]) {
			const page = await freshPage(browser, 400, 600);
			const cdp = await browser.context.newCDPSession(page);
			await cdp.send("Emulation.setCPUThrottlingRate", { rate });
			await page.goto(`chrome-extension://${browser.extensionId}/popup.html`, { waitUntil: "commit" });
			const radio = page.locator(choice);
			await radio.waitFor({ state: "visible" });
			await radio.focus();
			await page.keyboard.press("Space");
			early = await page.evaluate(() => performance.getEntriesByName("checker:first-render").length === 0);
			await rendered(page);
			await cdp.send("Emulation.setCPUThrottlingRate", { rate: 1 });
			await page.waitForTimeout(200);
			if (!early) {
				await page.close();
				continue;
			}
			expect(await radio.isChecked()).toBe(true);
			expect(await radio.evaluate((node) => node === document.activeElement)).toBe(true);
			expect(await page.locator("output.verdict").innerText()).toBe(expected);
			await page.close();
			break;
		}
		expect(early, "the choice was made before the app had rendered").toBe(true);
	});
});
