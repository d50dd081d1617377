import { type ComponentChild, hydrate, render } from "preact";
import { loadGrammar } from "./DateQuestion";
import { loadResults } from "./engine";
import type { FirstPaint } from "./first-paint";

/**
 * The engine and the date grammar: the app takes the first screen over only once they are here,
 * so from the first answer on the verdict is computed in the task of the answer itself, with
 * nothing left to load on that path (issue 24).
 */
export const engineReady = Promise.all([loadResults(), loadGrammar()]);

/**
 * The app takes the painted first screen over. As painted (no answers yet), it adopts the nodes as
 * they are: nothing moves, the focus stays, and what the person did meanwhile (a choice, a section
 * opened, a button pressed) reaches it through its own handlers. Where the first paint held the
 * questions back (kept answers, a company chosen by the address), it renders its start in their
 * place, with its verdict, and shows them.
 */
export function takeOver(first: FirstPaint, page: ComponentChild): void {
	if (first.asPainted) hydrate(page, first.app);
	else {
		render(page, first.app);
		delete first.app.dataset.start;
	}
	void first.replay();
}
