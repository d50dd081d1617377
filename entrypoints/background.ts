import { detailsStyle } from "virtual:banner-facts";
import { type Browser, browser } from "wxt/browser";
import { defineBackground } from "wxt/utils/define-background";
import { hiddenBanners } from "../components/storage/storage";
import { allBannerFacts } from "../lib/banner/banner-facts";
import { bannerDetailsMarkup } from "../lib/banner/banner-view";
import {
	type BannerDetails,
	type BannerMessage,
	checkerFragment,
	popupFragment,
	readBannerMessage,
} from "../lib/banner/protocol";
import { TOOLBAR } from "../lib/banner/toolbar";
import type { VendorId } from "../lib/incidents/rental";

export default defineBackground(() => {
	// Only the banner talks to the background: to open the checker, keep a "hide" choice in the
	// versioned storage item, write the details panel for the page's site, or say how the banner is
	// on its tab, for the toolbar button. Anything else is ignored.
	browser.runtime.onMessage.addListener((raw, sender) => {
		const message = readBannerMessage(raw);
		if (!message || sender.id !== browser.runtime.id) return undefined;
		switch (message.type) {
			case "hide-banners":
				return hiddenBanners.setValue(message.hidden).then(() => true);
			case "banner-details": {
				const vendor = allBannerFacts().find((candidate) => candidate.id === message.vendor);
				const details: BannerDetails | "" = vendor
					? { markup: bannerDetailsMarkup(vendor, message.site, message.locale), css: detailsStyle }
					: "";
				return Promise.resolve(details);
			}
			case "banner-state":
				return showOnToolbar(sender.tab?.id, message);
			case "open-checker":
				return openChecker(sender.tab, message.vendor).then(() => true);
		}
	});
});

/**
 * The checker tabs opened from each vendor tab, by vendor: asking again brings the same tab to the
 * front instead of opening another, so even a burst of clicks (the banner acts only on a person's)
 * opens one tab. Kept in memory only; chained, so two requests at once cannot both open one.
 */
const checkerTabs = new Map<string, Promise<number | undefined>>();

function openChecker(tab: Browser.tabs.Tab | undefined, vendor: VendorId): Promise<number | undefined> {
	const key = `${tab?.id}:${vendor}`;
	const previous = tab?.id === undefined ? undefined : checkerTabs.get(key);
	const next = (async () => {
		const open = await previous;
		if (open !== undefined && (await browser.tabs.update(open, { active: true }).then(Boolean, () => false)))
			return open;
		return (await createBeside(browser.runtime.getURL("/checker.html") + checkerFragment(vendor), tab)).id;
	})();
	if (tab?.id !== undefined)
		checkerTabs.set(
			key,
			next.catch(() => undefined),
		);
	return next;
}

/**
 * A new tab beside the page, linked to it. Firefox for Android has no `openerTabId` (MDN compat
 * data; e2e/compat.e2e.ts): where a browser refuses the placement, the tab still opens, with the
 * address alone.
 */
async function createBeside(url: string, tab: Browser.tabs.Tab | undefined): Promise<Browser.tabs.Tab> {
	try {
		return await browser.tabs.create({
			url,
			...(tab?.index !== undefined && { index: tab.index + 1 }),
			...(tab?.id !== undefined && { openerTabId: tab.id }),
		});
	} catch {
		return await browser.tabs.create({ url });
	}
}

/**
 * How the banner is on a vendor's tab, on that tab's toolbar button (lib/banner/toolbar.ts): a mark
 * no page can draw, its tooltip, and a popup that starts the check with the site's company. The
 * browser clears all of it when the tab goes to another page; the content script says it again on
 * every page, a page restored from the back/forward cache included. It needs no permission.
 * Firefox's MV2 build names the button browserAction.
 */
async function showOnToolbar(
	tabId: number | undefined,
	{ state, vendor, site }: Extract<BannerMessage, { type: "banner-state" }>,
): Promise<boolean> {
	const known = allBannerFacts().some(
		(candidate) => candidate.id === vendor && candidate.sites.some((entry) => entry.domain === site),
	);
	if (tabId === undefined || !known) return false;
	const action = browser.action ?? (browser as unknown as { browserAction: typeof browser.action }).browserAction;
	const { text, color, title } = TOOLBAR[state];
	await Promise.all([
		action.setBadgeText({ tabId, text }),
		action.setBadgeBackgroundColor({ tabId, color }),
		action.setTitle({ tabId, title: browser.i18n.getMessage(title) }),
		action.setPopup({ tabId, popup: `/popup.html${popupFragment(vendor, site)}` }),
	]);
	return true;
}
