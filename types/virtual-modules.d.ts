declare module "virtual:banner-facts" {
	/** Built by wxt.config.ts from lib/incidents: the banner's facts for every vendor. */
	export const bannerFacts: import("../lib/banner/banner-facts").BannerVendor[];
}
