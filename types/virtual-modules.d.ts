declare module "virtual:banner-facts" {
	/** Built by wxt.config.ts from lib/incidents: what the banner shows closed, for every vendor. */
	export const bannerFacts: import("../lib/banner/banner-view").ContentScriptFacts;
	/** The banner's style sheets, minified: the closed banner's, and the details panel's. */
	export const bannerStyles: { closed: string; details: string };
}

declare module "virtual:what-happened" {
	/** Built by wxt.config.ts from lib/incidents: per breach, what happened, in both languages. */
	export const whatHappened: Record<
		import("../lib/i18n/text").Locale,
		import("../lib/checker/what-happened").WhatHappened[]
	>;
}
