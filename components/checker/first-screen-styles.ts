// Every style sheet of the popup and the full checker, linked by the pages themselves (each page's
// start script imports this), so the first paint has them all: a sheet that came with the app,
// after that paint, would move what was painted. e2e/package.e2e.ts holds the build to it.
import "./checker.css";
import "../shared/language-choice.css";
