import puppeteer, { type Browser, type ElementHandle, type Page } from "puppeteer-core";
import { GECKO_ID } from "../../wxt.config";
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
export async function launchFirefox(proxyPort: number, language: "ja" | "en-US"): Promise<Firefox> {
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
	await browser.installExtension(FIREFOX_BUILD);
	return { browser, close: () => browser.close() };
}

/** Opens an extension page. Firefox switches process, so goto may never resolve: wait for the app. */
export async function openExtensionPage(page: Page, path: string): Promise<void> {
	await page.goto(`${EXTENSION_ORIGIN}${path}`, { timeout: 3000 }).catch(() => undefined);
	await page.waitForSelector("h1", { timeout: 15_000 });
}

export async function bannerText(page: Page): Promise<string> {
	const host = await page.waitForSelector("[data-wifi-breach-banner] >>> .banner", { timeout: 10_000 });
	return (await host?.evaluate((element) => (element as HTMLElement).innerText)) ?? "";
}

export function bannerCount(page: Page): Promise<number> {
	return page.evaluate(() => document.querySelectorAll("[data-wifi-breach-banner]").length);
}

/**
 * Clicks a banner button by its visible text, once it is there (the hide choices come with the
 * details panel, from the background); then waits until the panel is no longer loading.
 */
export async function clickBannerButton(page: Page, text: string): Promise<void> {
	await page
		.waitForFunction(
			(label) =>
				[...(document.querySelector("[data-wifi-breach-banner]")?.shadowRoot?.querySelectorAll("button") ?? [])].some(
					(candidate) => candidate.textContent === label,
				),
			{ timeout: 5000 },
			text,
		)
		.catch(() => {
			throw new Error(`no banner button ${text}`);
		});
	await page.evaluate((label) => {
		const shadow = document.querySelector("[data-wifi-breach-banner]")?.shadowRoot;
		const button = [...(shadow?.querySelectorAll("button") ?? [])].find((candidate) => candidate.textContent === label);
		button?.click();
	}, text);
	await page.waitForFunction(
		() => !document.querySelector("[data-wifi-breach-banner]")?.shadowRoot?.querySelector("#details[aria-busy]"),
	);
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
