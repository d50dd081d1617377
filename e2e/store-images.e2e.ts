import { mkdirSync, readFileSync } from "node:fs";
import { join } from "node:path";
import { afterAll, beforeAll, describe, expect, test } from "vitest";
import { message } from "../lib/i18n/messages";
import { resultMessage } from "../lib/i18n/result-messages";
import type { Locale } from "../lib/i18n/text";
import { vendorById } from "../lib/incidents/vendors";
import { CheckerPage } from "./support/checker-page";
import { bannerOf, type Chromium, launchChromium } from "./support/chromium";
import { type FixtureServer, startFixtureServer } from "./support/fixture-server";
import { FIXTURE_HOSTS } from "./support/hosts";
import { CHROME_BUILD, ROOT } from "./support/paths";

/**
 * The stores' listing images, made like the README screenshots: by the browser, from the real
 * build on the fixture pages. Kept in e2e/store-images only when asked (`UPDATE_SCREENSHOTS=1
 * npm test`); an ordinary run writes them to .tmp and checks their sizes. STORE.md says which
 * store field each one goes into.
 */
const STORE_IMAGES = process.env.UPDATE_SCREENSHOTS ? join(ROOT, "e2e/store-images") : join(ROOT, ".tmp/store-images");

let server: FixtureServer;
const browsers: Partial<Record<Locale, Chromium>> = {};

beforeAll(async () => {
	mkdirSync(STORE_IMAGES, { recursive: true });
	server = await startFixtureServer(FIXTURE_HOSTS);
	browsers.ja = await launchChromium({ proxyPort: server.port, locale: "ja-JP" });
	browsers.en = await launchChromium({ proxyPort: server.port, locale: "en-US" });
});
afterAll(async () => {
	await browsers.ja?.close();
	await browsers.en?.close();
	await server?.close();
});

function pngSize(path: string): [number, number] {
	const png = readFileSync(path);
	return [png.readUInt32BE(16), png.readUInt32BE(20)];
}

describe.each(["ja", "en"] as const)("store images (%s)", (locale) => {
	const browser = () => browsers[locale] as Chromium;

	test("screenshot 1280×800: the banner on a rental site", async () => {
		const page = await browser().context.newPage();
		await page.setViewportSize({ width: 1280, height: 800 });
		await page.goto("http://www.telecomsquare.co.jp/");
		await bannerOf(page).waitFor();
		const path = join(STORE_IMAGES, `screenshot-banner-${locale}.png`);
		await page.screenshot({ path });
		expect(pngSize(path)).toEqual([1280, 800]);
		await page.close();
	});

	test("screenshot 1280×800: the checker with a verdict", async () => {
		const page = await browser().context.newPage();
		await page.setViewportSize({ width: 1280, height: 800 });
		await page.goto(`chrome-extension://${browser().extensionId}/checker.html`);
		const form = new CheckerPage(page);
		await form.choose(locale === "ja" ? /どの会社/ : /Which company/, /Wi-Ho!/);
		await form.choose(
			locale === "ja" ? /どうやって申し込み/ : /How did you order/,
			locale === "ja" ? /会社のウェブサイト/ : /company's website/,
		);
		await form.typeDate(locale === "ja" ? /いつ申し込み/ : /When did you order/, "平成24年7月");
		await expect
			.poll(() => form.verdict().innerText())
			.toBe(resultMessage(locale, "company.exposed", { company: vendorById("telecom-square").name[locale] }));
		// Not the "result changed" mark a person sees for a few seconds after the verdict changes.
		await page.locator(".changed-note").waitFor({ state: "detached", timeout: 10_000 });
		await page.evaluate(() => {
			(document.activeElement as HTMLElement | null)?.blur();
			scrollTo(0, 0);
		});
		const path = join(STORE_IMAGES, `screenshot-checker-${locale}.png`);
		await page.screenshot({ path });
		expect(pngSize(path)).toEqual([1280, 800]);
		await page.close();
	});

	test("small promo tile 440×280", async () => {
		const page = await browser().context.newPage();
		await page.setViewportSize({ width: 440, height: 280 });
		const icon = readFileSync(join(CHROME_BUILD, "icons/128.png")).toString("base64");
		await page.setContent(`<!doctype html><html lang="${locale}"><body style="margin:0">
			<div style="box-sizing:border-box;width:440px;height:280px;padding:28px;display:flex;flex-direction:column;justify-content:center;gap:14px;background:#fff;border-top:10px solid #0b4fb3;color:#1d1d1f;font:16px/1.5 system-ui,'Noto Sans CJK JP',sans-serif">
				<div style="display:flex;align-items:center;gap:16px"><img src="data:image/png;base64,${icon}" width="72" height="72" alt="">
				<strong style="font-size:24px;line-height:1.3;word-break:keep-all">${message(locale, "appName")}</strong></div>
				<p style="margin:0">${message(locale, "privacyShort")}</p>
			</div></body></html>`);
		const path = join(STORE_IMAGES, `promo-small-${locale}.png`);
		await page.screenshot({ path });
		expect(pngSize(path)).toEqual([440, 280]);
		await page.close();
	});
});
