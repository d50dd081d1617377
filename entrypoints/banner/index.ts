import { bannerFacts, closedStyle } from "virtual:banner-facts";
import type { UnlistedScriptDefinition } from "wxt";
import { adoptStyle, HTML_NS, wireBanner, writeBanner } from "../../components/banner/banner-dom";
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
import type { BannerDetails, BannerMessage } from "../../lib/banner/protocol";
import { siteForHost } from "../../lib/banner/sites";
import type { BannerState } from "../../lib/banner/toolbar";
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
/** Set on the banner's host, so tests and people can find it. */
export const BANNER_ATTRIBUTE = "data-wifi-breach-banner";
/** How long a "hide" leaves its Undo on screen. */
export const UNDO_MS = 10_000;

interface ExtensionApi {
	storage: { local: { get(keys: string[]): Promise<Record<string, unknown>> } };
	runtime: { sendMessage(message: BannerMessage): Promise<unknown> };
}

// What `defineUnlistedScript` returns, without the call (the page loads every byte).
export default {
	main: () =>
		void showBanner(
			(globalThis as unknown as { browser?: ExtensionApi }).browser ??
				(globalThis as unknown as { chrome: ExtensionApi }).chrome,
		),
} satisfies UnlistedScriptDefinition;

/** The banner on screen, for its caller: a way to take it away, and its closed root (the page has no way to it). */
export interface ShownBanner {
	stop: () => void;
	root?: ShadowRoot;
}

/**
 * The vendor host of the document: its origin's, which is also that of the shop's own documents
 * that have no host of their own (a `blob:` page, an about:blank window it writes: issue "the
 * vendor's page, round two").
 */
const documentHost = () => (self.origin || location.origin).replace(/^[a-z]+:\/\/|:\d+$/g, "");

/** Shows the banner where it belongs and keeps it there. */
export async function showBanner(api: ExtensionApi): Promise<ShownBanner> {
	const match = siteForHost(documentHost(), bannerFacts.vendors);
	if (!match) return { stop: () => {} };
	const { vendor, site } = match;
	const send = (message: BannerMessage) => api.runtime.sendMessage(message);
	/**
	 * How the banner is on this tab, for the toolbar button; said again when the page comes back
	 * from the back/forward cache, whose return clears it.
	 */
	let state: BannerState | undefined;
	const report = (next: BannerState) => {
		state = next;
		void send({ type: "banner-state", state, vendor: vendor.id, site: site.domain });
	};
	try {
		// The one storage read, started at once. While it is on its way the banner is prepared and
		// wired, off the page, in the language the browser asks for; only a language chosen in the
		// extension rewrites it, so the reply is followed by little more than mounting.
		const reading = api.storage.local.get([STORAGE_KEYS.localePreference, STORAGE_KEYS.hiddenBanners]);
		const { host, shadow } = createHost();
		adoptStyle(shadow, closedStyle);
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
				leaving = setTimeout(() => {
					stop();
					report("hidden");
				}, UNDO_MS);
			},
			onUndo: () => {
				clearTimeout(leaving);
				keep(before);
			},
			loadDetails: () =>
				send({ type: "banner-details", vendor: vendor.id, site: site.domain, locale }).then((details) => {
					if (!(details as BannerDetails | undefined)?.markup) throw new Error("no details");
					return details as BannerDetails;
				}),
			labels: (key) => bannerFacts.ui[key][locale],
		});
		// Registered now, before any page script runs (see banner-input.ts).
		const ears = listenFirst(host, shadow, {
			// Only a banner a person sees uncovered answers them (Escape only closes); what they change
			// (details, the fold, the Undo) is checked soon after, the page-end room with it.
			act: (action) => {
				if (action === "escape" || guard?.clear()) view.act(action);
				guard?.soon();
			},
			news: (event) => {
				if (event.type === "toggle") guard?.toggled(event);
				else if ((event as PageTransitionEvent).persisted && state) report(state);
			},
		});
		const stored = await reading;
		performance.mark("wifi-breach-banner:storage");
		hidden = readHiddenBanners(stored[STORAGE_KEYS.hiddenBanners]);
		if (isBannerHidden(hidden, vendor, site.domain)) {
			ears.stop();
			report("hidden");
			return { stop: () => {} };
		}
		const preference = stored[STORAGE_KEYS.localePreference];
		if (isLocalePreference(preference)) locale = resolveLocale(preference, navigator.languages);
		if (locale !== browserLocale) writeBanner(shadow, vendor.closed[locale]);
		// Said first: the guard may find at once that the toolbar must warn instead.
		report("shown");
		guard = guardBanner(host, shadow, {
			ears,
			seen: view.seen,
			surfaces: view.surfaces,
			blocked: () => report("blocked"),
		});
		performance.mark("wifi-breach-banner:mounted");
		return { stop, root: shadow };
	} catch {
		// A document the banner cannot be made in: the toolbar warns instead.
		report("blocked");
		return { stop: () => {} };
	}
}

/**
 * A plain `<div>` in a closed shadow root: no page can define or upgrade it (a custom element's
 * name can be defined after the host is made, and the upgrade's ElementInternals would take it out
 * of the accessibility tree without touching an attribute), no page script can reach into the
 * root, and no page CSS can style it. Made in the HTML namespace, as in an XML or SVG document
 * `createElement` makes elements that cannot hold a shadow root.
 */
function createHost(): { host: HTMLElement; shadow: ShadowRoot } {
	const host = document.createElementNS(HTML_NS, "div") as HTMLElement;
	host.setAttribute(BANNER_ATTRIBUTE, "");
	return { host, shadow: host.attachShadow({ mode: "closed" }) };
}
