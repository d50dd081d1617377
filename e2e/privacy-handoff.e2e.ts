import { readFileSync } from "node:fs";
import { join } from "node:path";
import AxeBuilder from "@axe-core/playwright";
import type { Page as PlaywrightPage } from "playwright-core";
import type { Browser, Page as PuppeteerPage } from "puppeteer-core";
import { afterAll, beforeAll, describe, expect, test } from "vitest";
import { CheckerPage } from "./support/checker-page";
import { type Chromium, clearStorage, launchChromium, serviceWorkerOf, storageOf } from "./support/chromium";
import { choose, type Firefox, MOZILLA_SERVICES, openExtensionPage, typeDate } from "./support/firefox";
import type { FixtureServer } from "./support/fixture-server";
import { chromiumPair, closePair, firefoxPair } from "./support/pair";
import { ROOT } from "./support/paths";
import { PHONE_LAYOUT_PROBE } from "./support/phone";

/**
 * The privacy page and the popup → full checker handoff, in both browsers: the page is HTML in
 * UTF-8 with readable Japanese, reached from the popup and the checker; the popup's answers reach
 * the full checker through storage.session while storage.local stays empty; the popup's language
 * choice is the extension's.
 */

/** The extension API where these tests evaluate code (the service worker, an extension page). */
declare const chrome: {
	storage: Record<"local" | "session", { get(keys: null): Promise<Record<string, unknown>>; clear(): Promise<void> }>;
};

/** A sentence of the page in each language, and its first heading. */
const PAGE_TEXT = {
	ja: {
		sentence: "入力した内容も、閲覧したページのことも、この拡張機能がブラウザの外へ送ることはありません。",
		h1: "プライバシー：保存するもの、外に出ないもの、その確認方法",
		title: "プライバシー — Wi-Fiレンタル 流出チェック",
	},
	en: {
		sentence: "This extension sends nothing you type, and nothing about the pages you visit, out of your browser.",
		h1: "Privacy: what is kept, what never leaves, and how that is tested",
		title: "Privacy — Wi-Fi Rental Breach Check",
	},
} as const;

/** What the privacy page is, as the browser sees it: evaluated in the page. */
const DOCUMENT_PROBE = `(() => ({
	characterSet: document.characterSet,
	contentType: document.contentType,
	lang: document.documentElement.lang,
	title: document.title,
	h1: document.querySelector("h1")?.textContent,
	text: document.body.innerText,
}))()`;
interface DocumentFacts {
	characterSet: string;
	contentType: string;
	lang: string;
	title: string;
	h1: string;
	text: string;
}

function expectPrivacyPage(facts: DocumentFacts, locale: "ja" | "en") {
	expect(facts.characterSet).toBe("UTF-8");
	expect(facts.contentType).toBe("text/html");
	expect(facts.lang).toBe(locale);
	expect(facts.title).toBe(PAGE_TEXT[locale].title);
	expect(facts.h1).toBe(PAGE_TEXT[locale].h1);
	expect(facts.text).toContain(PAGE_TEXT[locale].sentence);
}

/**
 * Waits for what arrives through storage (a restored form, a language change): generous, as a
 * loaded 2-core machine can take seconds where a quiet one takes milliseconds.
 */
const poll = <T>(read: () => T | Promise<T>) => expect.poll(read, { timeout: 15_000 });

/** The answers typed in the popup; none may appear in any request (checked at the end). */
const TYPED = "平成24年7月";

describe("Chromium", () => {
	let server: FixtureServer;
	let ja: Chromium;
	let en: Chromium;
	beforeAll(async () => {
		({ server, ja, en } = await chromiumPair());
	});
	afterAll(() => closePair({ server, ja, en }));

	async function axe(target: PlaywrightPage) {
		const { violations } = await new AxeBuilder({ page: target })
			.withTags(["wcag2a", "wcag2aa", "wcag21a", "wcag21aa", "best-practice"])
			.analyze();
		return violations.map((violation) => `${violation.id}: ${violation.nodes.map((node) => node.target).join(", ")}`);
	}

	async function sessionOf(browser: Chromium): Promise<Record<string, unknown>> {
		const worker = await serviceWorkerOf(browser);
		return worker.evaluate(() => chrome.storage.session.get(null));
	}

	/** Follows a link that opens in a new tab; resolves to that tab. */
	async function follow(browser: Chromium, from: PlaywrightPage, name: RegExp): Promise<PlaywrightPage> {
		const opened = browser.context.waitForEvent("page");
		await from.getByRole("link", { name }).click();
		const page = await opened;
		await page.locator("h1").waitFor();
		return page;
	}

	test("the privacy page from the popup's link: HTML, UTF-8, readable Japanese; axe finds nothing, open or closed", async () => {
		const popup = await ja.context.newPage();
		await popup.goto(`chrome-extension://${ja.extensionId}/popup.html`);
		const privacy = await follow(ja, popup, /プライバシー：保存するものと、その確認方法/);
		expect(privacy.url()).toBe(`chrome-extension://${ja.extensionId}/privacy.html`);
		expectPrivacyPage((await privacy.evaluate(DOCUMENT_PROBE)) as DocumentFacts, "ja");
		await expect(axe(privacy)).resolves.toEqual([]);
		// The experts' section is collapsed until asked, and passes axe open too.
		const experts = privacy.locator("details .experts");
		await expect(experts.isVisible()).resolves.toBe(false);
		await privacy.locator("summary").click();
		await expect(experts.isVisible()).resolves.toBe(true);
		await expect(experts.innerText()).resolves.toContain("unshare -n");
		await expect(axe(privacy)).resolves.toEqual([]);
		await privacy.close();
		await popup.close();
	});

	test("the privacy page from the full checker's link, and on a 360 px phone", async () => {
		const full = await ja.context.newPage();
		await full.goto(`chrome-extension://${ja.extensionId}/checker.html`);
		const privacy = await follow(ja, full, /プライバシー：保存するものと、その確認方法/);
		expectPrivacyPage((await privacy.evaluate(DOCUMENT_PROBE)) as DocumentFacts, "ja");
		const cdp = await ja.context.newCDPSession(privacy);
		await cdp.send("Emulation.setDeviceMetricsOverride", {
			width: 360,
			height: 640,
			deviceScaleFactor: 3,
			mobile: true,
		});
		await privacy.locator("summary").click();
		await expect(privacy.evaluate(PHONE_LAYOUT_PROBE)).resolves.toEqual({ sideways: 0, tooSmall: 0 });
		const summaryHeight = await privacy
			.locator("summary")
			.evaluate((element) => element.getBoundingClientRect().height);
		expect(summaryHeight).toBeGreaterThanOrEqual(44);
		await privacy.close();
		await full.close();
	});

	test("in English: the privacy page follows the browser's language", async () => {
		const privacy = await en.context.newPage();
		await privacy.goto(`chrome-extension://${en.extensionId}/privacy.html`);
		await privacy.locator("h1").waitFor();
		expectPrivacyPage((await privacy.evaluate(DOCUMENT_PROBE)) as DocumentFacts, "en");
		await expect(axe(privacy)).resolves.toEqual([]);
		await privacy.close();
	});

	test("popup → full checker: the same answers and verdict, storage.session only, storage.local empty", async () => {
		await clearStorage(ja);
		await (await serviceWorkerOf(ja)).evaluate(() => chrome.storage.session.clear());
		const popup = await ja.context.newPage();
		await popup.goto(`chrome-extension://${ja.extensionId}/popup.html`);
		const form = new CheckerPage(popup);
		await form.choose(/どの会社/, /Wi-Ho!/);
		await form.choose(/どうやって申し込み/, /会社のウェブサイト/);
		await form.typeDate(/いつ申し込み/, TYPED);
		await poll(() => form.verdict().innerText()).toBe("テレコムスクエア：あなたのレンタルは流出の対象でした。");
		await expect(axe(popup)).resolves.toEqual([]);

		const full = new CheckerPage(await follow(ja, popup, /大きな画面で開/));
		expect(full.page.url()).toBe(`chrome-extension://${ja.extensionId}/checker.html#from=popup`);
		await poll(() =>
			full
				.group(/どの会社/)
				.getByLabel(/Wi-Ho!/)
				.isChecked(),
		).toBe(true);
		await expect(
			full
				.group(/どうやって申し込み/)
				.getByLabel(/会社のウェブサイト/)
				.isChecked(),
		).resolves.toBe(true);
		await expect(
			full
				.group(/いつ申し込み/)
				.getByRole("textbox")
				.inputValue(),
		).resolves.toBe(TYPED);
		await poll(() => full.verdict().innerText()).toBe("テレコムスクエア：あなたのレンタルは流出の対象でした。");

		expect(await storageOf(ja)).toEqual({});
		const session = await sessionOf(ja);
		expect(Object.keys(session)).toEqual(["popupAnswers"]);
		expect(JSON.stringify(session)).toContain(TYPED);

		// The full page's edit stays in its tab; the popup, opened again, still has its own answers.
		await full.typeDate(/いつ申し込み/, "2014-01");
		await poll(() => full.verdict().innerText()).toBe(
			"テレコムスクエア：公表された条件では、あなたのレンタルは流出の対象ではありませんでした。",
		);
		const again = new CheckerPage(await ja.context.newPage());
		await again.page.goto(`chrome-extension://${ja.extensionId}/popup.html`);
		await poll(() =>
			again
				.group(/いつ申し込み/)
				.getByRole("textbox")
				.inputValue(),
		).toBe(TYPED);
		expect(await storageOf(ja)).toEqual({});

		// "Delete saved answers" clears the session's copy too.
		await again.page.getByRole("button", { name: "保存した回答を削除" }).click();
		await poll(() => sessionOf(ja)).toEqual({});
		for (const page of [popup, full.page, again.page]) await page.close();
	});

	test("nothing typed appears in anything that tried to leave (e2e/network.e2e.ts attributes every request)", () => {
		const everything = server.egress.map((entry) => decodeURIComponent(entry.target)).join("\n");
		expect(everything).not.toContain(TYPED);
	});

	test("storage.session is gone after the browser restarts; storage.local stays", async () => {
		const first = await launchChromium({ proxyPort: server.port, locale: "ja-JP" });
		const popup = new CheckerPage(await first.context.newPage());
		await popup.page.goto(`chrome-extension://${first.extensionId}/popup.html`);
		await popup.choose(/どの会社/, /Wi-Ho!/);
		await popup.page.getByLabel("表示言語 / Language").selectOption("en");
		await popup.page.getByRole("heading", { level: 1, name: "Wi-Fi Rental Breach Check" }).waitFor();
		await poll(async () => Object.keys(await sessionOf(first))).toEqual(["popupAnswers"]);
		await first.close();

		const second = await launchChromium({ proxyPort: server.port, locale: "ja-JP", userDataDir: first.userDataDir });
		expect(second.extensionId).toBe(first.extensionId);
		expect(await sessionOf(second)).toEqual({});
		expect(await storageOf(second)).toEqual({ localePreference: "en" });
		const reopened = new CheckerPage(await second.context.newPage());
		await reopened.page.goto(`chrome-extension://${second.extensionId}/popup.html`);
		await reopened.page.getByRole("heading", { level: 1, name: "Wi-Fi Rental Breach Check" }).waitFor();
		await expect(
			reopened
				.group(/Which company/)
				.getByLabel(/Wi-Ho!/)
				.isChecked(),
		).resolves.toBe(false);
		await second.close();
	});

	test("the popup's language choice switches the popup and is the extension's choice", async () => {
		await clearStorage(ja);
		const popup = await ja.context.newPage();
		await popup.goto(`chrome-extension://${ja.extensionId}/popup.html`);
		const select = popup.getByLabel("表示言語 / Language");
		await expect(select.inputValue()).resolves.toBe("auto");
		await select.selectOption("en");
		await popup.getByRole("heading", { level: 1, name: "Wi-Fi Rental Breach Check" }).waitFor();
		expect(await popup.evaluate(() => document.documentElement.lang)).toBe("en");
		expect(await storageOf(ja)).toEqual({ localePreference: "en" });
		await expect(axe(popup)).resolves.toEqual([]);

		// The privacy page and the full checker follow it; so does the settings' radio group.
		const privacy = await follow(ja, popup, /Privacy: what is kept, and how that is tested/);
		expectPrivacyPage((await privacy.evaluate(DOCUMENT_PROBE)) as DocumentFacts, "en");
		const full = await ja.context.newPage();
		await full.goto(`chrome-extension://${ja.extensionId}/checker.html`);
		await full.getByRole("heading", { level: 1, name: "Wi-Fi Rental Breach Check" }).waitFor();
		await expect(full.getByRole("group", { name: "Language" }).getByLabel("English").isChecked()).resolves.toBe(true);

		// Back to the browser's language, from the popup: the open privacy page follows at once.
		await popup.getByLabel("Language / 表示言語").selectOption("auto");
		await popup.getByRole("heading", { level: 1, name: "Wi-Fiレンタル 流出チェック" }).waitFor();
		await poll(() => privacy.evaluate(() => document.documentElement.lang)).toBe("ja");
		expect(await storageOf(ja)).toEqual({ localePreference: "auto" });
		for (const page of [popup, privacy, full]) await page.close();
		await clearStorage(ja);
	});
});

describe("Firefox", () => {
	let server: FixtureServer;
	let ja: Firefox;
	let en: Firefox;
	beforeAll(async () => {
		({ server, ja, en } = await firefoxPair());
	});
	afterAll(() => closePair({ server, ja, en }));

	const axeSource = readFileSync(join(ROOT, "node_modules/axe-core/axe.min.js"), "utf8");
	async function axe(target: PuppeteerPage): Promise<string[]> {
		await target.evaluate(axeSource);
		return target.evaluate(async () => {
			const axe = (
				window as unknown as { axe: { run(c: unknown, o: unknown): Promise<{ violations: { id: string }[] }> } }
			).axe;
			const result = await axe.run(document, {
				runOnly: ["wcag2a", "wcag2aa", "wcag21a", "wcag21aa", "best-practice"],
			});
			return result.violations.map((violation) => violation.id);
		});
	}

	/** Both storage areas, read in an extension page (Firefox's background is not reachable from here). */
	async function storageAreas(
		browser: Browser,
	): Promise<{ local: Record<string, unknown>; session: Record<string, unknown> }> {
		const page = await browser.newPage();
		await openExtensionPage(page, "/privacy.html");
		const areas = await page.evaluate(async () => {
			const api = (globalThis as unknown as { browser: typeof chrome }).browser;
			return { local: await api.storage.local.get(null), session: await api.storage.session.get(null) };
		});
		await page.close();
		return areas;
	}

	/**
	 * Clicks a link that opens a new tab: a real click, as Firefox opens no tab for a script's. Over
	 * WebDriver BiDi, Firefox does not report tabs an extension page opened, so the tab is read
	 * through the extension itself (`extension.getViews`, its own pages in tabs) from the opener.
	 */
	async function clickAndWaitForTab(opener: PuppeteerPage, href: string): Promise<void> {
		await opener.click(`a[href$="${href}"]`);
		await opener.waitForFunction(
			(suffix) =>
				(globalThis as unknown as { browser: { extension: { getViews(filter: object): Window[] } } }).browser.extension
					.getViews({ type: "tab" })
					.some((view) => view.location.href.endsWith(suffix) && view.document.querySelector("h1")),
			{ timeout: 15_000 },
			href,
		);
	}

	/** What the privacy tab the opener opened is, as DOCUMENT_PROBE reads it in a page. */
	function openedPrivacyPage(opener: PuppeteerPage): Promise<DocumentFacts> {
		return opener.evaluate(() => {
			const view = (
				globalThis as unknown as { browser: { extension: { getViews(filter: object): Window[] } } }
			).browser.extension
				.getViews({ type: "tab" })
				.find((candidate) => candidate.location.pathname === "/privacy.html") as Window;
			const page = view.document;
			return {
				characterSet: page.characterSet,
				contentType: page.contentType,
				lang: page.documentElement.lang,
				title: page.title,
				h1: page.querySelector("h1")?.textContent ?? "",
				text: page.body.innerText,
			};
		});
	}

	/** Closes the extension's tabs the tests opened by links. */
	function closeOpenedTabs(opener: PuppeteerPage): Promise<void> {
		return opener.evaluate(() => {
			const api = (globalThis as unknown as { browser: { extension: { getViews(filter: object): Window[] } } }).browser;
			for (const view of api.extension.getViews({ type: "tab" })) if (view !== window) view.close();
		});
	}

	const heading = (page: PuppeteerPage, text: string) =>
		page.waitForFunction((expected) => document.querySelector("h1")?.textContent === expected, {}, text);

	test("the privacy page from the popup's and the checker's links: HTML, UTF-8, readable Japanese", async () => {
		for (const from of ["/popup.html", "/checker.html"]) {
			const opener = await ja.browser.newPage();
			await openExtensionPage(opener, from);
			await clickAndWaitForTab(opener, "/privacy.html");
			expectPrivacyPage(await openedPrivacyPage(opener), "ja");
			await closeOpenedTabs(opener);
			await opener.close();
		}
	});

	test("the privacy page: axe finds nothing, with the experts' details closed or open", async () => {
		const privacy = await ja.browser.newPage();
		await openExtensionPage(privacy, "/privacy.html");
		expectPrivacyPage((await privacy.evaluate(DOCUMENT_PROBE)) as DocumentFacts, "ja");
		expect(await axe(privacy)).toEqual([]);
		await privacy.click("summary");
		expect(await privacy.evaluate(() => document.querySelector("details")?.open)).toBe(true);
		expect(await axe(privacy)).toEqual([]);
		await privacy.close();
	});

	test("in English: the privacy page follows the browser's language, and fits a 360 px phone", async () => {
		const privacy = await en.browser.newPage();
		await openExtensionPage(privacy, "/privacy.html");
		expectPrivacyPage((await privacy.evaluate(DOCUMENT_PROBE)) as DocumentFacts, "en");
		await privacy.setViewport({ width: 360, height: 640, deviceScaleFactor: 3 });
		await privacy.click("summary");
		expect(await privacy.evaluate(PHONE_LAYOUT_PROBE)).toEqual({ sideways: 0, tooSmall: 0 });
		expect(
			await privacy.evaluate(() => document.querySelector("summary")?.getBoundingClientRect().height),
		).toBeGreaterThanOrEqual(44);
		await privacy.close();
	});

	test("popup → full checker: the same answers and verdict, storage.session only, storage.local empty", async () => {
		const popup = await ja.browser.newPage();
		await openExtensionPage(popup, "/popup.html");
		await choose(popup, "どの会社", "Wi-Ho!");
		await choose(popup, "どうやって申し込み", "会社のウェブサイト");
		await typeDate(popup, "いつ申し込み", TYPED);
		const verdict = "テレコムスクエア：あなたのレンタルは流出の対象でした。";
		await popup.waitForFunction((text) => document.querySelector("output.verdict")?.textContent === text, {}, verdict);
		expect(await axe(popup)).toEqual([]);

		await clickAndWaitForTab(popup, "/checker.html#from=popup");
		const read = () =>
			popup.evaluate(() => {
				const view = (
					globalThis as unknown as { browser: { extension: { getViews(filter: object): Window[] } } }
				).browser.extension
					.getViews({ type: "tab" })
					.find((candidate) => candidate.location.pathname === "/checker.html") as Window;
				const page = view.document;
				return {
					hash: view.location.hash,
					verdict: page.querySelector("output.verdict")?.textContent ?? "",
					checked: [...page.querySelectorAll<HTMLInputElement>("input:checked")].map(
						(input) => input.closest("label")?.textContent ?? "",
					),
					typed: [...page.querySelectorAll<HTMLInputElement>("input[type=text]")].map((input) => input.value),
				};
			});
		await poll(async () => (await read()).verdict).toBe(verdict);
		const full = await read();
		expect(full.hash).toBe("#from=popup");
		expect(full.checked.some((label) => label.includes("Wi-Ho!"))).toBe(true);
		expect(full.checked.some((label) => label.includes("会社のウェブサイト"))).toBe(true);
		expect(full.typed).toContain(TYPED);

		const areas = await storageAreas(ja.browser);
		expect(areas.local).toEqual({});
		expect(Object.keys(areas.session)).toEqual(["popupAnswers"]);
		expect(JSON.stringify(areas.session)).toContain(TYPED);
		await closeOpenedTabs(popup);
		await popup.close();
	});

	test("the popup's language choice switches the popup and is the extension's choice", async () => {
		const popup = await ja.browser.newPage();
		await openExtensionPage(popup, "/popup.html");
		await popup.select("select", "en");
		await heading(popup, "Wi-Fi Rental Breach Check");
		expect(await popup.evaluate(() => document.documentElement.lang)).toBe("en");
		expect((await storageAreas(ja.browser)).local).toEqual({ localePreference: "en" });
		expect(await axe(popup)).toEqual([]);
		await clickAndWaitForTab(popup, "/privacy.html");
		expectPrivacyPage(await openedPrivacyPage(popup), "en");
		// Back to the browser's language from the popup: the open privacy page follows at once.
		await popup.select("select", "auto");
		await heading(popup, "Wi-Fiレンタル 流出チェック");
		await poll(async () => (await openedPrivacyPage(popup)).lang).toBe("ja");
		await closeOpenedTabs(popup);
		await popup.close();
	});

	test("nothing typed left the browser; only Firefox's own services tried to", () => {
		const hosts = [...new Set(server.egress.map((entry) => entry.host))];
		expect(hosts.filter((host) => !MOZILLA_SERVICES.test(host))).toEqual([]);
		const everything = server.egress.map((entry) => decodeURIComponent(entry.target)).join("\n");
		expect(everything).not.toContain(TYPED);
	});
});
