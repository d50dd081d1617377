import { isLocalePreference, type LocalePreference } from "../../lib/i18n/text";
import { LOCALE_MIRROR_KEY } from "./storage-keys";

/**
 * The extension pages' synchronous copy of the language choice (storage.local stays the truth):
 * what a page's first paint and first render read, before any storage reply. No Preact, no
 * storage library: the pages' start scripts read it too.
 */
export function mirroredPreference(): LocalePreference {
	try {
		const value = localStorage.getItem(LOCALE_MIRROR_KEY);
		return isLocalePreference(value) ? value : "auto";
	} catch {
		// Storage may be unavailable (private contexts): the page follows the browser.
		return "auto";
	}
}

/** Keeps the copy in step with the stored choice. */
export function mirrorPreference(preference: LocalePreference): void {
	try {
		localStorage.setItem(LOCALE_MIRROR_KEY, preference);
	} catch {
		// Storage may be unavailable (private contexts); the first render then follows the browser.
	}
}
