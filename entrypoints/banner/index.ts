import { bannerFacts } from "virtual:banner-facts";
import { defineUnlistedScript } from "wxt/utils/define-unlisted-script";
import { adoptStyle, renderBanner } from "../../components/banner/banner-dom";
import { STORAGE_KEYS } from "../../components/storage/storage-keys";
import type { DetailSection } from "../../lib/banner/banner-view";
import { hideCompany, hideSite, isBannerHidden, readHiddenBanners } from "../../lib/banner/hidden-banners";
import type { BannerMessage } from "../../lib/banner/protocol";
import { siteForHost } from "../../lib/banner/sites";
import { isLocalePreference, resolveLocale } from "../../lib/i18n/text";
// ?raw, not ?inline: Vite's CSS plugin does not run in WXT's separate build of unlisted scripts.
import css from "./style.css?raw";

/**
 * The banner's content script. It is an unlisted script that the manifest lists as a content
 * script (wxt.config.ts, with `matches` generated from the data), so the page gets only this:
 * no content-script runtime, no polyfill, no UI helper, no framework (issue "banner at the
 * floor"). Chromium and Firefox both give content scripts a promise-based API.
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
	// The one storage read, started at once; the host is prepared while it is on its way.
	const reading = api.storage.local.get([STORAGE_KEYS.localePreference, STORAGE_KEYS.hiddenBanners]);
	const send = (message: BannerMessage) => api.runtime.sendMessage(message);
	const { host, shadow } = createHost();
	adoptStyle(shadow, css);
	const stored = await reading;
	performance.mark("wifi-breach-banner:storage");
	const hidden = readHiddenBanners(stored[STORAGE_KEYS.hiddenBanners]);
	if (isBannerHidden(hidden, vendor, site.domain)) return nothing;
	const preference = stored[STORAGE_KEYS.localePreference];
	const locale = resolveLocale(isLocalePreference(preference) ? preference : "auto", navigator.languages);
	let stopKeepingMounted = () => {};
	const hide = (next: typeof hidden) => {
		stopKeepingMounted();
		host.remove();
		void send({ type: "hide-banners", hidden: next });
	};
	renderBanner(shadow, {
		vendor,
		site,
		ui: bannerFacts.ui,
		locale,
		onCheck: () => void send({ type: "open-checker", vendor: vendor.id }),
		onHideSite: () => hide(hideSite(hidden, vendor, site.domain)),
		onHideCompany: () => hide(hideCompany(hidden, vendor)),
		loadDetails: () => send({ type: "banner-details", vendor: vendor.id, locale }) as Promise<DetailSection[]>,
	});
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
 * Browsers without popovers keep the fixed position and maximum z-index from the CSS.
 */
function raiseToTopLayer(host: HTMLElement) {
	if (typeof host.showPopover !== "function") return;
	host.setAttribute("popover", "manual");
	if (!host.matches(":popover-open")) host.showPopover();
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
