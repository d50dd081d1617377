import { bannerFacts } from "virtual:banner-facts";
import { render } from "preact";
import { browser } from "wxt/browser";
import type { ContentScriptContext } from "wxt/utils/content-script-context";
import { createShadowRootUi } from "wxt/utils/content-script-ui/shadow-root";
import { defineContentScript } from "wxt/utils/define-content-script";
import { Banner } from "../../components/banner/Banner";
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
import { matchPatternsFor, siteForHost } from "../../lib/banner/sites";
import { isLocalePreference, type Locale, resolveLocale } from "../../lib/i18n/text";
import css from "./style.css?inline";

export const BANNER_TAG = "wifi-breach-banner";

export default defineContentScript({
	// Generated from the data: adding a domain to lib/incidents is the only step to cover a site.
	matches: matchPatternsFor(bannerFacts),
	// After the page's own load work: the banner never competes with the page for the main thread.
	runAt: "document_idle",
	// The CSS is bundled and put into the shadow root: nothing fetched, nothing web-accessible.
	cssInjectionMode: "manual",
	main: showBanner,
});

async function showBanner(ctx: ContentScriptContext) {
	performance.mark("wifi-breach-banner:start");
	const match = siteForHost(location.hostname, bannerFacts);
	if (!match) return;
	const { vendor, site } = match;
	// One storage read for everything the banner needs, started at once and awaited only when
	// the banner is about to render. Writes go through the background, which owns the versioned
	// storage items, so this script stays small.
	const reading = browser.storage.local.get([STORAGE_KEYS.localePreference, STORAGE_KEYS.hiddenBanners]);
	const send = (message: BannerMessage) => browser.runtime.sendMessage(message);
	// Both are set from that read before the first mount; the UI is prepared meanwhile.
	let hidden = NOTHING_HIDDEN;
	let locale: Locale = "ja";

	const ui = await createShadowRootUi(ctx, {
		name: BANNER_TAG,
		position: "inline",
		anchor: "html",
		append: "last",
		css,
		isolateEvents: true,
		onMount(container, _shadow, host) {
			const hide = (next: HiddenBanners) => {
				void send({ type: "hide-banners", hidden: next });
				stopKeepingMounted();
				ui.remove();
			};
			render(
				<Banner
					vendor={vendor}
					site={site}
					locale={locale}
					onCheck={() => send({ type: "open-checker", vendor: vendor.id })}
					onHideSite={() => hide(hideSite(hidden, vendor, site.domain))}
					onHideCompany={() => hide(hideCompany(hidden, vendor))}
				/>,
				container,
			);
			raiseToTopLayer(host);
			return container;
		},
		onRemove(container) {
			if (container) render(null, container);
		},
	});
	const stored = await reading;
	hidden = readHiddenBanners(stored[STORAGE_KEYS.hiddenBanners]);
	if (isBannerHidden(hidden, vendor, site.domain)) return;
	const preference = stored[STORAGE_KEYS.localePreference];
	locale = resolveLocale(isLocalePreference(preference) ? preference : "auto", navigator.languages);
	let stopKeepingMounted = () => {};
	ui.mount();
	performance.mark("wifi-breach-banner:mounted");
	stopKeepingMounted = keepMounted(ctx, ui.shadowHost, () => ui.mount());
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
 * Pages that rewrite the document can remove the banner: put it back, exactly once. The host is
 * a child of <html>, so only <html>'s children and the document's need watching, never the page.
 */
function keepMounted(ctx: ContentScriptContext, host: HTMLElement, mount: () => void): () => void {
	let root = document.documentElement;
	const observer = new MutationObserver(() => {
		if (document.documentElement !== root) {
			root = document.documentElement;
			observer.observe(root, { childList: true });
		}
		if (host.isConnected || ctx.isInvalid) return;
		for (const stray of document.querySelectorAll(BANNER_TAG)) stray.remove();
		mount();
	});
	observer.observe(document, { childList: true });
	observer.observe(root, { childList: true });
	ctx.onInvalidated(() => observer.disconnect());
	return () => observer.disconnect();
}
