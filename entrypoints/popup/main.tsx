import { render } from "preact";
import { CheckerApp } from "../../components/CheckerApp";
import "../../components/checker.css";

render(<CheckerApp variant="popup" />, document.getElementById("app") as HTMLElement);
