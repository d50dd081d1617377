import { render } from "preact";
import { CheckerApp } from "../../components/CheckerApp";
import { vendorFromFragment } from "../../lib/protocol";
import "../../components/checker.css";

render(
	<CheckerApp variant="page" vendor={vendorFromFragment(location.hash)} />,
	document.getElementById("app") as HTMLElement,
);
