import type { Page } from "puppeteer-core";
import { afterAll, beforeAll, describe, expect, test } from "vitest";
import { EXTENSION_ORIGIN, type Firefox, until } from "./support/firefox";
import type { FixtureServer } from "./support/fixture-server";
import { closePair, firefoxPair } from "./support/pair";
import { TAKEOVER_SURFACES, type TakeoverSeen, writtenAgainstLive } from "./support/takeover";

/**
 * Issue 24, item 1, in Firefox: the screen written into the popup's and the full checker's HTML,
 * taken over by the app, keeps every element's box and words. (Input made before the takeover is
 * tested in Chromium, which can slow a page down enough to act before its app; Firefox over
 * WebDriver BiDi cannot.)
 */

let server: FixtureServer;
const browsers: Partial<Record<"ja" | "en", Firefox>> = {};

beforeAll(async () => {
	({ server, ja: browsers.ja, en: browsers.en } = await firefoxPair());
});

afterAll(() => closePair({ server, ...browsers }));

const tabs: Partial<Record<"ja" | "en", Promise<Page>>> = {};

/** The page with no kept answers, once the app has taken it over. */
async function open(locale: "ja" | "en", path: string, width: number, height: number): Promise<Page> {
	tabs[locale] ??= (browsers[locale] as Firefox).browser.newPage().then(async (page) => {
		// Firefox switches process for an extension page, so goto may never resolve.
		await page.goto(`${EXTENSION_ORIGIN}/privacy.html`, { timeout: 3000 }).catch(() => undefined);
		await page.waitForSelector("h1", { timeout: 15_000 });
		return page;
	});
	const page = await tabs[locale];
	await page.setViewport({ width, height });
	await page.evaluate(async (target) => {
		const api = (globalThis as unknown as { browser: { storage: { session: { clear(): Promise<void> } } } }).browser;
		await api.storage.session.clear();
		(window as unknown as { stale?: boolean }).stale = true;
		location.assign(target);
	}, path);
	await until(
		() =>
			page
				.evaluate(
					() =>
						!(window as unknown as { stale?: boolean }).stale &&
						performance.getEntriesByName("checker:first-render").length > 0,
				)
				.catch(() => false),
		true,
		`${path} taken over`,
	);
	return page;
}

describe.each(["ja", "en"] as const)("Firefox, %s", (locale) => {
	for (const surface of TAKEOVER_SURFACES)
		test(`${surface.path} at ${surface.width}×${surface.height}: the takeover moves nothing and says nothing else`, async () => {
			const page = await open(locale, surface.path, surface.width, surface.height);
			await new Promise((resolve) => setTimeout(resolve, 300));
			const seen = (await page.evaluate(writtenAgainstLive, surface.path)) as TakeoverSeen;
			expect(seen.lang).toBe(locale);
			expect(seen.written).toBeGreaterThan(50);
			expect({ missing: seen.missing, moved: seen.moved, reworded: seen.reworded }).toEqual({
				missing: [],
				moved: [],
				reworded: [],
			});
		});
});
