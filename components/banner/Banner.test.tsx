// @vitest-environment happy-dom
import { cleanup, fireEvent, render, screen } from "@testing-library/preact";
import { afterEach, describe, expect, test, vi } from "vitest";
import { allBannerFacts, type BannerVendor } from "../../lib/banner/banner-facts";
import { siteForHost } from "../../lib/banner/sites";
import type { Locale } from "../../lib/i18n/text";
import { Banner } from "./Banner";

afterEach(cleanup);

function show(host: string, locale: Locale) {
	const match = siteForHost<BannerVendor>(host, allBannerFacts());
	if (!match) throw new Error(`no site for ${host}`);
	const handlers = { onCheck: vi.fn(), onHideSite: vi.fn(), onHideCompany: vi.fn() };
	render(<Banner vendor={match.vendor} site={match.site} locale={locale} {...handlers} />);
	return handlers;
}

const region = () => screen.getByRole("region");

describe("the first line", () => {
	test.each([
		["www.telecomsquare.co.jp", "ja", "テレコムスクエアは2013年9月20日、クレジットカード情報の流出を公表しました。"],
		[
			"www.telecomsquare.co.jp",
			"en",
			"Telecom Square disclosed a breach of customers' card data on 20 September 2013.",
		],
		["www.globaldata.jp", "ja", "エクスコムグローバルは2013年5月27日、クレジットカード情報の流出を公表しました。"],
		["www.xcomglobal.co.jp", "en", "XCom Global disclosed a breach of customers' card data on 27 May 2013."],
	] as const)("%s in %s", (host, locale, headline) => {
		show(host, locale);
		expect(screen.getByText(headline)).toBeTruthy();
		expect(region().getAttribute("aria-label")).toBe(
			locale === "ja" ? "カード情報流出のお知らせ" : "Card-data breach notice",
		);
		expect(region().getAttribute("lang")).toBe(locale);
	});

	test("a brand site says what its sources establish, and that the 2013 notice named other sites", () => {
		show("www.imotonowifi.jp", "ja");
		expect(
			screen.getByText(
				"保存されたこのサイトの利用規約(日付不明)は、エクスコムグローバル株式会社を事業者としています。",
			),
		).toBeTruthy();
		expect(
			screen.getByText(/2013年の告知が対象として挙げたのは当時のサイト\(www.globalcellular.jp \/ www.globaldata.jp\)/),
		).toBeTruthy();
	});

	test("a 2013 site is described as of 2013, never as run by the company today", () => {
		show("www.globaldata.jp", "en");
		expect(screen.getByText(/^In 2013 this was XCom Global's GLOBALDATA site/)).toBeTruthy();
		expect(screen.getByText(/Who runs it today is not established\./)).toBeTruthy();
		expect(
			screen.getByText("One blog says the イモトのWiFi site was on this domain in 2013 too (secondary source)."),
		).toBeTruthy();
		expect(region().textContent).not.toMatch(/operates/);
	});

	test("WiFiBOX shares the notice's domain but was not the site it named", () => {
		show("wifibox.telecomsquare.co.jp", "en");
		expect(screen.getByText(/^WiFiBOX is a current Telecom Square brand/)).toBeTruthy();
		expect(
			screen.getByText(/named the company's sites of that time \(www.telecomsquare.co.jp\), not this one/),
		).toBeTruthy();
	});

	test("JAPAN Wi-Fi (japan-wifi.jp) is XCom Global's, as a site not named in 2013", () => {
		show("www.japan-wifi.jp", "ja");
		expect(screen.getByText(/XCOM GLOBAL株式会社を挙げています/)).toBeTruthy();
		expect(screen.getByText(/2013年の告知が対象として挙げたのは当時のサイト/)).toBeTruthy();
	});

	test("Wi-Ho! is not blamed as a 2013 site", () => {
		show("shop.wi-ho.net", "en");
		expect(screen.getByText("The site of Wi-Ho!, which Telecom Square runs today (per its terms).")).toBeTruthy();
		expect(
			screen.getByText(/named the company's sites of that time \(www.telecomsquare.co.jp\), not this one/),
		).toBeTruthy();
	});

	test("a site's own note: the brand's 2013 status, or where the notice was published", () => {
		show("shop.wi-ho.net", "en");
		expect(screen.getByText("Whether the Wi-Ho! brand was in use in 2013 is not established (C12).")).toBeTruthy();
		cleanup();
		show("www.xcomglobal.co.jp", "ja");
		expect(screen.getByText("2013年、エクスコムグローバルはこのサイト(/info/)で告知を公表しました。")).toBeTruthy();
	});

	test("a site the notice named gets no such caveat", () => {
		show("www.globaldata.jp", "en");
		expect(screen.queryByText(/not this one/)).toBeNull();
	});
});

describe("details on demand", () => {
	test("open with the button, close with Esc, focus back on the button", () => {
		show("www.telecomsquare.co.jp", "en");
		const details = screen.getByRole("button", { name: "Details" });
		expect(details.getAttribute("aria-expanded")).toBe("false");
		fireEvent.click(details);
		expect(details.getAttribute("aria-expanded")).toBe("true");
		const text = region().textContent ?? "";
		expect(text).toMatch(/Taken from Server Web-B: 5 February 2013/);
		expect(text).toMatch(/Card security codes were not held by the company/);
		expect(text).toMatch(/up to 97,438 records/);
		expect(text).toMatch(/Misuse reported: 270 cards/);
		expect(text).toMatch(/MIC issued written administrative guidance/);
		expect(text).toMatch(/https:\/\/telecomsquare.co.jp\/info20130920cs011.html/);
		fireEvent.keyDown(screen.getByRole("button", { name: "Hide details" }), { key: "Escape" });
		expect(details.getAttribute("aria-expanded")).toBe("false");
		expect(document.activeElement === details || document.activeElement?.textContent === "Details").toBe(true);
	});

	test("XCom: security codes leaked, and the disputed misuse count says so", () => {
		show("www.globalcellular.jp", "ja");
		fireEvent.click(screen.getByRole("button", { name: "詳しく" }));
		const text = region().textContent ?? "";
		expect(text).toMatch(/セキュリティコードも流出しました。/);
		expect(text).toMatch(/109,112件/);
		expect(text).toMatch(/不正利用の報告:少なくとも172件 \(資料により異なる\)/);
		// MIC's 19–23 April is the period of unauthorized access, not days the data was taken (C16).
		expect(text).toMatch(/への不正アクセス\(総務省による期間\):2013年4月19日/);
		expect(text).toMatch(/データが持ち出された日は公表されていません/);
		expect(text).not.toMatch(/から流出:2013年4月19日/);
	});
});

test("the buttons ask for what they say", () => {
	const handlers = show("www.wi-ho.net", "en");
	fireEvent.click(screen.getByRole("button", { name: "Check whether I was affected" }));
	fireEvent.click(screen.getByRole("button", { name: "Hide on this site" }));
	fireEvent.click(screen.getByRole("button", { name: "Hide for this company" }));
	expect(handlers.onCheck).toHaveBeenCalledOnce();
	expect(handlers.onHideSite).toHaveBeenCalledOnce();
	expect(handlers.onHideCompany).toHaveBeenCalledOnce();
});
