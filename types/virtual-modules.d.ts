declare module "virtual:banner-facts" {
	/** Built by wxt.config.ts from lib/incidents: what the banner shows closed, for every vendor. */
	export const bannerFacts: import("../lib/banner/banner-view").ContentScriptFacts;
}
