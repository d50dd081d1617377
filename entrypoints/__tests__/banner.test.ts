// @vitest-environment happy-dom
import { afterEach, beforeEach, describe, expect, test, vi } from "vitest";
import { fakeBrowser } from "wxt/testing/fake-browser";
import type { BannerMessage } from "../../lib/banner/protocol";
import { incidentById } from "../../lib/incidents";
import backgroundScript from "../background";
import { BANNER_ATTRIBUTE, type ShownBanner, showBanner, UNDO_MS } from "../banner/index";

const fromBanner = { id: fakeBrowser.runtime.id, tab: { id: 7, index: 2 } as never };

/** The content script's wiring with WXT's fake browser: one storage read, hide and undo, hostile pages. */
const running: ShownBanner[] = [];
async function runOn(url: string) {
	(window as unknown as { happyDOM: { setURL(url: string): void } }).happyDOM.setURL(url);
	running.push(await showBanner(fakeBrowser as never));
}

const host = () => document.querySelector(`[${BANNER_ATTRIBUTE}]`);
const hosts = () => document.querySelectorAll(`[${BANNER_ATTRIBUTE}]`);
/** The closed root, as the content script holds it (the page has no way to it). */
const shadow = () => running.at(-1)?.root;
const button = (name: string) =>
	[...(shadow()?.querySelectorAll("button") ?? [])].find(
		(candidate) => (candidate.getAttribute("aria-label") ?? candidate.textContent) === name,
	) as HTMLButtonElement;
/**
 * A person's click on a button, as the window sees it: trusted, retargeted to the host, for the
 * focused button (happy-dom makes neither trusted events nor retargets; banner-input.test.ts).
 */
function press(name: string) {
	button(name).focus();
	const click = new MouseEvent("click", { bubbles: true, composed: true, detail: 0 });
	Object.defineProperty(click, "isTrusted", { value: true });
	host()?.dispatchEvent(click);
}
/** The real background (entrypoints/background.ts) answers, as the banner's tab. */
async function background(message: BannerMessage): Promise<unknown> {
	const replies = await fakeBrowser.runtime.onMessage.trigger(message, fromBanner, () => {});
	return replies.find((reply) => reply !== undefined);
}
const settle = (ms = 0) => new Promise((resolve) => setTimeout(resolve, ms));

beforeEach(() => {
	fakeBrowser.reset();
	// What WXT's fake browser leaves unimplemented, for the background's toolbar button.
	vi.spyOn(fakeBrowser.action, "setPopup").mockResolvedValue(undefined);
	vi.spyOn(fakeBrowser.i18n, "getMessage").mockImplementation((name: string) => name);
	// Chromium's occlusion tracking, which happy-dom lacks; the guard's own tests report through it.
	vi.stubGlobal(
		"IntersectionObserver",
		class {
			observe() {}
			disconnect() {}
		},
	);
	backgroundScript.main();
	document.documentElement.innerHTML = "<head></head><body><h1>shop</h1></body>";
	Object.defineProperty(navigator, "languages", { value: ["ja-JP"], configurable: true });
	// happy-dom lays nothing out: the banner is where a person sees it, and on top (banner-guard.test.ts).
	vi.spyOn(Element.prototype, "getBoundingClientRect").mockReturnValue({
		x: 0,
		y: 600,
		width: 360,
		height: 40,
	} as DOMRect);
	document.elementFromPoint = () => host();
});
afterEach(() => {
	for (const shown of running.splice(0)) shown.stop();
	for (const stray of hosts()) stray.remove();
	vi.restoreAllMocks();
	vi.unstubAllGlobals();
	vi.useRealTimers();
});

describe("the banner content script", () => {
	test("mounts once on a vendor page, from one storage read, as its own element", async () => {
		const get = vi.spyOn(fakeBrowser.storage.local, "get");
		await runOn("http://www.wi-ho.net/");
		expect(hosts()).toHaveLength(1);
		// A plain <div>, which no page can define or upgrade.
		expect(host()?.tagName.toLowerCase()).toBe("div");
		expect(shadow()?.textContent).toContain("テレコムスクエアは2013年9月20日");
		expect(get).toHaveBeenCalledTimes(1);
		const sheets = [...(shadow()?.adoptedStyleSheets ?? [])].flatMap((sheet) =>
			[...sheet.cssRules].map((rule) => rule.cssText),
		);
		expect(sheets.join("") + (shadow()?.querySelector("style")?.textContent ?? "")).toContain("2147483647");
	});

	test("does nothing on a lookalike host, even if matched by mistake", async () => {
		await runOn("http://my-wi-ho.net/");
		expect(host()).toBeNull();
	});

	test("follows the language chosen in the extension", async () => {
		await fakeBrowser.storage.local.set({ localePreference: "en" });
		await runOn("http://www.globaldata.jp/");
		expect(shadow()?.textContent).toContain("XCom Global disclosed a breach");
	});

	test("'hide on this site' (one tap away) is kept at once; the banner leaves after its Undo's few seconds", async () => {
		const send = vi.spyOn(fakeBrowser.runtime, "sendMessage").mockImplementation(background as never);
		await runOn("http://www.wi-ho.net/");
		press("詳しく");
		await settle();
		vi.useFakeTimers();
		press("このサイトでは表示しない");
		expect(send).toHaveBeenCalledWith({
			type: "hide-banners",
			hidden: {
				sites: { "wi-ho.net": `telecom-square-2013@${incidentById("telecom-square-2013").dataVersion}` },
				companies: {},
			},
		});
		expect(button("元に戻す")).toBeDefined();
		vi.advanceTimersByTime(UNDO_MS - 100);
		expect(host()).not.toBeNull();
		vi.advanceTimersByTime(200);
		expect(host()).toBeNull();
	});

	test("Undo keeps what was there before, and the banner stays", async () => {
		const before = { sites: { "globaldata.jp": "xcom-global-2013@1" }, companies: {} };
		await fakeBrowser.storage.local.set({ hiddenBanners: before });
		const send = vi.spyOn(fakeBrowser.runtime, "sendMessage").mockImplementation(background as never);
		await runOn("http://www.wi-ho.net/");
		press("詳しく");
		await settle();
		vi.useFakeTimers();
		press("この会社では表示しない");
		press("元に戻す");
		expect(send).toHaveBeenLastCalledWith({ type: "hide-banners", hidden: before });
		vi.advanceTimersByTime(UNDO_MS * 2);
		expect(host()).not.toBeNull();
		expect(button("詳しく")).toBeDefined();
	});

	test("stays hidden while the data is the same, and comes back when it changes", async () => {
		await fakeBrowser.storage.local.set({
			hiddenBanners: {
				sites: {},
				companies: { "xcom-global": `xcom-global-2013@${incidentById("xcom-global-2013").dataVersion}` },
			},
		});
		await runOn("http://www.imotonowifi.jp/");
		expect(host()).toBeNull();
		await fakeBrowser.storage.local.set({
			hiddenBanners: {
				sites: {},
				companies: { "xcom-global": `xcom-global-2013@${incidentById("xcom-global-2013").dataVersion - 1}` },
			},
		});
		await runOn("http://www.imotonowifi.jp/");
		expect(hosts()).toHaveLength(1);
	});

	test("'check whether I was affected' asks for the checker with the vendor chosen", async () => {
		const send = vi.spyOn(fakeBrowser.runtime, "sendMessage").mockResolvedValue(undefined);
		await runOn("http://www.xcomglobal.co.jp/");
		press("自分が対象か確かめる");
		expect(send).toHaveBeenCalledWith({ type: "open-checker", vendor: "xcom-global" });
	});

	test("a page script's click opens nothing; nor does a click without the browser's user activation", async () => {
		const send = vi.spyOn(fakeBrowser.runtime, "sendMessage").mockResolvedValue(undefined);
		await runOn("http://www.xcomglobal.co.jp/");
		button("自分が対象か確かめる").click();
		Object.defineProperty(navigator, "userActivation", { value: { isActive: false }, configurable: true });
		press("自分が対象か確かめる");
		Reflect.deleteProperty(navigator, "userActivation");
		expect(send).not.toHaveBeenCalledWith(expect.objectContaining({ type: "open-checker" }));
	});

	test("details: the site's own lines and the breach's facts, written by the background for this site", async () => {
		const send = vi.spyOn(fakeBrowser.runtime, "sendMessage").mockImplementation(background as never);
		await runOn("http://www.wi-ho.net/");
		press("詳しく");
		expect(send).toHaveBeenCalledWith({
			type: "banner-details",
			vendor: "telecom-square",
			site: "wi-ho.net",
			locale: "ja",
		});
		expect(shadow()?.querySelector("#details")?.getAttribute("aria-busy")).toBe("true");
		await settle();
		expect(shadow()?.querySelector("#details")?.hasAttribute("aria-busy")).toBe(false);
		expect(shadow()?.textContent).toContain(
			"保存されたこのサイトの利用規約（日付不明）は、株式会社テレコムスクエアを事業者としています。",
		);
		expect(shadow()?.querySelector(".facts")?.textContent).toContain("カード決済のサーバから流出：2013年2月5日");
		// Opened once, asked once.
		press("詳細を閉じる");
		press("詳しく");
		expect(
			send.mock.calls.filter(([message]) => (message as unknown as BannerMessage).type === "banner-details"),
		).toHaveLength(1);
	});

	test("says how it is on the tab, for the toolbar button: shown; and again when the page comes back from the back/forward cache", async () => {
		const send = vi.spyOn(fakeBrowser.runtime, "sendMessage").mockResolvedValue(undefined);
		await runOn("http://www.wi-ho.net/plans");
		const shown = { type: "banner-state", state: "shown", vendor: "telecom-square", site: "wi-ho.net" };
		expect(send).toHaveBeenCalledWith(shown);
		send.mockClear();
		const restored = new Event("pageshow");
		Object.defineProperties(restored, { isTrusted: { value: true }, persisted: { value: true } });
		window.dispatchEvent(restored);
		expect(send).toHaveBeenCalledWith(shown);
	});

	test("hidden by the person's choice: the toolbar gets no mark, but the popup still knows the site", async () => {
		await fakeBrowser.storage.local.set({
			hiddenBanners: {
				sites: { "wi-ho.net": `telecom-square-2013@${incidentById("telecom-square-2013").dataVersion}` },
				companies: {},
			},
		});
		const send = vi.spyOn(fakeBrowser.runtime, "sendMessage").mockResolvedValue(undefined);
		await runOn("http://www.wi-ho.net/");
		expect(host()).toBeNull();
		expect(send).toHaveBeenCalledWith({
			type: "banner-state",
			state: "hidden",
			vendor: "telecom-square",
			site: "wi-ho.net",
		});
	});

	test("a document of the shop's own origin with no host of its own (a blob: page) gets the banner", async () => {
		await runOn("blob:http://www.wi-ho.net/0b7c5e52-1f2a-4f07-9a43-2d0f6f1c8c11");
		expect(hosts()).toHaveLength(1);
	});

	test("a page that removes it gets it back", async () => {
		await runOn("http://www.globalcellular.jp/");
		host()?.remove();
		await settle(10);
		expect(hosts()).toHaveLength(1);
	});
});

describe("pages that fight the banner", () => {
	test("a page that removes every foreign node: a few remounts with backoff, then the toolbar", async () => {
		const send = vi.spyOn(fakeBrowser.runtime, "sendMessage").mockResolvedValue(true as never);
		let mounts = 0;
		const cleaner = new MutationObserver((records) => {
			for (const record of records)
				for (const node of record.addedNodes)
					if (node instanceof Element && node.hasAttribute(BANNER_ATTRIBUTE)) {
						mounts++;
						node.remove();
					}
		});
		cleaner.observe(document.documentElement, { childList: true });
		await runOn("http://www.globalcellular.jp/");
		await settle(1500);
		cleaner.disconnect();
		// The first mount and three more, no loop; then the warning goes to the toolbar.
		expect(mounts).toBe(4);
		expect(send).toHaveBeenCalledWith({
			type: "banner-state",
			state: "blocked",
			vendor: "xcom-global",
			site: "globalcellular.jp",
		});
		await settle(300);
		expect(mounts).toBe(4);
	});

	test("a page that defined wifi-breach-banner first and took its shadow root: a plain host instead", async () => {
		class Squatter extends HTMLElement {
			constructor() {
				super();
				this.attachShadow({ mode: "closed" });
			}
		}
		if (!customElements.get("wifi-breach-banner")) customElements.define("wifi-breach-banner", Squatter);
		await runOn("http://www.globaldata.jp/");
		expect(host()?.tagName.toLowerCase()).toBe("div");
		expect(shadow()?.textContent).toContain("エクスコムグローバルは2013年5月27日");
	});
});
