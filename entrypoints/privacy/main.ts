import { type PrivacyPageApi, showPrivacyPage } from "../../components/privacy/privacy-page-dom";
import "../../components/checker/checker.css";
import "../../components/privacy/privacy.css";

// The browser's own API (Chromium and Firefox both give extension pages a promise-based one):
// the page needs no polyfill for one storage read.
const api =
	(globalThis as unknown as { browser?: PrivacyPageApi }).browser ??
	(globalThis as unknown as { chrome: PrivacyPageApi }).chrome;
void showPrivacyPage(document.getElementById("app") as HTMLElement, api);
