import { browser } from "wxt/browser";
import { defineBackground } from "wxt/utils/define-background";
import { hiddenBanners } from "../components/storage/storage";
import { checkerFragment, readBannerMessage } from "../lib/banner/protocol";

export default defineBackground(() => {
	// Only the banner talks to the background: to open the checker, or to keep a "hide" choice
	// in the versioned storage item. Anything else is ignored.
	browser.runtime.onMessage.addListener((raw, sender) => {
		const message = readBannerMessage(raw);
		if (!message || sender.id !== browser.runtime.id) return undefined;
		if (message.type === "hide-banners") return hiddenBanners.setValue(message.hidden).then(() => true);
		const url = browser.runtime.getURL("/checker.html") + checkerFragment(message.vendor);
		const tab = sender.tab;
		return browser.tabs
			.create({
				url,
				...(tab?.index !== undefined && { index: tab.index + 1 }),
				...(tab?.id !== undefined && { openerTabId: tab.id }),
			})
			.then(() => true);
	});
});
