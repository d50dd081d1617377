import { useEffect, useState } from "preact/hooks";
import type { WxtStorageItem } from "wxt/utils/storage";
import { isLocalePreference, type Locale, type LocalePreference, resolveLocale } from "../../lib/i18n/text";
import { localePreference } from "./storage";

/** A storage item's value, kept current across every open page of the extension. */
export function useStoredValue<T>(item: WxtStorageItem<T, Record<string, unknown>>): T | undefined {
	const [value, setValue] = useState<T | undefined>(undefined);
	useEffect(() => {
		let live = true;
		item.getValue().then((stored) => {
			if (live) setValue(stored);
		});
		const unwatch = item.watch((next) => setValue(next));
		return () => {
			live = false;
			unwatch();
		};
	}, [item]);
	return value;
}

/**
 * The extension pages' synchronous copy of the language choice (storage.local stays the truth).
 * Reading it lets the first render use the right language without waiting on storage.
 */
const MIRROR_KEY = "localePreference";

function mirroredPreference(): LocalePreference {
	try {
		const value = localStorage.getItem(MIRROR_KEY);
		return isLocalePreference(value) ? value : "auto";
	} catch {
		return "auto";
	}
}

/** The person's language choice and the locale it resolves to, current everywhere. */
export function useLocalePreference(): { preference: LocalePreference; locale: Locale } {
	const stored = useStoredValue(localePreference);
	const preference = stored ?? mirroredPreference();
	useEffect(() => {
		if (stored === undefined) return;
		try {
			localStorage.setItem(MIRROR_KEY, stored);
		} catch {
			// Storage may be unavailable (private contexts); the first render then follows the browser.
		}
	}, [stored]);
	return { preference, locale: resolveLocale(preference, navigator.languages) };
}
