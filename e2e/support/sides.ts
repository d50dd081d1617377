import type { Page as ChromiumPage } from "playwright-core";
import type { Page as FirefoxPage, KeyInput } from "puppeteer-core";
import { expect } from "vitest";
import { bannerMessage } from "../../lib/i18n/banner-messages";
import { type Banner, type Box, looksLike } from "./banner";
import * as chromium from "./chromium";
import * as firefox from "./firefox";
import type { FixtureServer } from "./fixture-server";

/**
 * The banner's browser tests in either browser, through one interface (e2e/banner-defences.e2e.ts,
 * e2e/banner-round-two.e2e.ts): a tab with its page, its banner (read as DevTools read it, used
 * with real input only: support/banner.ts) and what the extension shows for it on the toolbar.
 */
export interface Tab {
	banner: Banner;
	/** Runs in the page's own world. */
	evaluate<T>(code: string): Promise<T>;
	url(): Promise<string>;
	/** The toolbar button for this tab: badge text, tooltip, and the popup it opens. */
	badge(): Promise<string>;
	title(): Promise<string>;
	popup(): Promise<string>;
	/** Moves the mouse (no click), e.g. off the banner so no hover colour shows. */
	move(x: number, y: number): Promise<void>;
	/** A person's click at a point of the page. */
	click(x: number, y: number): Promise<void>;
	wheel(deltaY: number): Promise<void>;
	/** A real key press. */
	press(key: string): Promise<void>;
	/** The names in the page's accessibility tree (Chromium; Firefox's is not reachable over BiDi). */
	accessibleNames(): Promise<string[] | undefined>;
	/** Navigates this tab, as a person would by typing an address, and back. */
	goto(url: string): Promise<void>;
	back(): Promise<void>;
	close(): Promise<void>;
}

export interface Side {
	name: "Chromium" | "Firefox";
	open(url: string, options?: { size?: readonly [number, number]; untilLoad?: boolean; scale?: number }): Promise<Tab>;
	/** The tab a page opens (window.open) while `action` runs. */
	opened(action: () => Promise<void>): Promise<Tab>;
	/** An extension page (the popup's address, say) in a tab of its own. */
	extensionPage(url: string): Promise<Tab>;
	hidden(): Promise<unknown>;
	setStorage(values: Record<string, unknown>): Promise<void>;
	clearStorage(): Promise<void>;
	/** How many tabs are open (the extension's count). */
	tabs(): Promise<number>;
	/** Boxes of the page's own elements in the same browser without the extension. */
	withoutExtension(url: string, size: readonly [number, number], probe: string): Promise<unknown>;
	close(): Promise<void>;
}

export async function chromiumSide(server: FixtureServer, locale = "ja-JP"): Promise<Side> {
	// With the back/forward cache, as people have it: a page comes back as it was left.
	const browser = await chromium.launchChromium({ proxyPort: server.port, locale, backForwardCache: true });
	/** A phone (mobile viewport rules, touch-sized) or, with `mobile` false, a desktop window at a zoom. */
	const size = async (page: ChromiumPage, [width, height]: readonly [number, number], scale = 3, mobile = true) => {
		await page.setViewportSize({ width, height });
		const cdp = await page.context().newCDPSession(page);
		await cdp.send("Emulation.setDeviceMetricsOverride", { width, height, deviceScaleFactor: scale, mobile });
	};
	const tab = (page: ChromiumPage, tabId: number): Tab => ({
		banner: chromium.bannerOf(page),
		evaluate: (code) => page.evaluate(code),
		url: async () => page.url(),
		badge: () => chromium.badgeOf(browser, tabId),
		title: () => chromium.toolbarOf(browser, tabId).then((toolbar) => toolbar.title),
		popup: () => chromium.toolbarOf(browser, tabId).then((toolbar) => toolbar.popup),
		move: (x, y) => page.mouse.move(x, y),
		click: (x, y) => page.mouse.click(x, y),
		wheel: (deltaY) => page.mouse.wheel(0, deltaY),
		press: (key) => page.keyboard.press(key),
		accessibleNames: () => chromium.accessibleNames(page),
		goto: async (url) => void (await page.goto(url)),
		// A page restored from the back/forward cache fires no load event.
		back: async () => void (await page.goBack({ waitUntil: "commit" })),
		close: () => page.close(),
	});
	return {
		name: "Chromium",
		async open(url, { size: viewport, untilLoad = true, scale } = {}) {
			const { page, tabId } = await chromium.newTab(browser);
			// A scale without a phone: a desktop window at that browser zoom.
			if (viewport) await size(page, viewport, scale ?? 3, scale === undefined);
			await page.goto(url, { waitUntil: untilLoad ? "load" : "commit" });
			return tab(page, tabId);
		},
		async opened(action) {
			const [page] = await Promise.all([browser.context.waitForEvent("page"), action()]);
			await page.waitForLoadState("load");
			return tab(page, Math.max(...(await chromium.tabIds(browser))));
		},
		async extensionPage(url) {
			const { page, tabId } = await chromium.newTab(browser);
			await page.goto(url);
			await page.waitForSelector("h1");
			return tab(page, tabId);
		},
		hidden: async () => (await chromium.storageOf(browser)).hiddenBanners,
		setStorage: (values) => chromium.setStorage(browser, values),
		clearStorage: () => chromium.clearStorage(browser),
		tabs: async () => (await chromium.tabIds(browser)).length,
		async withoutExtension(url, viewport, probe) {
			const plain = await chromium.launchChromium({ proxyPort: server.port, extension: false });
			const page = await plain.context.newPage();
			await size(page, viewport);
			await page.goto(url);
			const result = await page.evaluate(probe);
			await plain.close();
			return result;
		},
		close: () => browser.close(),
	};
}

export async function firefoxSide(server: FixtureServer, language: "ja" | "en-US" = "ja"): Promise<Side> {
	const browser = await firefox.launchFirefox(server.port, language);
	const tab = (page: FirefoxPage, tabId: number): Tab => ({
		banner: firefox.bannerOf(browser, page),
		evaluate: <T>(code: string) => page.evaluate(code) as Promise<T>,
		url: () => page.evaluate(() => location.href),
		badge: () => firefox.badgeOf(browser, tabId),
		title: () => firefox.toolbarOf(browser, tabId).then((toolbar) => toolbar.title),
		popup: () => firefox.toolbarOf(browser, tabId).then((toolbar) => toolbar.popup),
		move: (x, y) => page.mouse.move(x, y),
		click: (x, y) => page.mouse.click(x, y),
		wheel: (deltaY) => page.mouse.wheel({ deltaY }),
		press: (key) => page.keyboard.press(key as KeyInput),
		accessibleNames: async () => undefined,
		goto: async (url) => void (await page.goto(url)),
		// A page restored from the back/forward cache fires no load event for goBack to wait for.
		back: async () => void (await page.evaluate("history.back()")),
		close: () => page.close(),
	});
	return {
		name: "Firefox",
		async open(url, { size: viewport, untilLoad = true, scale } = {}) {
			const { page, tabId } = await firefox.newTab(browser);
			if (viewport) await page.setViewport({ width: viewport[0], height: viewport[1], deviceScaleFactor: scale ?? 3 });
			if (untilLoad) await page.goto(url);
			// A page that never loads: navigation is not waited for.
			else await page.goto(url, { timeout: 1500 }).catch(() => undefined);
			return tab(page, tabId);
		},
		async opened(action) {
			const before = new Set(await browser.browser.pages());
			await action();
			let page: FirefoxPage | undefined;
			for (let waited = 0; !page && waited < 10_000; waited += 100) {
				page = (await browser.browser.pages()).find((candidate) => !before.has(candidate));
				if (!page) await pause(100);
			}
			if (!page) throw new Error("the page opened no window");
			// Puppeteer sizes the pages it opens itself (800×600); a window the page opened, as those.
			await page.setViewport({ width: 800, height: 600 });
			return tab(page, Math.max(...(await firefox.tabIds(browser))));
		},
		async extensionPage(url) {
			const { page, tabId } = await firefox.newTab(browser);
			await firefox.openExtensionPage(page, url.replace(firefox.EXTENSION_ORIGIN, ""));
			return tab(page, tabId);
		},
		hidden: async () => (await firefox.storageOf(browser)).hiddenBanners,
		setStorage: (values) => firefox.setStorage(browser, values),
		clearStorage: () => firefox.clearStorage(browser),
		tabs: async () => (await firefox.tabIds(browser)).length,
		async withoutExtension(url, viewport, probe) {
			const plain = await firefox.launchFirefox(server.port, "ja", false);
			const page = await plain.browser.newPage();
			await page.setViewport({ width: viewport[0], height: viewport[1], deviceScaleFactor: 3 });
			await page.goto(url);
			const result = await page.evaluate(probe);
			await plain.close();
			return result;
		},
		close: () => browser.close(),
	};
}

export const pause = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));

/** The banner as it looks on the vendor's plain page: what a person must see on every attacked one. */
export interface Reference {
	box: Box;
	picture: Buffer;
}

export async function referenceOf(side: Side, url: string, size?: readonly [number, number]): Promise<Reference> {
	const plain = await side.open(url, size && { size });
	await plain.banner.waitFor();
	await plain.move(1, 1);
	const box = await plain.banner.box();
	if (!box) throw new Error("no banner on the plain page");
	const reference = { box, picture: await plain.banner.picture(box) };
	await plain.close();
	return reference;
}

/** The Japanese words a person reads and clicks, from the banner's own message table. */
const ja = (key: Parameters<typeof bannerMessage>[1]) => bannerMessage("ja", key);

/**
 * A person's view: the same banner on screen (the plain page's pixels), its words, and Details
 * answering a real click.
 */
export async function expectWarned(tab: Tab, reference: Reference, headline: string): Promise<void> {
	await tab.banner.waitFor();
	let seen = { same: false, differing: 1 };
	for (let waited = 0; waited < 8000 && !seen.same; waited += 250) {
		seen = await looksLike(await tab.banner.picture(reference.box), reference.picture);
		if (!seen.same) await pause(250);
	}
	expect(seen, "the banner looks as it does on a plain page").toMatchObject({ same: true });
	expect(await tab.banner.text()).toContain(headline);
	await tab.banner.click(ja("bannerShowDetails"));
	await expect
		.poll(async () => (await tab.banner.button(ja("bannerHideDetails"), 1000).catch(() => null))?.expanded)
		.toBe("true");
}

/** The tab answers: a task queued now runs within half a second. */
export async function expectResponsive(tab: Tab): Promise<void> {
	const started = Date.now();
	await tab.evaluate("new Promise((resolve) => setTimeout(resolve, 0))");
	expect(Date.now() - started).toBeLessThan(500);
}
