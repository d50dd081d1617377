import { type BannerMessageKey, bannerMessage, dataKindLabel, figureText, list } from "../i18n/banner-messages";
import { LOCALES, type Locale, type Text } from "../i18n/text";
import type { BannerIncident, BannerVendor } from "./banner-facts";
import { dataStamp } from "./hidden-banners";

/**
 * What the content script carries, written out at build time in both languages: per vendor the
 * headline and each site's own lines, and the interface words. The details (the incidents' facts)
 * are not carried: the background gives them when a person opens the panel.
 */
export interface ContentScriptFacts {
	ui: Record<(typeof UI_KEYS)[number], Text>;
	vendors: {
		id: BannerVendor["id"];
		/** `id@dataVersion` of each incident: what a "hide" is stamped with. */
		stamp: string;
		headline: Text;
		sites: { domain: string; lines: Text[] }[];
	}[];
}

const UI_KEYS = [
	"bannerRegion",
	"bannerFrom",
	"bannerCheck",
	"bannerShowDetails",
	"bannerHideDetails",
	"bannerHideSite",
	"bannerHideCompany",
	"bannerPrivate",
] as const;

function inBoth(write: (locale: Locale) => string): Text {
	return Object.fromEntries(LOCALES.map((locale) => [locale, write(locale)])) as Text;
}

/** The "from the extension" line, the headline of each incident, in one short paragraph. */
function headlineOf(vendor: BannerVendor): Text {
	return inBoth((locale) =>
		vendor.incidents
			.map((incident) =>
				bannerMessage(locale, "bannerHeadline", {
					company: vendor.name[locale],
					announced: incident.announcedText.headline[locale],
				}),
			)
			.join(" "),
	);
}

/** A site's own lines: what the sources establish about it, whether 2013 named it, its note. */
function siteLines(vendor: BannerVendor, site: BannerVendor["sites"][number]): Text[] {
	const named = vendor.sites
		.filter((candidate) => candidate.namedIn2013)
		.map((candidate) => `www.${candidate.domain}`)
		.join(" / ");
	return [
		site.status,
		...(site.namedIn2013 ? [] : [inBoth((locale) => bannerMessage(locale, "bannerNotNamed", { sites: named }))]),
		...(site.note ? [site.note] : []),
	];
}

export function contentScriptFacts(vendors: readonly BannerVendor[]): ContentScriptFacts {
	return {
		ui: Object.fromEntries(
			UI_KEYS.map((key) => [
				key,
				inBoth((locale) => bannerMessage(locale, key, { app: bannerMessage(locale, "appName") })),
			]),
		) as ContentScriptFacts["ui"],
		vendors: vendors.map((vendor) => ({
			id: vendor.id,
			stamp: dataStamp(vendor),
			headline: headlineOf(vendor),
			sites: vendor.sites.map((site) => ({ domain: site.domain, lines: siteLines(vendor, site) })),
		})),
	};
}

/** One part of the details panel: a heading and its lines; a line may be a link. */
export interface DetailSection {
	heading: string;
	level: 2 | 3;
	lines: (string | { href: string; text: string })[];
}

/**
 * The facts of one breach, for a person who has just met it, in one language: when, what leaked,
 * how many, what the company and the regulator did, and the notice. The banner's details panel
 * and the full checker's "about" sections both show these sections.
 */
export function incidentDetails(incident: BannerIncident, locale: Locale, level: 2 | 3 = 3): DetailSection[] {
	const t = (key: BannerMessageKey, values?: Readonly<Record<string, string | number>>) =>
		bannerMessage(locale, key, values);
	const qualified = (text: string, certainty: string) =>
		certainty === "confirmed" ? text : `${text} (${t(`certainty.${certainty}` as BannerMessageKey)})`;
	return [
		{
			heading: t("bannerWhen"),
			level,
			lines: [
				...incident.paths.map((path) =>
					t(path.leakedOnMeaning === "data-taken" ? "bannerLeakedOn" : "bannerAccessedOn", {
						path: path.name[locale],
						when: path.leakedOnText[locale],
					}),
				),
				t("bannerAnnounced", { when: incident.announcedText.full[locale] }),
			],
		},
		{
			heading: t("bannerWhat"),
			level,
			lines: [
				...incident.paths.map(
					(path) =>
						`${path.name[locale]}${locale === "ja" ? ":" : ": "}${list(
							locale,
							path.leaked.map((kind) => dataKindLabel(locale, kind)),
						)}`,
				),
				incident.securityCode === "leaked" ? t("securityCodeLeaked") : t("securityCodeNotHeld"),
			],
		},
		{
			heading: t("bannerCount"),
			level,
			lines: [
				`${figureText(locale, incident.records.value)}${incident.records.note ? ` — ${incident.records.note[locale]}` : ""}`,
				...(incident.misuse
					? [
							`${qualified(t("misuseReported", { figure: figureText(locale, incident.misuse.value) }), incident.misuse.certainty)}${
								incident.misuse.note ? ` — ${incident.misuse.note[locale]}` : ""
							}`,
						]
					: []),
			],
		},
		{
			heading: t("bannerActions"),
			level,
			lines: incident.actions.map((action) =>
				qualified(`${action.onText ? `${action.onText[locale]}: ` : ""}${action.text[locale]}`, action.certainty),
			),
		},
		{
			heading: t("bannerNotice"),
			level,
			lines: [
				{ href: incident.notice.url, text: incident.notice.title },
				incident.notice.url,
				...(incident.notice.note ? [incident.notice.note[locale]] : []),
			],
		},
	];
}

/** The banner's details panel for a vendor: each incident's title and facts. */
export function bannerDetails(vendor: BannerVendor, locale: Locale): DetailSection[] {
	return vendor.incidents.flatMap((incident) => [
		{ heading: incident.title[locale], level: 2 as const, lines: [] },
		...incidentDetails(incident, locale),
	]);
}
