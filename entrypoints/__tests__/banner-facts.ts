import { allBannerFacts } from "../../lib/banner/banner-facts";
import { contentScriptFacts } from "../../lib/banner/banner-view";
import details from "../banner/details.css?raw";
import closed from "../banner/style.css?raw";

/** What `virtual:banner-facts` holds in a build (the sheets unminified), for tests that import the content script or the background. */
export const bannerFacts = contentScriptFacts(allBannerFacts());
export const closedStyle = closed;
export const detailsStyle = details;
