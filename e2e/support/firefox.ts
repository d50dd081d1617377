import puppeteer, { type Browser, type ElementHandle, type Page } from "puppeteer-core";
import { expect } from "vitest";
import { GECKO_ID } from "../../wxt.config";
import { Banner } from "./banner";
import { FIXTURE_HOSTS } from "./hosts";
import { FIREFOX_BUILD, freshDir } from "./paths";

/** Hosts Firefox itself calls home to; anything else in the trap would be a leak. */
export const MOZILLA_SERVICES =
	/(^|\.)(mozilla\.(com|net|org)|firefox\.(com|settings\.services\.mozilla\.com)|mozaws\.net|mozgcp\.net|services\.mozilla\.com|digicert\.com)$/;

/** Pinned so the tests can open moz-extension:// pages by address. */
export const FIREFOX_UUID = "6f1d2a43-7c1b-4e0e-9a51-2f4a8b0c9d17";
export const EXTENSION_ORIGIN = `moz-extension://${FIREFOX_UUID}`;

export interface Firefox {
	browser: Browser;
	close(): Promise<void>;
}

/**
 * Firefox ESR over WebDriver BiDi (no geckodriver here). Every request goes to the fixture
 * server as a proxy, which is also the egress trap; the vendor hosts also resolve to loopback.
 */
export async function launchFirefox(proxyPort: number, language: "ja" | "en-US", extension = true): Promise<Firefox> {
	const browser = await puppeteer.launch({
		browser: "firefox",
		executablePath: "/usr/bin/firefox-esr",
		headless: true,
		userDataDir: freshDir("firefox"),
		args: ["--remote-allow-system-access"],
		extraPrefsFirefox: {
			"network.dns.localDomains": FIXTURE_HOSTS.join(","),
			"extensions.webextensions.uuids": JSON.stringify({ [GECKO_ID]: FIREFOX_UUID }),
			"intl.accept_languages": language,
			"network.proxy.type": 1,
			"network.proxy.http": "127.0.0.1",
			"network.proxy.http_port": proxyPort,
			"network.proxy.ssl": "127.0.0.1",
			"network.proxy.ssl_port": proxyPort,
			"network.proxy.no_proxies_on": "",
			"network.proxy.allow_hijacking_localhost": true,
		},
	});
	if (extension) await browser.installExtension(FIREFOX_BUILD);
	return { browser, close: () => browser.close() };
}

/** Opens an extension page. Firefox switches process, so goto may never resolve: wait for the app. */
export async function openExtensionPage(page: Page, path: string): Promise<void> {
	await page.goto(`${EXTENSION_ORIGIN}${path}`, { timeout: 3000 }).catch(() => undefined);
	await page.waitForSelector("h1", { timeout: 15_000 });
}

export function bannerCount(page: Page): Promise<number> {
	return page.evaluate(() => document.querySelectorAll("[data-wifi-breach-banner]").length);
}

/** The banner on a page, read over WebDriver BiDi and used with BiDi input (support/banner.ts). */
export function bannerOf(firefox: Firefox, page: Page): Banner {
	return new Banner({
		inRoot: (fn, arg) => inBannerRoot(firefox, page, fn, arg),
		click: (x, y) => page.mouse.click(x, y),
		screenshot: async (box) => Buffer.from(await page.screenshot({ clip: box })),
		pause: (ms) => new Promise((resolve) => setTimeout(resolve, ms)),
	});
}

interface BiDiResult {
	type: "success" | "exception";
	result?: { value?: unknown; sharedId?: string };
	exceptionDetails?: { text: string };
}
interface BiDi {
	send(method: string, params: object): Promise<{ result: BiDiResult }>;
}
/** Puppeteer's own BiDi connection: Firefox serves one session, so the tests share it. */
const bidi = (firefox: Firefox) => (firefox.browser as unknown as { connection: BiDi }).connection;
const contextOf = (page: Page) => (page.mainFrame() as unknown as { _id: string })._id;

/**
 * WebDriver BiDi's way into the closed root: the host serialized with `includeShadowTree: "all"`
 * carries its shadow root as a shared reference, which a function is then called on. In a sandbox
 * (Xray-wrapped, like a content script), page scripts cannot patch what runs there. Arguments and
 * results travel as JSON.
 */
async function inBannerRoot<T, A>(
	firefox: Firefox,
	page: Page,
	fn: (root: ShadowRoot, arg: A) => T | Promise<T>,
	arg?: A,
	sandbox: string | undefined = "banner-probe",
): Promise<T | undefined> {
	const target = { context: contextOf(page), ...(sandbox && { sandbox }) };
	const { result: host } = await bidi(firefox).send("script.callFunction", {
		functionDeclaration: '() => document.querySelector("[data-wifi-breach-banner]")',
		awaitPromise: false,
		target,
		serializationOptions: { includeShadowTree: "all", maxDomDepth: 1 },
	});
	const root = (host.result?.value as { shadowRoot?: { sharedId?: string } } | undefined)?.shadowRoot;
	if (!root?.sharedId) return undefined;
	const { result } = await bidi(firefox).send("script.callFunction", {
		functionDeclaration: `async function (arg) { return JSON.stringify(await (${fn})(this, JSON.parse(arg))) ?? "null"; }`,
		this: { sharedId: root.sharedId },
		arguments: [{ type: "string", value: JSON.stringify(arg ?? null) }],
		awaitPromise: true,
		target,
	});
	if (result.type === "exception") throw new Error(`in the banner: ${result.exceptionDetails?.text}`);
	return JSON.parse(result.result?.value as string) as T;
}

/** Lets axe-core see into the closed root (see the Chromium twin in support/chromium.ts). */
export async function showRootToAxe(firefox: Firefox, page: Page): Promise<void> {
	await inBannerRoot(
		firefox,
		page,
		(root) => {
			Object.defineProperty(root.host, "shadowRoot", { configurable: true, get: () => root });
			return true;
		},
		null,
		undefined,
	);
}

/**
 * An extension page kept open for what only the extension can see: its storage, its tabs, the
 * toolbar badge. Opened once per browser.
 */
const controls = new WeakMap<Firefox, Promise<Page>>();
export function controlPage(firefox: Firefox): Promise<Page> {
	let page = controls.get(firefox);
	if (!page) {
		page = firefox.browser.newPage().then(async (control) => {
			await openExtensionPage(control, "/popup.html");
			return control;
		});
		controls.set(firefox, page);
	}
	return page;
}

/** The extension API, as the control page has it. */
interface Api {
	tabs: { query(filter: object): Promise<{ id?: number }[]> };
	browserAction: {
		getBadgeText(details: { tabId: number }): Promise<string>;
		getTitle(details: { tabId: number }): Promise<string>;
		getPopup(details: { tabId: number }): Promise<string>;
	};
	storage: {
		local: {
			get(keys: null): Promise<Record<string, unknown>>;
			set(items: object): Promise<void>;
			clear(): Promise<void>;
		};
	};
}
type WithApi = { browser: Api };

export async function tabIds(firefox: Firefox): Promise<number[]> {
	const control = await controlPage(firefox);
	return control.evaluate(async () =>
		(await (globalThis as unknown as WithApi).browser.tabs.query({})).map((tab) => tab.id as number),
	);
}

export async function badgeOf(firefox: Firefox, tabId: number): Promise<string> {
	const control = await controlPage(firefox);
	return control.evaluate(
		(id) => (globalThis as unknown as WithApi).browser.browserAction.getBadgeText({ tabId: id }),
		tabId,
	);
}

/** The toolbar button as it is for a tab: its tooltip, and the popup it opens. */
export async function toolbarOf(firefox: Firefox, tabId: number): Promise<{ title: string; popup: string }> {
	const control = await controlPage(firefox);
	return control.evaluate(async (id) => {
		const action = (globalThis as unknown as WithApi).browser.browserAction;
		return { title: await action.getTitle({ tabId: id }), popup: await action.getPopup({ tabId: id }) };
	}, tabId);
}

export async function storageOf(firefox: Firefox): Promise<Record<string, unknown>> {
	const control = await controlPage(firefox);
	return control.evaluate(() => (globalThis as unknown as WithApi).browser.storage.local.get(null));
}

export async function setStorage(firefox: Firefox, values: Record<string, unknown>): Promise<void> {
	const control = await controlPage(firefox);
	await control.evaluate((items) => (globalThis as unknown as WithApi).browser.storage.local.set(items), values);
}

export async function clearStorage(firefox: Firefox): Promise<void> {
	const control = await controlPage(firefox);
	await control.evaluate(() => (globalThis as unknown as WithApi).browser.storage.local.clear());
}

/** A new tab, and its id as the extension knows it. */
export async function newTab(firefox: Firefox): Promise<{ page: Page; tabId: number }> {
	await controlPage(firefox);
	const page = await firefox.browser.newPage();
	return { page, tabId: Math.max(...(await tabIds(firefox))) };
}

/** Answers a checker question by its legend and option label, as a person would click them. */
export async function choose(page: Page, legend: string, option: string): Promise<void> {
	await page.evaluate(
		(legendText, optionText) => {
			const group = [...document.querySelectorAll("fieldset")].find((fieldset) =>
				fieldset.querySelector("legend")?.textContent?.includes(legendText),
			);
			const label = [...(group?.querySelectorAll("label") ?? [])].find((candidate) =>
				candidate.textContent?.includes(optionText),
			);
			const input = label?.querySelector("input");
			if (!input) throw new Error(`no option ${optionText} in ${legendText}`);
			input.click();
		},
		legend,
		option,
	);
}

export async function typeDate(page: Page, legend: string, text: string): Promise<void> {
	const field = await page.evaluateHandle((legendText) => {
		const group = [...document.querySelectorAll("fieldset")].find((fieldset) =>
			fieldset.querySelector("legend")?.textContent?.includes(legendText),
		);
		return group?.querySelector("input[type=text]") ?? null;
	}, legend);
	const input = field.asElement() as ElementHandle<HTMLInputElement> | null;
	if (!input) throw new Error(`no date field in ${legend}`);
	await input.click({ count: 3 });
	await input.type(text);
}

/**
 * Reads until the value is the one expected, then checks it: Firefox tests read the page through
 * evaluate, with no auto-waiting locators, and a loaded 2-core machine can take seconds.
 */
export async function until<T>(read: () => Promise<T>, expected: T, what: string, timeout = 15_000): Promise<void> {
	const deadline = Date.now() + timeout;
	let last: T | undefined;
	while (Date.now() < deadline) {
		last = await read();
		if (JSON.stringify(last) === JSON.stringify(expected)) return;
		await new Promise((resolve) => setTimeout(resolve, 100));
	}
	expect(last, what).toEqual(expected);
}
