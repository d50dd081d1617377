import { render } from "preact";
import { CheckerApp } from "../../components/checker/CheckerApp";
import "../../components/checker/checker.css";

render(<CheckerApp variant="popup" />, document.getElementById("app") as HTMLElement);
