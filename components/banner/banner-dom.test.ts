// @vitest-environment happy-dom
import { afterEach, beforeEach, describe, expect, test, vi } from "vitest";
import { allBannerFacts } from "../../lib/banner/banner-facts";
import { bannerDetailsMarkup, contentScriptFacts } from "../../lib/banner/banner-view";
import type { BannerDetails } from "../../lib/banner/protocol";
import { siteForHost } from "../../lib/banner/sites";
import type { Locale } from "../../lib/i18n/text";
import { adoptStyle, setMarkup, wireBanner, writeBanner } from "./banner-dom";

const vendors = allBannerFacts();
const facts = contentScriptFacts(vendors);
let host: HTMLElement | undefined;

/** happy-dom lays nothing out: every part in one box at the bottom of a phone, inside the banner's. */
const BOTTOM = { x: 0, y: 600, width: 360, height: 40, top: 600, bottom: 640, left: 0, right: 360 } as DOMRect;
beforeEach(() => {
	vi.spyOn(Element.prototype, "getBoundingClientRect").mockReturnValue(BOTTOM);
});
afterEach(() => {
	host?.remove();
	vi.restoreAllMocks();
});

/** The content script's steps, with the background's details written by the same function it uses. */
function show(hostname: string, locale: Locale, loadDetails?: () => Promise<BannerDetails>) {
	const match = siteForHost(hostname, facts.vendors);
	if (!match) throw new Error(`no site for ${hostname}`);
	const full = vendors.find((vendor) => vendor.id === match.vendor.id);
	if (!full) throw new Error("no vendor");
	host = document.createElement("div");
	document.body.append(host);
	const shadow = host.attachShadow({ mode: "closed" });
	const handlers = { onCheck: vi.fn(), onHide: vi.fn(), onUndo: vi.fn() };
	adoptStyle(shadow, ":host{}");
	writeBanner(shadow, match.vendor.closed[locale]);
	const view = wireBanner(shadow, {
		...handlers,
		loadDetails:
			loadDetails ??
			(() => Promise.resolve({ markup: bannerDetailsMarkup(full, match.site.domain, locale), css: ".details{}" })),
		labels: (key) => facts.ui[key][locale],
	});
	return { shadow, handlers, view };
}

const buttonIn = (shadow: ShadowRoot, name: string) =>
	[...shadow.querySelectorAll("button")].find(
		(button) => (button.getAttribute("aria-label") ?? button.textContent) === name,
	) as HTMLButtonElement;
/** Does what the named button does (banner-input.ts calls `act` for a person's click on it). */
const open = async ({ shadow, view }: ReturnType<typeof show>, name: string) => {
	view.act(buttonIn(shadow, name).getAttribute("data-action") as string);
	await new Promise((resolve) => setTimeout(resolve, 0));
	return shadow.querySelector(".banner")?.textContent ?? "";
};
const names = (elements: Element[]) =>
	elements.map((element) => element.getAttribute("aria-label") ?? element.textContent ?? "");

describe("closed: one headline and the main action", () => {
	test.each([
		["www.telecomsquare.co.jp", "ja", "テレコムスクエアは2013年9月20日、クレジットカード情報の流出を公表しました。"],
		[
			"www.telecomsquare.co.jp",
			"en",
			"Telecom Square disclosed a breach of customers' card data on 20 September 2013.",
		],
		["www.globaldata.jp", "ja", "エクスコムグローバルは2013年5月27日、クレジットカード情報の流出を公表しました。"],
		["www.xcomglobal.co.jp", "en", "XCom Global disclosed a breach of customers' card data on 27 May 2013."],
	] as const)("%s in %s", (hostname, locale, headline) => {
		const { shadow } = show(hostname, locale);
		const region = shadow.querySelector("section") as HTMLElement;
		expect(shadow.querySelector(".headline")?.textContent).toBe(headline);
		expect(region.getAttribute("aria-label")).toBe(
			locale === "ja" ? "カード情報流出のお知らせ" : "Card-data breach notice",
		);
		expect(region.getAttribute("lang")).toBe(locale);
		expect(shadow.querySelector(".from")?.textContent).toBe(
			locale === "ja" ? "拡張機能「Wi-Fiレンタル 流出チェック」より" : "From the Wi-Fi Rental Breach Check extension",
		);
		// Closed: only the main action, the details toggle and the × can be reached.
		const visible = [...shadow.querySelectorAll("button")].filter((button) => !button.closest("[hidden]"));
		expect(names(visible)).toEqual(
			locale === "ja"
				? ["自分が対象か確かめる", "詳しく", "警告を小さくする"]
				: ["Check whether I was affected", "Details", "Minimize the warning"],
		);
	});
});

describe("one tap away: the site's own lines", () => {
	test("a brand site says what its sources establish, and that the 2013 notice named other sites", async () => {
		const text = await open(show("www.imotonowifi.jp", "ja"), "詳しく");
		expect(text).toContain(
			"保存されたこのサイトの利用規約（日付不明）は、エクスコムグローバル株式会社を事業者としています。",
		);
		expect(text).toMatch(
			/2013年の告知が対象として挙げたのは当時のサイト（www.globalcellular.jp \/ www.globaldata.jp）/,
		);
	});

	test("a 2013 site is described as of 2013, never as run by the company today", async () => {
		const text = await open(show("www.globaldata.jp", "en"), "Details");
		expect(text).toMatch(/In 2013 this was XCom Global's GLOBALDATA site/);
		expect(text).toMatch(/Who runs it today is not established\./);
		expect(text).toContain("One blog says the イモトのWiFi site was on this domain in 2013 too (secondary source).");
		expect(text).not.toMatch(/operates/);
		expect(text).not.toMatch(/not this one/);
	});

	test("WiFiBOX shares the notice's domain but was not the site it named", async () => {
		const text = await open(show("wifibox.telecomsquare.co.jp", "en"), "Details");
		expect(text).toMatch(/WiFiBOX is the service offered on this subdomain/);
		expect(text).toMatch(/named the company's site of that time \(www.telecomsquare.co.jp\), not this one/);
	});

	test("JAPAN Wi-Fi (japan-wifi.jp) is XCom Global's, as a site not named in 2013", async () => {
		const text = await open(show("www.japan-wifi.jp", "ja"), "詳しく");
		expect(text).toMatch(/XCOM GLOBAL株式会社を挙げています/);
		expect(text).toMatch(/2013年の告知が対象として挙げたのは当時のサイト/);
	});

	test("Wi-Ho! is not blamed as a 2013 site", async () => {
		const text = await open(show("shop.wi-ho.net", "en"), "Details");
		expect(text).toContain(
			"A stored copy of this site's terms (date unknown) names Telecom Square, Inc. as the company.",
		);
		expect(text).toContain("Whether the Wi-Ho! brand was in use in 2013 is not established.");
		expect(text).toMatch(/named the company's site of that time \(www.telecomsquare.co.jp\), not this one/);
	});

	test("where the notice was published", async () => {
		const text = await open(show("www.xcomglobal.co.jp", "ja"), "詳しく");
		expect(text).toContain("2013年、エクスコムグローバルはこのサイト（/info/）で告知を公表しました。");
	});
});

describe("details on demand", () => {
	test("open with the button, close with Esc, focus back on the button", async () => {
		const banner = show("www.telecomsquare.co.jp", "en");
		const details = buttonIn(banner.shadow, "Details");
		expect(details.getAttribute("aria-expanded")).toBe("false");
		const text = await open(banner, "Details");
		expect(details.getAttribute("aria-expanded")).toBe("true");
		expect(text).toMatch(/Taken from the card-payment server: 5 February 2013/);
		expect(text).toMatch(/Card security codes were not held by the company/);
		expect(text).toMatch(/Up to 97,438 records/);
		expect(text).toMatch(/Misuse reported: 270 cards/);
		expect(text).toMatch(/\(MIC\) issued written administrative guidance/);
		expect(text).toMatch(/https:\/\/telecomsquare.co.jp\/info20130920cs011.html/);
		banner.view.act("escape");
		expect(details.getAttribute("aria-expanded")).toBe("false");
		expect(details.textContent).toBe("Details");
		expect(banner.shadow.activeElement).toBe(details);
	});

	test("XCom: security codes leaked, the disputed misuse count says so, MIC's days are access", async () => {
		const text = await open(show("www.globalcellular.jp", "ja"), "詳しく");
		expect(text).toMatch(/セキュリティコードも流出しました。/);
		expect(text).toMatch(/109,112件/);
		expect(text).toMatch(/不正利用の報告：少なくとも172件（資料により異なる）/);
		expect(text).toMatch(/への不正アクセス（総務省による期間）：2013年4月19日/);
		expect(text).toMatch(/データが持ち出された日を示す資料はありません/);
		expect(text).not.toMatch(/から流出：2013年4月19日/);
	});
});

test("the buttons ask for what they say", async () => {
	const banner = show("www.wi-ho.net", "en");
	await open(banner, "Check whether I was affected");
	await open(banner, "Details");
	await open(banner, "Hide on this site");
	await open(banner, "Undo");
	await open(banner, "Details");
	await open(banner, "Hide for this company");
	expect(banner.handlers.onCheck).toHaveBeenCalledOnce();
	expect(banner.handlers.onHide.mock.calls).toEqual([["site"], ["company"]]);
	expect(banner.handlers.onUndo).toHaveBeenCalledOnce();
});

describe("phones: the × and the Undo", () => {
	test("× folds the banner into the tab for this page view, and the tab opens it again; focus follows", async () => {
		const banner = show("www.wi-ho.net", "ja");
		const section = banner.shadow.querySelector(".banner") as HTMLElement;
		const tab = buttonIn(banner.shadow, "流出の警告を開く");
		// Closed: the banner, its words and every button must be seen.
		expect(banner.view.seen()).toEqual([
			section,
			banner.shadow.querySelector(".headline"),
			...["自分が対象か確かめる", "詳しく", "警告を小さくする"].map((name) => buttonIn(banner.shadow, name)),
		]);
		buttonIn(banner.shadow, "警告を小さくする").focus();
		await open(banner, "警告を小さくする");
		expect(section.hidden).toBe(true);
		expect(tab.hidden).toBe(false);
		expect(tab.getAttribute("lang")).toBe("ja");
		expect(banner.shadow.activeElement).toBe(tab);
		// Folded, the tab is what a person must still see.
		expect(banner.view.seen()).toEqual([tab]);
		await open(banner, "流出の警告を開く");
		expect(section.hidden).toBe(false);
		expect(tab.hidden).toBe(true);
		expect(banner.shadow.activeElement).toBe(buttonIn(banner.shadow, "警告を小さくする"));
	});

	test("a page's focus is not taken: folding moves focus only when it was in the banner", async () => {
		const banner = show("www.wi-ho.net", "en");
		const field = document.body.appendChild(document.createElement("input"));
		field.focus();
		await open(banner, "Minimize the warning");
		expect(document.activeElement).toBe(field);
		field.remove();
	});

	test("a hide leaves what was hidden and an Undo in its place; Undo brings the closed banner back", async () => {
		const banner = show("www.wi-ho.net", "en");
		await open(banner, "Details");
		buttonIn(banner.shadow, "Hide for this company").focus();
		await open(banner, "Hide for this company");
		const undo = buttonIn(banner.shadow, "Undo");
		expect(banner.shadow.querySelector(".banner")?.classList.contains("undone")).toBe(true);
		expect(banner.shadow.querySelector("#undone")?.textContent).toBe(
			"The banner will not show on this company's sites.",
		);
		expect(undo.getAttribute("aria-describedby")).toBe("undone");
		expect(banner.shadow.activeElement).toBe(undo);
		expect(banner.view.seen()).toEqual([banner.shadow.querySelector(".banner"), undo]);
		await open(banner, "Undo");
		expect(banner.shadow.querySelector(".undone")).toBeNull();
		expect(banner.shadow.querySelector<HTMLElement>(".undo")?.hidden).toBe(true);
		expect(buttonIn(banner.shadow, "Details").getAttribute("aria-expanded")).toBe("false");
		expect(banner.shadow.activeElement).toBe(buttonIn(banner.shadow, "Details"));
		expect(banner.view.seen()).toHaveLength(5);
	});

	test("open, the banner itself must be seen (its panel scrolls inside it)", async () => {
		const banner = show("www.wi-ho.net", "en");
		await open(banner, "Details");
		expect(banner.view.seen()).toEqual([banner.shadow.querySelector(".banner")]);
	});

	test("a part the banner's own scrolling has moved out of it (a person's large zoom) is one scroll away, not unseen", () => {
		const banner = show("www.wi-ho.net", "en");
		const section = banner.shadow.querySelector(".banner") as HTMLElement;
		const fold = buttonIn(banner.shadow, "Minimize the warning");
		vi.spyOn(Element.prototype, "getBoundingClientRect").mockImplementation(function (this: Element) {
			// The banner fills its 160 px; the × sits below its scrolled edge.
			if (this === section) return { ...BOTTOM, y: 40, top: 40, height: 160, bottom: 200 } as DOMRect;
			if (this === fold) return { ...BOTTOM, y: 230, top: 230, height: 44, bottom: 274 } as DOMRect;
			return { ...BOTTOM, y: 60, top: 60, bottom: 100 } as DOMRect;
		});
		expect(banner.view.seen()).toEqual([
			section,
			banner.shadow.querySelector(".headline"),
			buttonIn(banner.shadow, "Check whether I was affected"),
			buttonIn(banner.shadow, "Details"),
		]);
	});

	test("what the page must not paint over: the banner and its folded tab", () => {
		const banner = show("www.wi-ho.net", "en");
		expect(banner.view.surfaces()).toEqual([
			banner.shadow.querySelector(".banner"),
			buttonIn(banner.shadow, "Open the breach warning"),
		]);
	});
});

test("where the background cannot be reached, the panel says so in the banner's language", async () => {
	const banner = show("www.wi-ho.net", "ja", () => Promise.reject(new Error("context invalidated")));
	const text = await open(banner, "詳しく");
	expect(text).toContain("詳細を読み込めませんでした。ページを再読み込みしてください。");
	expect(banner.shadow.querySelector("#details")?.hasAttribute("aria-busy")).toBe(false);
});

test("the details' style sheet, sent with the panel, is parsed only when the panel first opens", async () => {
	const banner = show("www.wi-ho.net", "en");
	expect(banner.shadow.adoptedStyleSheets).toHaveLength(1);
	await open(banner, "Details");
	await open(banner, "Hide details");
	await open(banner, "Details");
	expect(banner.shadow.adoptedStyleSheets).toHaveLength(2);
});

test("in an XML document (innerHTML parses XML there), markup is parsed as HTML all the same", () => {
	const root = document.createElement("div").attachShadow({ mode: "open" });
	// As an XML document's parser answers markup that is not well-formed XML.
	Object.defineProperty(root, "innerHTML", {
		set() {
			throw new DOMException("not well-formed", "SyntaxError");
		},
	});
	setMarkup(root, facts.vendors[0]?.closed.ja ?? "");
	expect(root.querySelector(".headline")?.textContent).toContain("テレコムスクエア");
	expect(root.querySelector<HTMLElement>(".unfold")?.hidden).toBe(true);
});
