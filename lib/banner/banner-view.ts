import {
	type BannerMessageKey,
	bannerMessage,
	capitalized,
	dataKindLabel,
	figureText,
	labelled,
	list,
	qualify,
} from "../i18n/banner-messages";
import { LOCALES, type Locale, type Text } from "../i18n/text";
import type { BannerIncident, BannerVendor } from "./banner-facts";
import { dataStamp } from "./hidden-banners";
import { fragment, html, type Markup } from "./html";

/**
 * What the content script carries, written out at build time: per vendor its domains, the stamp
 * a "hide" is kept with, and the closed banner as markup in both languages; the few words the
 * page needs before the details arrive. The details (the site's own lines and the incidents'
 * facts) are not carried: the background writes them when a person opens the panel.
 */
export interface ContentScriptFacts {
	ui: Record<(typeof UI_KEYS)[number], Text>;
	vendors: {
		id: BannerVendor["id"];
		/** `id@dataVersion` of each incident: what a "hide" is stamped with. */
		stamp: string;
		sites: { domain: string }[];
		/** The closed banner, as markup (`closedBannerMarkup`). */
		closed: Text;
	}[];
}

/** The toggle's two labels, and what the panel says when the background cannot be reached. */
const UI_KEYS = ["bannerShowDetails", "bannerHideDetails", "bannerDetailsFailed"] as const;

function inBoth(write: (locale: Locale) => string): Text {
	return Object.fromEntries(LOCALES.map((locale) => [locale, write(locale)])) as Text;
}

const app = (locale: Locale) => ({ app: bannerMessage(locale, "appName") });

/** The headline of each incident, in one short paragraph. */
export function headlineOf(vendor: BannerVendor, locale: Locale): string {
	return vendor.incidents
		.map((incident) =>
			bannerMessage(locale, "bannerHeadline", {
				company: vendor.name[locale],
				announced: incident.announcedText.headline[locale],
			}),
		)
		.join(" ");
}

type SiteFacts = Pick<BannerVendor["sites"][number], "domain" | "namedIn2013" | "status" | "note">;

/**
 * A site's own lines: what the sources establish about it, whether 2013 named it, its note. The
 * banner's details and the popup opened on the site's tab (components/shared/TabSite.tsx) say the same.
 */
export function siteLines(vendor: { sites: readonly SiteFacts[] }, site: SiteFacts): Text[] {
	const named = vendor.sites.filter((candidate) => candidate.namedIn2013).map((candidate) => `www.${candidate.domain}`);
	const key = named.length > 1 ? "bannerNotNamedSeveral" : "bannerNotNamed";
	return [
		site.status,
		...(site.namedIn2013 ? [] : [inBoth((locale) => bannerMessage(locale, key, { sites: named.join(" / ") }))]),
		...(site.note ? [site.note] : []),
	];
}

/**
 * The closed banner: the "from the extension" line, the headline, the main action, the details
 * toggle and the × that folds it (for this page view) into the tab after it; the panel stays
 * empty until it is opened. Buttons name what they do in `data-action`, so the content script
 * listens once for all of them.
 */
export function closedBannerMarkup(vendor: BannerVendor, locale: Locale): string {
	const t = (key: BannerMessageKey) => bannerMessage(locale, key, app(locale));
	return fragment(
		html(
			"section",
			{ class: "banner", "aria-label": t("bannerRegion"), lang: locale },
			html(
				"div",
				{ class: "bar" },
				html("span", { class: "icon", "aria-hidden": "true" }, "!"),
				html(
					"div",
					{ class: "text" },
					html("p", { class: "from" }, t("bannerFrom")),
					html("p", { class: "headline" }, headlineOf(vendor, locale)),
				),
				html(
					"div",
					{ class: "actions" },
					html("button", { type: "button", class: "primary", "data-action": "check" }, t("bannerCheck")),
					html(
						"button",
						{ type: "button", "data-action": "details", "aria-expanded": "false", "aria-controls": "details" },
						t("bannerShowDetails"),
					),
					html("button", { type: "button", class: "fold", "data-action": "fold", "aria-label": t("bannerFold") }, "×"),
				),
			),
			html("div", { id: "details", class: "details", hidden: true }),
		),
		html(
			"button",
			{
				type: "button",
				class: "unfold",
				"data-action": "unfold",
				"aria-label": t("bannerUnfold"),
				lang: locale,
				hidden: true,
			},
			"!",
		),
	).html;
}

/**
 * The details panel for one site of a vendor, written by the background when it is opened: the
 * site's own lines, the incidents' facts, the "hide" choices and the privacy line. A domain that
 * is not the vendor's gets no site lines.
 */
export function bannerDetailsMarkup(vendor: BannerVendor, domain: string, locale: Locale): string {
	const t = (key: BannerMessageKey) => bannerMessage(locale, key, app(locale));
	const site = vendor.sites.find((candidate) => candidate.domain === domain);
	return fragment(
		...(site ? siteLines(vendor, site) : []).map((line) => html("p", { class: "site-line" }, line[locale])),
		html("div", { class: "facts" }, sectionsMarkup(bannerDetails(vendor, locale))),
		html(
			"div",
			{ class: "actions" },
			html("button", { type: "button", "data-action": "hide-site" }, t("bannerHideSite")),
			html("button", { type: "button", "data-action": "hide-company" }, t("bannerHideCompany")),
		),
		html("p", { class: "private" }, t("bannerPrivate")),
		// What a "hide" leaves for a few seconds: what was hidden, and the way back.
		html(
			"div",
			{ class: "undo", hidden: true },
			html("p", {
				id: "undone",
				role: "status",
				"data-site": t("bannerHiddenSite"),
				"data-company": t("bannerHiddenCompany"),
			}),
			html("button", { type: "button", "data-action": "undo", "aria-describedby": "undone" }, t("bannerUndo")),
		),
	).html;
}

/** Sections as headings and lists; links open in a new tab. */
function sectionsMarkup(sections: readonly DetailSection[]): Markup {
	return fragment(
		...sections.flatMap((section) => [
			html(section.level === 2 ? "h2" : "h3", {}, section.heading),
			section.lines.length > 0 &&
				html(
					"ul",
					{},
					...section.lines.map((line) =>
						html(
							"li",
							{},
							typeof line === "string"
								? line
								: html("a", { href: line.href, target: "_blank", rel: "noopener noreferrer" }, line.text),
						),
					),
				),
		]),
	);
}

export function contentScriptFacts(vendors: readonly BannerVendor[]): ContentScriptFacts {
	return {
		ui: Object.fromEntries(
			UI_KEYS.map((key) => [key, inBoth((locale) => bannerMessage(locale, key))]),
		) as ContentScriptFacts["ui"],
		vendors: vendors.map((vendor) => ({
			id: vendor.id,
			stamp: dataStamp(vendor),
			sites: vendor.sites.map((site) => ({ domain: site.domain })),
			closed: inBoth((locale) => closedBannerMarkup(vendor, locale)),
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
		certainty === "confirmed" ? text : qualify(locale, text, t(`certainty.${certainty}` as BannerMessageKey));
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
				...incident.accessPeriods.map((access) =>
					t("bannerMicAccess", { when: access.onText[locale], text: access.text[locale] }),
				),
				t("bannerAnnounced", { when: incident.announcedText.full[locale] }),
			],
		},
		{
			// The notice's own words: Telecom Square's list is what "may have leaked" (audit G2).
			heading: t(
				incident.paths.some((path) => path.leakedPhrase === "may-have-leaked") ? "bannerWhatMayHave" : "bannerWhat",
			),
			level,
			lines: [
				...incident.paths.map((path) =>
					labelled(
						locale,
						capitalized(path.name[locale]),
						list(
							locale,
							path.leaked.map((kind) => dataKindLabel(locale, kind)),
						),
					),
				),
				incident.securityCode === "leaked" ? t("securityCodeLeaked") : t("securityCodeNotHeld"),
			],
		},
		{
			heading: t("bannerCount"),
			level,
			lines: [
				...withNote(locale, capitalized(figureText(locale, incident.records.value)), incident.records.note),
				...(incident.misuse
					? withNote(
							locale,
							qualified(
								t("misuseReported", { figure: figureText(locale, incident.misuse.value) }),
								incident.misuse.certainty,
							),
							incident.misuse.note,
						)
					: []),
			],
		},
		{
			heading: t("bannerActions"),
			level,
			lines: incident.actions.map((action) =>
				qualified(
					action.onText ? labelled(locale, action.onText[locale], action.text[locale]) : action.text[locale],
					action.certainty,
				),
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

/**
 * A figure, then what it means on a line of its own: a figure's line keeps one label and one colon
 * (「不正利用の報告：270枚」, audit G15), and a long note reads as its own sentences.
 */
function withNote(locale: Locale, figure: string, note: Text | undefined): string[] {
	return note ? [figure, note[locale]] : [figure];
}

/** The banner's details panel for a vendor: each incident's title and facts. */
export function bannerDetails(vendor: BannerVendor, locale: Locale): DetailSection[] {
	return vendor.incidents.flatMap((incident) => [
		{ heading: incident.title[locale], level: 2 as const, lines: [] },
		...incidentDetails(incident, locale),
	]);
}
