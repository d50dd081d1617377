// @vitest-environment happy-dom
import { afterEach, beforeEach, describe, expect, test, vi } from "vitest";
import { fakeBrowser } from "wxt/testing/fake-browser";
import { ContentScriptContext } from "wxt/utils/content-script-context";
import { incidentById } from "../../lib/incidents";
import bannerScript from "../banner.content/index";

/** The content script's wiring with WXT's fake browser: one storage read, hide and re-arm. */
let ctx: ContentScriptContext;

async function runOn(url: string) {
	(window as unknown as { happyDOM: { setURL(url: string): void } }).happyDOM.setURL(url);
	ctx = new ContentScriptContext("banner", bannerScript);
	await bannerScript.main(ctx);
}

const shadow = () => document.querySelector("wifi-breach-banner")?.shadowRoot;
const button = (text: string) =>
	[...(shadow()?.querySelectorAll("button") ?? [])].find(
		(candidate) => candidate.textContent === text,
	) as HTMLButtonElement;

beforeEach(() => {
	fakeBrowser.reset();
	document.documentElement.innerHTML = "<head></head><body><h1>shop</h1></body>";
	Object.defineProperty(navigator, "languages", { value: ["ja-JP"], configurable: true });
});
afterEach(() => {
	ctx?.abort();
	for (const host of document.querySelectorAll("wifi-breach-banner")) host.remove();
});

describe("the banner content script", () => {
	test("mounts once on a vendor page, from one storage read", async () => {
		const get = vi.spyOn(fakeBrowser.storage.local, "get");
		await runOn("http://www.wi-ho.net/");
		expect(document.querySelectorAll("wifi-breach-banner")).toHaveLength(1);
		expect(shadow()?.textContent).toContain("テレコムスクエアは2013年9月20日");
		expect(get).toHaveBeenCalledTimes(1);
		expect(shadow()?.querySelector("style")?.textContent).toContain("2147483647");
	});

	test("does nothing on a lookalike host, even if matched by mistake", async () => {
		await runOn("http://my-wi-ho.net/");
		expect(document.querySelector("wifi-breach-banner")).toBeNull();
	});

	test("follows the language chosen in the extension", async () => {
		await fakeBrowser.storage.local.set({ localePreference: "en" });
		await runOn("http://www.globaldata.jp/");
		expect(shadow()?.textContent).toContain("XCom Global disclosed a breach");
	});

	test("'hide on this site' asks the background to keep it, and the banner goes", async () => {
		const send = vi.spyOn(fakeBrowser.runtime, "sendMessage").mockResolvedValue(undefined);
		await runOn("http://www.wi-ho.net/");
		button("このサイトでは表示しない").click();
		expect(send).toHaveBeenCalledWith({
			type: "hide-banners",
			hidden: {
				sites: { "wi-ho.net": `telecom-square-2013@${incidentById("telecom-square-2013").dataVersion}` },
				companies: {},
			},
		});
		expect(document.querySelector("wifi-breach-banner")).toBeNull();
	});

	test("stays hidden while the data is the same, and comes back when it changes", async () => {
		await fakeBrowser.storage.local.set({
			hiddenBanners: {
				sites: {},
				companies: { "xcom-global": `xcom-global-2013@${incidentById("xcom-global-2013").dataVersion}` },
			},
		});
		await runOn("http://www.imotonowifi.jp/");
		expect(document.querySelector("wifi-breach-banner")).toBeNull();
		await fakeBrowser.storage.local.set({
			hiddenBanners: {
				sites: {},
				companies: { "xcom-global": `xcom-global-2013@${incidentById("xcom-global-2013").dataVersion - 1}` },
			},
		});
		await runOn("http://www.imotonowifi.jp/");
		expect(document.querySelectorAll("wifi-breach-banner")).toHaveLength(1);
	});

	test("'check whether I was affected' asks for the checker with the vendor chosen", async () => {
		const send = vi.spyOn(fakeBrowser.runtime, "sendMessage").mockResolvedValue(undefined);
		await runOn("http://www.xcomglobal.co.jp/");
		button("自分が対象か確かめる").click();
		expect(send).toHaveBeenCalledWith({ type: "open-checker", vendor: "xcom-global" });
	});

	test("a page that removes it gets it back, exactly once", async () => {
		await runOn("http://www.globalcellular.jp/");
		document.querySelector("wifi-breach-banner")?.remove();
		await new Promise((resolve) => setTimeout(resolve, 0));
		expect(document.querySelectorAll("wifi-breach-banner")).toHaveLength(1);
	});
});
