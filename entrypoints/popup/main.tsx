import { render } from "preact";
import { CheckerApp } from "../../components/checker/CheckerApp";
import { siteFromFragment, vendorFromFragment } from "../../lib/banner/protocol";
import "../../components/checker/checker.css";

// On a vendor's tab the toolbar button opens `popup.html#vendor=…&site=…` (set by the background
// from the banner's report): the popup names the site and starts the check with its company.
render(
	<CheckerApp variant="popup" vendor={vendorFromFragment(location.hash)} site={siteFromFragment(location.hash)} />,
	document.getElementById("app") as HTMLElement,
);
