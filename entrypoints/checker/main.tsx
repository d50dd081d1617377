import { render } from "preact";
import { CheckerApp, type ExtrasProps } from "../../components/checker/CheckerApp";
import { PageExtras } from "../../components/checker/PageExtras";
import { DraftPreviewEntry } from "../../components/criteria/DraftPreviewEntry";
import { openedFromPopup } from "../../components/storage/useRememberedForm";
import { vendorFromFragment } from "../../lib/banner/protocol";
import "../../components/checker/checker.css";

/** The full page's own sections, then the way to preview a draft criteria record (lib/criteria). */
function Extras(props: ExtrasProps) {
	return (
		<>
			<PageExtras {...props} />
			<DraftPreviewEntry />
		</>
	);
}

render(
	<CheckerApp
		variant="page"
		vendor={vendorFromFragment(location.hash)}
		fromPopup={openedFromPopup(location.hash)}
		Extras={Extras}
	/>,
	document.getElementById("app") as HTMLElement,
);
