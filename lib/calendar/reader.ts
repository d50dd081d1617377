import type { Parsed } from "./remembered";

/**
 * The grammar that reads dates in this page. It is not part of the popup's start (remembered.ts,
 * about 1 KB gzip, would take the popup's start script past its budget): the date question loads it
 * after the first render, as the checker loads its engine, and hands it over here. Until then a
 * date is `pending`: neither read nor wrong. This is the one piece of state in lib/calendar.
 */
let grammar: ((text: string) => Parsed) | undefined;
let missed = false;

/** Hands over the grammar; true if a date was asked for before it came, so the form is read again. */
export function installGrammar(parse: (text: string) => Parsed): boolean {
	grammar = parse;
	const wasMissed = missed;
	missed = false;
	return wasMissed;
}

/** A typed date, read by the grammar the page has loaded. */
export function readDate(text: string): Parsed {
	if (grammar) return grammar(text);
	missed = true;
	return { ok: false, problem: "pending" };
}
