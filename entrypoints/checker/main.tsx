import { render } from "preact";
import { CheckerApp } from "../../components/checker/CheckerApp";
import { PageExtras } from "../../components/checker/PageExtras";
import { openedFromPopup } from "../../components/storage/useRememberedForm";
import { vendorFromFragment } from "../../lib/banner/protocol";
import "../../components/checker/checker.css";

render(
	<CheckerApp
		variant="page"
		vendor={vendorFromFragment(location.hash)}
		fromPopup={openedFromPopup(location.hash)}
		Extras={PageExtras}
	/>,
	document.getElementById("app") as HTMLElement,
);
