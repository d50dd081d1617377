import type { VendorId } from "../rental";
import type { Vendor } from "./types";

/**
 * The companies and the sites the banner covers: only domains whose owner the facts file
 * establishes ("Vendors and domains"). Each site covers its subdomains.
 * Left out on purpose: wi-ho.co.th (a separate Thai company, 株式会社テレコムスクエア(タイ), that
 * the 2013 notices do not concern) and japan-wifi.jp (owner not established).
 */
export const vendors: readonly Vendor[] = [
	{
		id: "telecom-square",
		name: { ja: "テレコムスクエア", en: "Telecom Square" },
		legalName: { ja: "株式会社テレコムスクエア", en: "Telecom Square, Inc." },
		knownAs: { ja: "Wi-Ho!(ワイホー)/ テレコムスクエア", en: "Wi-Ho! / Telecom Square (テレコムスクエア)" },
		incidents: ["telecom-square-2013"],
		sites: [
			{
				domain: "telecomsquare.co.jp",
				brand: { ja: "テレコムスクエア", en: "Telecom Square" },
				namedIn2013: true,
				note: {
					ja: "2013年の告知が名指ししたサイト(www.telecomsquare.co.jp)です。WiFiBOX(wifibox.telecomsquare.co.jp)もこのドメインです。",
					en: "The site the 2013 notice named (www.telecomsquare.co.jp). WiFiBOX (wifibox.telecomsquare.co.jp) is on this domain too.",
				},
				sources: ["cs011", "notes-en", "wifibox-policy"],
			},
			{
				domain: "telecomsquare.net",
				brand: { ja: "テレコムスクエア(英語)", en: "Telecom Square (English)" },
				namedIn2013: false,
				sources: ["net-privacy"],
			},
			{
				domain: "wi-ho.net",
				brand: { ja: "Wi-Ho!", en: "Wi-Ho!" },
				namedIn2013: false,
				note: {
					ja: "Wi-Ho! が2013年に使われていたかは確認できていません。2013年の告知が名指ししたのは www.telecomsquare.co.jp だけです。",
					en: "Whether Wi-Ho! was in use in 2013 is not established. The 2013 notices named only www.telecomsquare.co.jp.",
				},
				sources: ["wi-ho-terms", "wi-ho-faq"],
			},
		],
		sources: [
			{
				id: "cs011",
				url: "https://telecomsquare.co.jp/info20130920cs011.html",
				title: "不正アクセスによるお客様情報流出のお知らせとお詫び",
				publisher: "株式会社テレコムスクエア",
				date: "2013-09-20",
				kind: "official",
			},
			{
				id: "notes-en",
				url: "https://www.telecomsquare.co.jp/excgi_en/appli/notes.html",
				title: "Wi-Ho!biz notes (“The Company: Telecom Square, Inc.”)",
				publisher: "Telecom Square, Inc.",
				kind: "official",
			},
			{
				id: "wifibox-policy",
				url: "https://wifibox.telecomsquare.co.jp/en/pages/usepolicy",
				title: "WiFiBOX use policy",
				publisher: "Telecom Square, Inc.",
				kind: "official",
			},
			{
				id: "net-privacy",
				url: "https://www.telecomsquare.net/english/privacypolicy/",
				title: "Telecom Square privacy policy",
				publisher: "Telecom Square, Inc.",
				kind: "official",
			},
			{
				id: "wi-ho-terms",
				url: "https://www.wi-ho.net/en/usepolicy/",
				title: "wi-ho.net terms (“The Company: Telecom Square, Inc.”)",
				publisher: "Wi-Ho!",
				kind: "official",
			},
			{
				id: "wi-ho-faq",
				url: "https://www.wi-ho.net/en_b/faq/",
				title: "Wi-Ho! FAQ",
				publisher: "Wi-Ho!",
				kind: "official",
			},
		],
	},
	{
		id: "xcom-global",
		name: { ja: "エクスコムグローバル", en: "XCom Global" },
		legalName: { ja: "エクスコムグローバル株式会社", en: "XCom Global, Inc." },
		knownAs: {
			ja: "イモトのWiFi / GLOBALDATA(グローバルデータ)/ Global Cellular / エクスコムグローバル",
			en: "イモトのWiFi (Imoto no WiFi) / GLOBALDATA / Global Cellular / XCom Global",
		},
		incidents: ["xcom-global-2013"],
		sites: [
			{
				domain: "globalcellular.jp",
				brand: { ja: "Global Cellular", en: "Global Cellular" },
				namedIn2013: true,
				sources: ["shimajiro-0527", "nseikei"],
			},
			{
				domain: "globaldata.jp",
				brand: { ja: "GLOBALDATA(イモトのWiFi)", en: "GLOBALDATA (イモトのWiFi)" },
				namedIn2013: true,
				note: {
					ja: "2013年当時、イモトのWiFi のサイトもこのドメインにありました。",
					en: "In 2013 the イモトのWiFi site was on this domain too.",
				},
				sources: ["shimajiro-0527", "nseikei", "bucchinews"],
			},
			{
				domain: "imotonowifi.jp",
				brand: { ja: "イモトのWiFi", en: "イモトのWiFi (Imoto no WiFi)" },
				namedIn2013: false,
				note: {
					ja: "2013年の告知が名指ししたのは当時の www.globaldata.jp と www.globalcellular.jp で、このサイトではありません。",
					en: "The 2013 notice named the sites of that time, www.globaldata.jp and www.globalcellular.jp, not this one.",
				},
				sources: ["imoto-terms", "imoto-terms-en"],
			},
			{
				domain: "xcomglobal.co.jp",
				brand: { ja: "エクスコムグローバル", en: "XCom Global" },
				namedIn2013: false,
				note: {
					ja: "会社のサイトで、2013年の告知はここ(/info/)に掲載されました。",
					en: "The company site; the 2013 notice was published here (/info/).",
				},
				sources: ["security-page", "bubuan"],
			},
		],
		sources: [
			{
				id: "shimajiro-0527",
				url: "http://shimajiro-mobiler.net/2013/05/27/post16759",
				title:
					"『イモトのWiFi』のエクスコムグローバルでカード番号などが約11万件流出/被害対象だったのでカードを停止手続",
				publisher: "shimajiro@mobiler",
				date: "2013-05-27",
				kind: "blog",
			},
			{
				id: "nseikei",
				url: "http://n-seikei.jp/2013/05/109172.html",
				title: "n-seikei (quotes the notice)",
				publisher: "n-seikei",
				kind: "press",
			},
			{
				id: "bucchinews",
				url: "http://bucchinews.com/internet/3336.html",
				title: "bucchinews (「イモトの〜も同ドメイン」)",
				publisher: "bucchinews",
				kind: "blog",
			},
			{
				id: "imoto-terms",
				url: "https://imotonowifi.jp/usage/terms/?agent=4399",
				title: "イモトのWiFi 利用規約",
				publisher: "エクスコムグローバル株式会社",
				kind: "official",
			},
			{
				id: "imoto-terms-en",
				url: "https://www.imotonowifi.jp/usage/terms-en/?agent=PGD",
				title: "イモトのWiFi terms (English)",
				publisher: "XCom Global, Inc.",
				kind: "official",
			},
			{
				id: "security-page",
				url: "http://www.xcomglobal.co.jp/security/",
				title: "セキュリティ対策 [2016年7月1日改訂]",
				publisher: "エクスコムグローバル株式会社",
				date: "2016-07-01",
				kind: "official",
			},
			{
				id: "bubuan",
				url: "http://bubuan.blog29.fc2.com/blog-entry-68.html",
				title: "bubuan (email of 2013-05-27)",
				publisher: "bubuan",
				kind: "customer",
			},
		],
	},
];

export function vendorById(id: VendorId): Vendor {
	const found = vendors.find((vendor) => vendor.id === id);
	if (!found) throw new Error(`No vendor ${id}`);
	return found;
}
