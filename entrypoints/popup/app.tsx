import { CheckerApp } from "../../components/checker/CheckerApp";
import type { FirstPaint } from "../../components/checker/first-paint";
import { engineReady, takeOver } from "../../components/checker/takeover";
import { siteFromFragment, vendorFromFragment } from "../../lib/banner/protocol";

/**
 * The popup's app, once it can take the first screen over (./main.ts). On a vendor's tab the
 * toolbar button opens `popup.html#vendor=…&site=…` (set by the background from the banner's
 * report): the popup names the site and starts the check with its company.
 */
export const ready = engineReady.then(
	() => (first: FirstPaint) =>
		takeOver(
			first,
			<CheckerApp
				variant="popup"
				vendor={vendorFromFragment(location.hash)}
				site={siteFromFragment(location.hash)}
				stored={first.stored}
			/>,
		),
);
