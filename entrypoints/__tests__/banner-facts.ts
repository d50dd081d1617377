import { allBannerFacts } from "../../lib/banner/banner-facts";
import { contentScriptFacts } from "../../lib/banner/banner-view";

/** What `virtual:banner-facts` holds in a build, for tests that import the content script. */
export const bannerFacts = contentScriptFacts(allBannerFacts());
