import { CheckerApp } from "../../components/checker/CheckerApp";
import { CheckerPageExtras } from "../../components/checker/CheckerPageExtras";
import type { FirstPaint } from "../../components/checker/first-paint";
import { engineReady, takeOver } from "../../components/checker/takeover";
import { openedFromPopup } from "../../components/storage/session-role";
import { vendorFromFragment } from "../../lib/banner/protocol";

/** The full checker's app, once it can take the first screen over (./main.ts). */
export const ready = engineReady.then(
	() => (first: FirstPaint) =>
		takeOver(
			first,
			<CheckerApp
				variant="page"
				vendor={vendorFromFragment(location.hash)}
				fromPopup={openedFromPopup(location.hash)}
				Extras={CheckerPageExtras}
				stored={first.stored}
			/>,
		),
);
