import { bannerFacts, bannerStyles } from "virtual:banner-facts";
import { defineUnlistedScript } from "wxt/utils/define-unlisted-script";
import { adoptStyle, wireBanner, writeBanner } from "../../components/banner/banner-dom";
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
 * script (wxt.config.ts, with `matches` generated from the data), so the page gets only this:
 * no content-script runtime, no polyfill, no UI helper, no framework, and the closed banner as
 * markup written at build time (issue "banner at the floor"). Chromium and Firefox both give
 * content scripts a promise-based API.
 */
export const BANNER_TAG = "wifi-breach-banner";
/** Set on whichever host carries the banner, so tests and people can find it. */
export const BANNER_ATTRIBUTE = "data-wifi-breach-banner";

interface ExtensionApi {
	storage: { local: { get(keys: string[]): Promise<Record<string, unknown>> } };
	runtime: { sendMessage(message: BannerMessage): Promise<unknown> };
}

/** A page that removes the banner this many times within the window gets the toolbar badge instead. */
const MAX_REMOUNTS = 3;
const REMOUNT_WINDOW_MS = 10_000;
const BACKOFF_MS = [0, 250, 1000];

export default defineUnlistedScript(() => {
	void showBanner(
		(globalThis as unknown as { browser?: ExtensionApi }).browser ??
			(globalThis as unknown as { chrome: ExtensionApi }).chrome,
	);
});

/** Shows the banner where it belongs; resolves to a function that stops keeping it mounted. */
export async function showBanner(api: ExtensionApi): Promise<() => void> {
	const nothing = () => {};
	performance.mark("wifi-breach-banner:start");
	const match = siteForHost(location.hostname, bannerFacts.vendors);
	if (!match) return nothing;
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
	let stopKeepingMounted = () => {};
	const hide = (next: HiddenBanners) => {
		stopKeepingMounted();
		host.remove();
		void send({ type: "hide-banners", hidden: next });
	};
	writeBanner(shadow, vendor.closed[locale]);
	wireBanner(shadow, {
		onCheck: () => void send({ type: "open-checker", vendor: vendor.id }),
		onHideSite: () => hide(hideSite(hidden, vendor, site.domain)),
		onHideCompany: () => hide(hideCompany(hidden, vendor)),
		loadDetails: () =>
			send({ type: "banner-details", vendor: vendor.id, site: site.domain, locale }).then((markup) => {
				if (typeof markup !== "string" || markup === "") throw new Error("no details");
				return markup;
			}),
		detailsCss: bannerStyles.details,
		labels: (key) => bannerFacts.ui[key][locale],
	});
	const stored = await reading;
	performance.mark("wifi-breach-banner:storage");
	hidden = readHiddenBanners(stored[STORAGE_KEYS.hiddenBanners]);
	if (isBannerHidden(hidden, vendor, site.domain)) return nothing;
	const preference = stored[STORAGE_KEYS.localePreference];
	if (isLocalePreference(preference)) locale = resolveLocale(preference, navigator.languages);
	if (locale !== browserLocale) writeBanner(shadow, vendor.closed[locale]);
	const mount = () => {
		document.documentElement.append(host);
		raiseToTopLayer(host);
	};
	mount();
	performance.mark("wifi-breach-banner:mounted");
	stopKeepingMounted = keepMounted(host, mount, () => void send({ type: "banner-blocked" }));
	return () => stopKeepingMounted();
}

/**
 * The banner's own element where the page has left the name free; where the page has defined
 * it first (its constructor can claim the shadow root), a plain `<div>`, which no page can
 * redefine. Either way the banner lives in an open shadow root the page's CSS cannot reach.
 */
function createHost(): { host: HTMLElement; shadow: ShadowRoot } {
	const own = document.createElement(BANNER_TAG);
	try {
		if (!own.shadowRoot) return { host: withMark(own), shadow: own.attachShadow({ mode: "open" }) };
	} catch {
		// The page's element took the shadow root: fall back below.
	}
	const fallback = document.createElement("div");
	return { host: withMark(fallback), shadow: fallback.attachShadow({ mode: "open" }) };
}

function withMark(host: HTMLElement): HTMLElement {
	host.setAttribute(BANNER_ATTRIBUTE, "");
	return host;
}

/**
 * The top layer sits above any z-index a page can set, so overlays cannot cover the banner.
 * Browsers without popovers keep the fixed position and maximum z-index from the CSS. A host that
 * is put back was taken off the page, which closed its popover: it is shown again.
 */
function raiseToTopLayer(host: HTMLElement) {
	if (typeof host.showPopover !== "function") return;
	host.setAttribute("popover", "manual");
	try {
		host.showPopover();
	} catch {
		// Already showing: nothing to do.
	}
}

/**
 * Pages that rewrite the document can remove the banner: put it back, a few times with backoff.
 * A page that keeps removing it (some frameworks clean up foreign nodes) would otherwise loop with
 * the banner forever: after MAX_REMOUNTS within the window, stop, and let the toolbar show the
 * warning. Only <html>'s children and the document's are watched, never the page's content.
 */
export function keepMounted(host: HTMLElement, mount: () => void, giveUp: () => void): () => void {
	let root = document.documentElement;
	const removals: number[] = [];
	let timer: ReturnType<typeof setTimeout> | undefined;
	const observer = new MutationObserver(() => {
		if (document.documentElement !== root) {
			root = document.documentElement;
			observer.observe(root, { childList: true });
		}
		if (host.isConnected || timer !== undefined) return;
		const now = performance.now();
		while (removals.length > 0 && now - (removals[0] as number) > REMOUNT_WINDOW_MS) removals.shift();
		if (removals.length >= MAX_REMOUNTS) {
			observer.disconnect();
			giveUp();
			return;
		}
		const delay = BACKOFF_MS[removals.length] ?? 1000;
		removals.push(now);
		timer = setTimeout(() => {
			timer = undefined;
			if (!host.isConnected) mount();
		}, delay);
	});
	observer.observe(document, { childList: true });
	observer.observe(root, { childList: true });
	return () => {
		observer.disconnect();
		if (timer !== undefined) clearTimeout(timer);
	};
}
