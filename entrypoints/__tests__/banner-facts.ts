import { allBannerFacts } from "../../lib/banner/banner-facts";

/** What `virtual:banner-facts` holds in a build, for tests that import the content script. */
export const bannerFacts = allBannerFacts();
