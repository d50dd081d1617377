import type { VendorId } from "./rental";
import { SOURCES } from "./sources";
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
		knownAs: { ja: "Wi-Ho! / テレコムスクエア", en: "Wi-Ho! / Telecom Square (テレコムスクエア)" },
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
					ja: "Wi-Ho! というブランドが2013年に使われていたかは確認できていません。",
					en: "Whether the Wi-Ho! brand was in use in 2013 is not established.",
				},
				sources: ["wi-ho-terms", "wi-ho-faq"],
			},
		],
		sources: [
			SOURCES["cs011"],
			SOURCES["notes-en"],
			SOURCES["wifibox-policy"],
			SOURCES["net-privacy"],
			SOURCES["wi-ho-terms"],
			SOURCES["wi-ho-faq"],
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
				sources: ["imoto-terms", "imoto-terms-en"],
			},
			{
				domain: "xcomglobal.co.jp",
				brand: { ja: "エクスコムグローバル", en: "XCom Global" },
				namedIn2013: false,
				note: {
					ja: "会社のサイトです。2013年の告知はここ(/info/)に掲載されました。",
					en: "The company's own site; the 2013 notice was published here (/info/).",
				},
				sources: ["security-page", "bubuan"],
			},
		],
		sources: [
			SOURCES["shimajiro-0527"],
			SOURCES["nseikei"],
			SOURCES["bucchinews"],
			SOURCES["imoto-terms"],
			SOURCES["imoto-terms-en"],
			SOURCES["security-page"],
			SOURCES["bubuan"],
		],
	},
];

export function vendorById(id: VendorId): Vendor {
	const found = vendors.find((vendor) => vendor.id === id);
	if (!found) throw new Error(`No vendor ${id}`);
	return found;
}
