import { fill } from "./banner-messages";
import type { Locale, Text } from "./text";

/**
 * What the popup says about the tab it was opened on, where that tab shows a vendor's site (issue
 * "the vendor's page, round two"): a page can draw a look-alike banner, but not this. The site's
 * own line comes from the data (what the sources establish about it, in the tense they allow).
 */
export const tabSiteMessages = {
	tabSite: { ja: "このタブのサイト：{site}", en: "The site in this tab: {site}" },
	tabSiteCheck: {
		ja: "下の質問で、{company}の流出の対象だったかを確かめられます。",
		en: "The questions below check whether your rental was in {company}'s breach.",
	},
} as const satisfies Record<string, Text>;

export function tabSiteMessage(
	locale: Locale,
	key: keyof typeof tabSiteMessages,
	values: Readonly<Record<string, string>>,
): string {
	return fill(tabSiteMessages[key][locale], values);
}
