import { render } from "preact";
import { CheckerApp } from "../../components/CheckerApp";
import { PageExtras } from "../../components/PageExtras";
import { vendorFromFragment } from "../../lib/protocol";
import "../../components/checker.css";

render(
	<CheckerApp variant="page" vendor={vendorFromFragment(location.hash)} Extras={PageExtras} />,
	document.getElementById("app") as HTMLElement,
);
