import { CheckerApp } from "../../components/checker/CheckerApp";
import type { FirstPaint } from "../../components/checker/first-paint";
import { engineReady, takeOver } from "../../components/checker/takeover";

/** The popup's app, once it can take the first screen over (./main.ts). */
export const ready = engineReady.then(
	() => (first: FirstPaint) => takeOver(first, <CheckerApp variant="popup" stored={first.stored} />),
);
