import { privacyPage as page } from "../../lib/i18n/privacy-page";
import { isLocalePreference, type Locale, resolveLocale, type Text } from "../../lib/i18n/text";
import { mirroredPreference } from "../storage/locale-mirror";
import { STORAGE_KEYS } from "../storage/storage-keys";

/**
 * The privacy page, written with plain DOM calls from the texts in lib/i18n/privacy-page.ts. It
 * shares no module with the popup but the locale helpers: Preact, the storage library and the
 * interface's messages would otherwise move into a chunk both pages load, and the popup's start
 * would grow by the split (measured 1.1 KB gzip).
 */

/** What the page uses of the extension API: the language choice, read raw as the banner reads it. */
export interface PrivacyPageApi {
	storage: {
		local: { get(keys: string[]): Promise<Record<string, unknown>> };
		onChanged: {
			addListener(listener: (changes: Record<string, { newValue?: unknown }>, area: string) => void): void;
		};
	};
}

type Child = Node | string | null | undefined;

function h(tag: string, attributes: Record<string, string> | null, ...children: Child[]): HTMLElement {
	const element = document.createElement(tag);
	for (const [name, value] of Object.entries(attributes ?? {})) element.setAttribute(name, value);
	for (const child of children) if (child !== null && child !== undefined) element.append(child);
	return element;
}

/** A text with `code` between backticks, as the texts write keys, commands and policies. */
function rich(tag: string, text: string, attributes: Record<string, string> | null = null): HTMLElement {
	return h(tag, attributes, ...text.split("`").map((part, index) => (index % 2 === 1 ? h("code", null, part) : part)));
}

function section(id: string, heading: string, ...children: Child[]): HTMLElement {
	return h("section", { "aria-labelledby": id }, h("h2", { id }, heading), ...children);
}

/** The whole page in one language; the experts' details stay open if they were. */
export function writePrivacyPage(root: HTMLElement, locale: Locale): void {
	const t = (text: Text) => text[locale];
	const paragraphs = (texts: readonly Text[]) => texts.map((text) => rich("p", t(text)));
	const expertsOpen = root.querySelector("details")?.open ?? false;
	document.documentElement.lang = locale;
	document.title = t(page.documentTitle);

	const kept = h(
		"ol",
		{ class: "kept" },
		...page.kept.map((item) =>
			h(
				"li",
				null,
				h("h3", null, t(item.name)),
				rich("p", t(item.what)),
				h(
					"dl",
					null,
					h("dt", null, t(page.keptLabels.area)),
					rich("dd", t(page.areas[item.area])),
					h("dt", null, t(page.keptLabels.when)),
					rich("dd", t(item.when)),
					h("dt", null, t(page.keptLabels.removal)),
					rich("dd", t(item.removal)),
				),
			),
		),
	);
	const details = h(
		"details",
		null,
		h("summary", null, t(page.expertsSummary)),
		h(
			"dl",
			{ class: "experts" },
			h(
				"div",
				{ class: "storage-names" },
				h("dt", null, t(page.storageNames.title)),
				h(
					"dd",
					null,
					h(
						"ul",
						null,
						...page.kept.map((item) =>
							h(
								"li",
								null,
								`${t(item.name)}${locale === "ja" ? "：" : ": "}`,
								h("code", null, `${item.area} ${item.key}`),
							),
						),
					),
					...paragraphs(page.storageNames.notes),
				),
			),
			...page.experts.map((point) => h("div", null, h("dt", null, t(point.title)), rich("dd", t(point.text)))),
		),
	);
	(details as HTMLDetailsElement).open = expertsOpen;

	root.replaceChildren(
		h(
			"header",
			null,
			h("p", { class: "app-name" }, t(page.appName)),
			h("h1", null, t(page.heading)),
			h("p", { class: "summary" }, t(page.summary)),
		),
		h(
			"main",
			null,
			section("kept", t(page.keptHeading), rich("p", t(page.keptIntro)), kept, ...paragraphs(page.keptNotes)),
			section(
				"never",
				t(page.neverHeading),
				h("ul", null, ...page.never.map((text) => rich("li", t(text)))),
				...paragraphs(page.neverNotes),
			),
			section("banner", t(page.bannerHeading), ...paragraphs(page.banner)),
			section("tested", t(page.testedHeading), ...paragraphs(page.tested)),
			section("experts", t(page.expertsHeading), details),
		),
	);
}

/**
 * Shows the page in the extension's language: the pages' copy at once, then the stored choice,
 * which wins, and again whenever the person changes it in the popup or the settings.
 */
export async function showPrivacyPage(root: HTMLElement, api: PrivacyPageApi): Promise<void> {
	const localeOf = (preference: unknown) =>
		resolveLocale(isLocalePreference(preference) ? preference : "auto", navigator.languages);
	let locale = localeOf(mirroredPreference());
	writePrivacyPage(root, locale);
	const show = (preference: unknown) => {
		const next = localeOf(preference);
		if (next === locale) return;
		locale = next;
		writePrivacyPage(root, locale);
	};
	api.storage.onChanged.addListener((changes, area) => {
		const change = changes[STORAGE_KEYS.localePreference];
		if (area === "local" && change) show(change.newValue);
	});
	try {
		show((await api.storage.local.get([STORAGE_KEYS.localePreference]))[STORAGE_KEYS.localePreference]);
	} catch {
		// Storage unreadable: the page stays in the language it has.
	}
}
