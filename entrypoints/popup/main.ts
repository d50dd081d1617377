import "../../components/checker/first-screen-styles";
import { paintFirst } from "../../components/checker/first-paint";
import { vendorFromFragment } from "../../lib/banner/protocol";

// The page's only script before its first paint (components/checker/first-paint.ts); the app follows.
paintFirst({
	session: "popup",
	// On a vendor's tab (`#vendor=…&site=…`) the popup names the site and starts with its company:
	// the first screen without them is not this popup's start.
	startsAnswered: vendorFromFragment(location.hash) !== undefined,
	load: () => import("./app").then((app) => app.ready),
});
