import { configure } from "@testing-library/preact";
import { installGrammar } from "./lib/calendar/reader";
import { parseRemembered } from "./lib/calendar/remembered";

// The pages load the date grammar after their first render (lib/calendar/reader.ts); tests read
// dates from the start, as a page does once it has loaded.
installGrammar(parseRemembered);

// A loaded 2-core CI machine can take longer than testing-library's 1 s default to settle.
configure({ asyncUtilTimeout: 5000 });
