// @vitest-environment happy-dom
import { afterEach, describe, expect, test, vi } from "vitest";
import { allBannerFacts } from "../../lib/banner/banner-facts";
import { bannerDetailsMarkup, contentScriptFacts } from "../../lib/banner/banner-view";
import { siteForHost } from "../../lib/banner/sites";
import type { Locale } from "../../lib/i18n/text";
import { adoptStyle, wireBanner, writeBanner } from "./banner-dom";

const vendors = allBannerFacts();
const facts = contentScriptFacts(vendors);
let host: HTMLElement | undefined;

afterEach(() => {
	host?.remove();
});

/** The content script's steps, with the background's details written by the same function it uses. */
function show(hostname: string, locale: Locale, loadDetails?: () => Promise<string>) {
	const match = siteForHost(hostname, facts.vendors);
	if (!match) throw new Error(`no site for ${hostname}`);
	const full = vendors.find((vendor) => vendor.id === match.vendor.id);
	if (!full) throw new Error("no vendor");
	host = document.createElement("div");
	document.body.append(host);
	const shadow = host.attachShadow({ mode: "open" });
	const handlers = { onCheck: vi.fn(), onHideSite: vi.fn(), onHideCompany: vi.fn() };
	adoptStyle(shadow, ":host{}");
	writeBanner(shadow, match.vendor.closed[locale]);
	wireBanner(shadow, {
		...handlers,
		loadDetails: loadDetails ?? (() => Promise.resolve(bannerDetailsMarkup(full, match.site.domain, locale))),
		detailsCss: ".details{}",
		labels: (key) => facts.ui[key][locale],
	});
	return { shadow, handlers };
}

const buttonIn = (shadow: ShadowRoot, name: string) =>
	[...shadow.querySelectorAll("button")].find((button) => button.textContent === name) as HTMLButtonElement;
const open = async (shadow: ShadowRoot, name: string) => {
	buttonIn(shadow, name).click();
	await new Promise((resolve) => setTimeout(resolve, 0));
	return shadow.querySelector(".banner")?.textContent ?? "";
};

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
		// Closed: only the main action and the details toggle can be reached.
		const visible = [...shadow.querySelectorAll("button")].filter((button) => !button.closest("[hidden]"));
		expect(visible.map((button) => button.textContent)).toEqual(
			locale === "ja" ? ["自分が対象か確かめる", "詳しく"] : ["Check whether I was affected", "Details"],
		);
	});
});

describe("one tap away: the site's own lines", () => {
	test("a brand site says what its sources establish, and that the 2013 notice named other sites", async () => {
		const { shadow } = show("www.imotonowifi.jp", "ja");
		const text = await open(shadow, "詳しく");
		expect(text).toContain(
			"保存されたこのサイトの利用規約（日付不明）は、エクスコムグローバル株式会社を事業者としています。",
		);
		expect(text).toMatch(
			/2013年の告知が対象として挙げたのは当時のサイト（www.globalcellular.jp \/ www.globaldata.jp）/,
		);
	});

	test("a 2013 site is described as of 2013, never as run by the company today", async () => {
		const { shadow } = show("www.globaldata.jp", "en");
		const text = await open(shadow, "Details");
		expect(text).toMatch(/In 2013 this was XCom Global's GLOBALDATA site/);
		expect(text).toMatch(/Who runs it today is not established\./);
		expect(text).toContain("One blog says the イモトのWiFi site was on this domain in 2013 too (secondary source).");
		expect(text).not.toMatch(/operates/);
		expect(text).not.toMatch(/not this one/);
	});

	test("WiFiBOX shares the notice's domain but was not the site it named", async () => {
		const text = await open(show("wifibox.telecomsquare.co.jp", "en").shadow, "Details");
		expect(text).toMatch(/WiFiBOX is the service offered on this subdomain/);
		expect(text).toMatch(/named the company's site of that time \(www.telecomsquare.co.jp\), not this one/);
	});

	test("JAPAN Wi-Fi (japan-wifi.jp) is XCom Global's, as a site not named in 2013", async () => {
		const text = await open(show("www.japan-wifi.jp", "ja").shadow, "詳しく");
		expect(text).toMatch(/XCOM GLOBAL株式会社を挙げています/);
		expect(text).toMatch(/2013年の告知が対象として挙げたのは当時のサイト/);
	});

	test("Wi-Ho! is not blamed as a 2013 site", async () => {
		const text = await open(show("shop.wi-ho.net", "en").shadow, "Details");
		expect(text).toContain(
			"A stored copy of this site's terms (date unknown) names Telecom Square, Inc. as the company.",
		);
		expect(text).toContain("Whether the Wi-Ho! brand was in use in 2013 is not established (C12).");
		expect(text).toMatch(/named the company's site of that time \(www.telecomsquare.co.jp\), not this one/);
	});

	test("where the notice was published", async () => {
		const text = await open(show("www.xcomglobal.co.jp", "ja").shadow, "詳しく");
		expect(text).toContain("2013年、エクスコムグローバルはこのサイト（/info/）で告知を公表しました。");
	});
});

describe("details on demand", () => {
	test("open with the button, close with Esc, focus back on the button", async () => {
		const { shadow } = show("www.telecomsquare.co.jp", "en");
		const details = buttonIn(shadow, "Details");
		expect(details.getAttribute("aria-expanded")).toBe("false");
		const text = await open(shadow, "Details");
		expect(details.getAttribute("aria-expanded")).toBe("true");
		expect(text).toMatch(/Taken from the card-payment server \(Web-B\): 5 February 2013/);
		expect(text).toMatch(/Card security codes were not held by the company/);
		expect(text).toMatch(/Up to 97,438 records/);
		expect(text).toMatch(/Misuse reported: 270 cards/);
		expect(text).toMatch(/\(MIC\) issued written administrative guidance/);
		expect(text).toMatch(/https:\/\/telecomsquare.co.jp\/info20130920cs011.html/);
		details.dispatchEvent(new KeyboardEvent("keydown", { key: "Escape", bubbles: true, composed: true }));
		expect(details.getAttribute("aria-expanded")).toBe("false");
		expect(details.textContent).toBe("Details");
	});

	test("XCom: security codes leaked, the disputed misuse count says so, MIC's days are access", async () => {
		const text = await open(show("www.globalcellular.jp", "ja").shadow, "詳しく");
		expect(text).toMatch(/セキュリティコードも流出しました。/);
		expect(text).toMatch(/109,112件/);
		expect(text).toMatch(/不正利用の報告：少なくとも172件（資料により異なる）/);
		expect(text).toMatch(/への不正アクセス（総務省による期間）：2013年4月19日/);
		expect(text).toMatch(/データが持ち出された日を示す資料はありません/);
		expect(text).not.toMatch(/から流出：2013年4月19日/);
	});
});

test("the buttons ask for what they say", async () => {
	const { shadow, handlers } = show("www.wi-ho.net", "en");
	buttonIn(shadow, "Check whether I was affected").click();
	await open(shadow, "Details");
	buttonIn(shadow, "Hide on this site").click();
	buttonIn(shadow, "Hide for this company").click();
	expect(handlers.onCheck).toHaveBeenCalledOnce();
	expect(handlers.onHideSite).toHaveBeenCalledOnce();
	expect(handlers.onHideCompany).toHaveBeenCalledOnce();
});

test("where the background cannot be reached, the panel says so in the banner's language", async () => {
	const { shadow } = show("www.wi-ho.net", "ja", () => Promise.reject(new Error("context invalidated")));
	const text = await open(shadow, "詳しく");
	expect(text).toContain("詳細を読み込めませんでした。ページを再読み込みしてください。");
	expect(shadow.querySelector("#details")?.hasAttribute("aria-busy")).toBe(false);
});

test("the details' style sheet is parsed only when the panel first opens", async () => {
	const { shadow } = show("www.wi-ho.net", "en");
	expect(shadow.adoptedStyleSheets).toHaveLength(1);
	await open(shadow, "Details");
	await open(shadow, "Hide details");
	await open(shadow, "Details");
	expect(shadow.adoptedStyleSheets).toHaveLength(2);
});

test("rewriting the closed markup keeps a fallback <style>", () => {
	const root = document.createElement("div").attachShadow({ mode: "open" });
	root.innerHTML = "<style>p{}</style>";
	writeBanner(root, facts.vendors[0]?.closed.en ?? "");
	expect(root.firstElementChild?.tagName).toBe("STYLE");
	expect(root.querySelector(".headline")).not.toBeNull();
});
