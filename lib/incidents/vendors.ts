import type { VendorId } from "./rental";
import type { Vendor } from "./types";

// Sources are cited by id (resolved with `vendorSources` in ./index): the checker's first render
// needs the vendors' names, not the source registry.

/**
 * The companies and the sites the banner covers: only domains whose owner the facts file
 * establishes ("Vendors and domains"). Each site covers its subdomains; a site inside another
 * speaks for its own hosts. Each site says what the sources establish, in the tense they allow.
 * Left out on purpose: wi-ho.co.th (a separate Thai company, 株式会社テレコムスクエア(タイ), that
 * the 2013 notices do not concern), and japan-wifi.net (Japan Wi-Fi K&M LLC, a different company
 * from XCom Global's japan-wifi.jp: a banner must never show there).
 */
export const vendors: readonly Vendor[] = [
	{
		id: "telecom-square",
		name: { ja: "テレコムスクエア", en: "Telecom Square" },
		legalName: { ja: "株式会社テレコムスクエア", en: "Telecom Square, Inc." },
		knownAs: {
			ja: "テレコムスクエア（Wi-Ho! の利用規約に事業者として記載）",
			en: "Telecom Square (テレコムスクエア; the company Wi-Ho!'s terms name)",
		},
		incidents: ["telecom-square-2013"],
		sites: [
			{
				domain: "telecomsquare.co.jp",
				brand: { ja: "テレコムスクエア", en: "Telecom Square" },
				namedIn2013: true,
				status: {
					ja: "2013年の告知が対象として挙げたサイトは、このドメインの www.telecomsquare.co.jp です。",
					en: "The site the 2013 notice named was www.telecomsquare.co.jp, on this domain.",
				},
				sources: ["cs011", "notes-en"],
			},
			{
				domain: "telecomsquare.net",
				brand: { ja: "テレコムスクエア（英語）", en: "Telecom Square (English)" },
				namedIn2013: false,
				status: {
					ja: "このサイトの英語版プライバシーポリシー（保存された写し、日付不明）には「Telecom Square」の表題があります。",
					en: "This site's English privacy policy (stored copy, date unknown) is titled “Telecom Square”.",
				},
				sources: ["net-privacy"],
			},
			{
				domain: "wi-ho.net",
				brand: { ja: "Wi-Ho!", en: "Wi-Ho!" },
				namedIn2013: false,
				status: {
					ja: "保存されたこのサイトの利用規約（日付不明）は、株式会社テレコムスクエアを事業者としています。",
					en: "A stored copy of this site's terms (date unknown) names Telecom Square, Inc. as the company.",
				},
				note: {
					ja: "Wi-Ho! というブランドが2013年に使われていたかは確認できていません。",
					en: "Whether the Wi-Ho! brand was in use in 2013 is not established.",
				},
				sources: ["wi-ho-terms", "wi-ho-faq"],
			},
			{
				domain: "wifibox.telecomsquare.co.jp",
				brand: { ja: "WiFiBOX", en: "WiFiBOX" },
				namedIn2013: false,
				status: {
					ja: "WiFiBOX は、テレコムスクエアのドメインのこのサブドメインで案内されているサービスです（保存された利用ポリシー、日付不明）。",
					en: "WiFiBOX is the service offered on this subdomain of Telecom Square's domain (stored use policy, date unknown).",
				},
				sources: ["wifibox-policy", "cs011"],
			},
		],
		sources: ["cs011", "notes-en", "wifibox-policy", "net-privacy", "wi-ho-terms", "wi-ho-faq"],
	},
	{
		id: "xcom-global",
		name: { ja: "エクスコムグローバル", en: "XCom Global" },
		legalName: { ja: "エクスコムグローバル株式会社", en: "XCom Global, Inc." },
		knownAs: {
			ja: "イモトのWiFi / GLOBALDATA（グローバルデータ）/ Global Cellular / エクスコムグローバル",
			en: "イモトのWiFi (Imoto no WiFi) / GLOBALDATA / Global Cellular / XCom Global",
		},
		incidents: ["xcom-global-2013"],
		sites: [
			{
				domain: "globalcellular.jp",
				brand: { ja: "Global Cellular", en: "Global Cellular" },
				namedIn2013: true,
				status: {
					ja: "このサイトは2013年当時、エクスコムグローバルの Global Cellular（海外用携帯電話のレンタル）のサイトでした。同年の告知は、このサイトのウェブサーバを対象として挙げていました。現在の運営者は確認できていません。",
					en: "In 2013 this was XCom Global's Global Cellular site (overseas phone rental), and that year's notice named its web server. Who runs it today is not established.",
				},
				sources: ["shimajiro-0527", "nseikei"],
			},
			{
				domain: "globaldata.jp",
				brand: { ja: "GLOBALDATA（イモトのWiFi）", en: "GLOBALDATA (イモトのWiFi)" },
				namedIn2013: true,
				status: {
					ja: "このサイトは2013年当時、エクスコムグローバルの GLOBALDATA（海外用Wi-Fiルーターのレンタル）のサイトでした。同年の告知は、このサイトのウェブサーバを対象として挙げていました。現在の運営者は確認できていません。",
					en: "In 2013 this was XCom Global's GLOBALDATA site (overseas Wi-Fi router rental), and that year's notice named its web server. Who runs it today is not established.",
				},
				note: {
					ja: "2013年当時、イモトのWiFi のサイトもこのドメインにあったと、ブログ1件が伝えています（二次情報）。",
					en: "One blog says the イモトのWiFi site was on this domain in 2013 too (secondary source).",
				},
				sources: ["shimajiro-0527", "nseikei", "bucchinews"],
			},
			{
				domain: "imotonowifi.jp",
				brand: { ja: "イモトのWiFi", en: "イモトのWiFi (Imoto no WiFi)" },
				namedIn2013: false,
				status: {
					ja: "保存されたこのサイトの利用規約（日付不明）は、エクスコムグローバル株式会社を事業者としています。",
					en: "A stored copy of this site's terms (date unknown) names XCom Global, Inc. as the company.",
				},
				sources: ["imoto-terms", "imoto-terms-en"],
			},
			{
				domain: "japan-wifi.jp",
				brand: { ja: "JAPAN Wi-Fi", en: "JAPAN Wi-Fi" },
				namedIn2013: false,
				status: {
					ja: "保存されたこのサイトの利用規約（中国語版、日付不明）は、訪日客向けレンタル JAPAN Wi-Fi の提供者として XCOM GLOBAL株式会社を挙げています。",
					en: "A stored copy of this site's terms (Chinese version, date unknown) names XCOM GLOBAL as the provider of JAPAN Wi-Fi, a rental for visitors to Japan.",
				},
				note: {
					ja: "保存されたページには、2022年12月5日に新規申込の受付を終了したとあります（ページの日付は不明）。",
					en: "A stored page says new applications closed on 5 December 2022 (the page's own date is unknown).",
				},
				sources: ["japan-wifi-terms", "japan-wifi-privacy"],
			},
			{
				domain: "xcomglobal.co.jp",
				brand: { ja: "エクスコムグローバル", en: "XCom Global" },
				namedIn2013: false,
				status: {
					ja: "2013年、エクスコムグローバルはこのサイト（/info/）で告知を公表しました。",
					en: "In 2013 XCom Global published its notice on this site (/info/).",
				},
				sources: ["security-page", "bubuan", "itmedia-0527"],
			},
		],
		sources: [
			"shimajiro-0527",
			"nseikei",
			"bucchinews",
			"imoto-terms",
			"imoto-terms-en",
			"japan-wifi-terms",
			"japan-wifi-privacy",
			"security-page",
			"bubuan",
			"itmedia-0527",
		],
	},
];

export function vendorById(id: VendorId): Vendor {
	const found = vendors.find((vendor) => vendor.id === id);
	if (!found) throw new Error(`No vendor ${id}`);
	return found;
}
