import "../../components/checker/first-screen-styles";
// The draft preview's file picker is on the full checker's first screen: its sheet is linked with the others.
import "../../components/criteria/draft-entry.css";
import { paintFirst } from "../../components/checker/first-paint";
import { openedFromPopup } from "../../components/storage/session-role";
import { vendorFromFragment } from "../../lib/banner/protocol";

// The page's only script before its first paint (components/checker/first-paint.ts); the app follows.
paintFirst({
	session: openedFromPopup(location.hash) ? "from-popup" : undefined,
	// The banner's link chose the company: the first screen without one is not this page's start.
	startsAnswered: vendorFromFragment(location.hash) !== undefined,
	load: () => import("./app").then((app) => app.ready),
});
