declare module "virtual:banner-facts" {
	/** Built by wxt.config.ts from lib/incidents: what the banner shows closed, for every vendor. */
	export const bannerFacts: import("../lib/banner/banner-view").ContentScriptFacts;
	/** The closed banner's style sheet, minified (the content script's). */
	export const closedStyle: string;
	/** The details panel's style sheet, minified (the background sends it with the panel). */
	export const detailsStyle: string;
}

declare module "virtual:what-happened" {
	/** Built by wxt.config.ts from lib/incidents: per breach, what happened, in both languages. */
	export const whatHappened: Record<
		import("../lib/i18n/text").Locale,
		import("../lib/checker/what-happened").WhatHappened[]
	>;
}
