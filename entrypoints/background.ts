import { type Browser, browser } from "wxt/browser";
import { defineBackground } from "wxt/utils/define-background";
import { hiddenBanners } from "../components/storage/storage";
import { allBannerFacts } from "../lib/banner/banner-facts";
import { bannerDetailsMarkup } from "../lib/banner/banner-view";
import { checkerFragment, readBannerMessage } from "../lib/banner/protocol";
import type { VendorId } from "../lib/incidents/rental";

export default defineBackground(() => {
	// Only the banner talks to the background: to open the checker, keep a "hide" choice in the
	// versioned storage item, write the details panel for the page's site, or put the warning on the toolbar
	// where a page keeps removing the banner. Anything else is ignored.
	browser.runtime.onMessage.addListener((raw, sender) => {
		const message = readBannerMessage(raw);
		if (!message || sender.id !== browser.runtime.id) return undefined;
		switch (message.type) {
			case "hide-banners":
				return hiddenBanners.setValue(message.hidden).then(() => true);
			case "banner-details": {
				const vendor = allBannerFacts().find((candidate) => candidate.id === message.vendor);
				return Promise.resolve(vendor ? bannerDetailsMarkup(vendor, message.site, message.locale) : "");
			}
			case "banner-blocked":
				return showOnToolbar(sender.tab?.id);
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
 * The page keeps removing the banner: the warning moves to the toolbar button of that tab (its
 * badge and tooltip), which needs no permission. Firefox's MV2 build names it browserAction.
 */
async function showOnToolbar(tabId: number | undefined): Promise<boolean> {
	if (tabId === undefined) return false;
	const action = browser.action ?? (browser as unknown as { browserAction: typeof browser.action }).browserAction;
	await Promise.all([
		action.setBadgeText({ tabId, text: "!" }),
		action.setBadgeBackgroundColor({ tabId, color: "#8a5a00" }),
		action.setTitle({ tabId, title: browser.i18n.getMessage("badgeBlockedTitle") }),
	]);
	return true;
}
