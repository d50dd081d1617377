import { bannerFacts, bannerStyles } from "virtual:banner-facts";
import { defineUnlistedScript } from "wxt/utils/define-unlisted-script";
import { adoptStyle, wireBanner, writeBanner } from "../../components/banner/banner-dom";
import { type Guard, guardBanner } from "../../components/banner/banner-guard";
import { listenFirst } from "../../components/banner/banner-input";
import { STORAGE_KEYS } from "../../components/storage/storage-keys";
import {
	type HiddenBanners,
	hideCompany,
	hideSite,
	isBannerHidden,
	NOTHING_HIDDEN,
	readHiddenBanners,
} from "../../lib/banner/hidden-banners";
import type { BannerMessage } from "../../lib/banner/protocol";
import { siteForHost } from "../../lib/banner/sites";
import { isLocalePreference, resolveLocale } from "../../lib/i18n/text";

/**
 * The banner's content script. It is an unlisted script that the manifest lists as a content
 * script at `document_start` (wxt.config.ts, with `matches` generated from the data), so the page
 * gets only this: no content-script runtime, no polyfill, no UI helper, no framework, and the
 * closed banner as markup written at build time (issue "banner at the floor"). It starts before
 * any page script, so its listener is heard first, and it shows the banner as soon as storage
 * answers, so a page that never finishes loading cannot keep it away (issue "a warning the vendor
 * cannot silence"). Chromium and Firefox both give content scripts a promise-based API.
 */
export const BANNER_TAG = "wifi-breach-banner";
/** Set on whichever host carries the banner, so tests and people can find it. */
export const BANNER_ATTRIBUTE = "data-wifi-breach-banner";
/** How long a "hide" leaves its Undo on screen. */
export const UNDO_MS = 10_000;

interface ExtensionApi {
	storage: { local: { get(keys: string[]): Promise<Record<string, unknown>> } };
	runtime: { sendMessage(message: BannerMessage): Promise<unknown> };
}

export default defineUnlistedScript(() => {
	void showBanner(
		(globalThis as unknown as { browser?: ExtensionApi }).browser ??
			(globalThis as unknown as { chrome: ExtensionApi }).chrome,
	);
});

/** The banner on screen, for its caller: a way to take it away, and its closed root (the page has no way to it). */
export interface ShownBanner {
	stop: () => void;
	root?: ShadowRoot;
}

/** Shows the banner where it belongs and keeps it there. */
export async function showBanner(api: ExtensionApi): Promise<ShownBanner> {
	performance.mark("wifi-breach-banner:start");
	const match = siteForHost(location.hostname, bannerFacts.vendors);
	if (!match) return { stop: () => {} };
	const { vendor, site } = match;
	// The one storage read, started at once. While it is on its way the banner is prepared and
	// wired, off the page, in the language the browser asks for; only a language chosen in the
	// extension rewrites it, so the reply is followed by little more than mounting.
	const reading = api.storage.local.get([STORAGE_KEYS.localePreference, STORAGE_KEYS.hiddenBanners]);
	const send = (message: BannerMessage) => api.runtime.sendMessage(message);
	const { host, shadow } = createHost();
	adoptStyle(shadow, bannerStyles.closed);
	const browserLocale = resolveLocale("auto", navigator.languages);
	let locale = browserLocale;
	let hidden = NOTHING_HIDDEN;
	let before = hidden;
	let guard: Guard | undefined;
	let leaving: ReturnType<typeof setTimeout> | undefined;
	const keep = (next: HiddenBanners) => {
		hidden = next;
		void send({ type: "hide-banners", hidden: next });
	};
	const stop = () => {
		clearTimeout(leaving);
		ears.stop();
		guard?.stop();
		host.remove();
	};
	writeBanner(shadow, vendor.closed[locale]);
	const view = wireBanner(shadow, {
		// A tab opens only for a person's click (user activation), never for a page script's.
		onCheck: () => {
			if ((navigator as { userActivation?: { isActive: boolean } }).userActivation?.isActive !== false)
				void send({ type: "open-checker", vendor: vendor.id });
		},
		// Kept at once; the Undo puts back what was there, until the banner leaves.
		onHide: (scope) => {
			before = hidden;
			keep(scope === "site" ? hideSite(hidden, vendor, site.domain) : hideCompany(hidden, vendor));
			clearTimeout(leaving);
			leaving = setTimeout(stop, UNDO_MS);
		},
		onUndo: () => {
			clearTimeout(leaving);
			keep(before);
		},
		loadDetails: () =>
			send({ type: "banner-details", vendor: vendor.id, site: site.domain, locale }).then((markup) => {
				if (typeof markup !== "string" || markup === "") throw new Error("no details");
				return markup;
			}),
		detailsCss: bannerStyles.details,
		labels: (key) => bannerFacts.ui[key][locale],
	});
	// Registered now, before any page script runs (see banner-input.ts).
	const ears = listenFirst(host, shadow, {
		// What a person changes (details, the fold, the Undo) is checked soon after, the page-end room with it.
		act: (action) => {
			view.act(action);
			guard?.soon();
		},
		// Its own popover opening is no news; anything else in the top layer may be.
		toggled: (event) => (event.target === host && (event as ToggleEvent).newState === "open") || guard?.soon(),
	});
	const stored = await reading;
	performance.mark("wifi-breach-banner:storage");
	hidden = readHiddenBanners(stored[STORAGE_KEYS.hiddenBanners]);
	if (isBannerHidden(hidden, vendor, site.domain)) {
		ears.stop();
		return { stop: () => {} };
	}
	const preference = stored[STORAGE_KEYS.localePreference];
	if (isLocalePreference(preference)) locale = resolveLocale(preference, navigator.languages);
	if (locale !== browserLocale) writeBanner(shadow, vendor.closed[locale]);
	guard = guardBanner(host, shadow, { ears, seen: view.seen, blocked: () => void send({ type: "banner-blocked" }) });
	performance.mark("wifi-breach-banner:mounted");
	return { stop, root: shadow };
}

/**
 * The banner's own element where the page has left the name free; where the page has defined
 * it first (its constructor can claim the shadow root), a plain `<div>`, which no page can
 * redefine. Either way the banner lives in a closed shadow root: the page's scripts cannot reach
 * into it and its CSS cannot style it.
 */
function createHost(): { host: HTMLElement; shadow: ShadowRoot } {
	const own = document.createElement(BANNER_TAG);
	try {
		return { host: withMark(own), shadow: own.attachShadow({ mode: "closed" }) };
	} catch {
		// The page's element took the shadow root: fall back below.
	}
	const fallback = document.createElement("div");
	return { host: withMark(fallback), shadow: fallback.attachShadow({ mode: "closed" }) };
}

function withMark(host: HTMLElement): HTMLElement {
	host.setAttribute(BANNER_ATTRIBUTE, "");
	return host;
}
