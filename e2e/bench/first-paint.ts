import { writeFileSync } from "node:fs";
import { join } from "node:path";
import type { Page } from "playwright-core";
import type { Chromium } from "../support/chromium";

/** The extension pages the bench times, each against a static copy of its own first screen. */
export const PAGES = {
	popup: { path: "popup.html", ready: "output.verdict", viewport: { width: 400, height: 600 } },
	checker: { path: "checker.html", ready: "output.verdict", viewport: { width: 1200, height: 800 } },
} as const;
export type PageName = keyof typeof PAGES;

export const staticPath = (name: PageName) => `${name}-static.html`;

const urlOf = (browser: Chromium, path: string) => `chrome-extension://${browser.extensionId}/${path}`;

async function open(browser: Chromium, name: PageName): Promise<Page> {
	const page = await browser.context.newPage();
	await page.setViewportSize(PAGES[name].viewport);
	return page;
}

/**
 * Writes `<name>-static.html` into the unpacked build the browser runs (Chromium reads an unpacked
 * extension's files when asked, so it is served from the extension's origin like the page): the
 * page's first screen as the browser rendered it once settled, with its style sheets and no
 * script. What the page could at best cost: the HTML and CSS alone.
 */
export async function writeStaticCopy(browser: Chromium, extensionDir: string, name: PageName): Promise<string> {
	const page = await open(browser, name);
	await page.goto(urlOf(browser, PAGES[name].path), { waitUntil: "load" });
	await page.locator(PAGES[name].ready).waitFor();
	// Let the stored answers, the language and the results chunk arrive: the screen as it stays.
	await page.waitForTimeout(500);
	const html = await page.evaluate(() => {
		const copy = document.documentElement.cloneNode(true) as HTMLElement;
		for (const node of copy.querySelectorAll('script, link[rel="modulepreload"]')) node.remove();
		return `<!DOCTYPE html>\n${copy.outerHTML}`;
	});
	await page.close();
	writeFileSync(join(extensionDir, staticPath(name)), html);
	return html;
}

/** One fresh open's paints, in ms from navigation start. */
export interface Paints {
	/** First contentful paint: the first text or image painted (on these pages, the header). */
	fcp: number;
	/**
	 * Largest contentful paint, read 500 ms after load: when the largest text block of the first
	 * screen was painted. A page that paints its header first and its questions a frame later is
	 * held to the whole screen by this one.
	 */
	lcp: number;
}

/** The paints of one fresh open of an extension page. */
export async function paintsOf(browser: Chromium, name: PageName, path: string): Promise<Paints> {
	const page = await open(browser, name);
	await page.goto(urlOf(browser, path), { waitUntil: "load" });
	await page.waitForTimeout(500);
	const paints = await page.evaluate(
		() =>
			new Promise<{ fcp: number; lcp: number }>((resolve) => {
				const fcp = performance.getEntriesByName("first-contentful-paint")[0]?.startTime ?? Number.NaN;
				new PerformanceObserver((list) => {
					const entries = list.getEntries();
					resolve({ fcp, lcp: entries[entries.length - 1]?.startTime ?? Number.NaN });
				}).observe({ type: "largest-contentful-paint", buffered: true });
			}),
	);
	await page.close();
	return paints;
}

/**
 * The page and its static copy opened alternately (which goes first alternates too), after two
 * warm-up opens of each, so drift and a busy moment hit both alike.
 */
export async function pageAgainstStaticCopy(
	browser: Chromium,
	name: PageName,
	rounds: number,
): Promise<{ page: Paints[]; copy: Paints[] }> {
	const variants = [PAGES[name].path, staticPath(name)] as const;
	for (let warmUp = 0; warmUp < 2; warmUp++) for (const path of variants) await paintsOf(browser, name, path);
	const page: Paints[] = [];
	const copy: Paints[] = [];
	for (let round = 0; round < rounds; round++) {
		const order = round % 2 ? [...variants].reverse() : variants;
		for (const path of order) (path === variants[0] ? page : copy).push(await paintsOf(browser, name, path));
	}
	return { page, copy };
}
