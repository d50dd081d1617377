import { useEffect, useState } from "preact/hooks";
import type { WxtStorageItem } from "wxt/utils/storage";
import { isLocalePreference, type Locale, type LocalePreference, resolveLocale } from "../../lib/i18n/text";
import { mirroredPreference, mirrorPreference } from "./locale-mirror";
import { localePreference } from "./storage";

/**
 * A storage item's value, kept current across every open page of the extension. What is stored
 * comes from disk and may be anything (an older or newer version, a hand edit): `read` checks it
 * where it is read, and a value it refuses counts as the fallback, with a console warning only.
 */
export function useStoredValue<T>(
	item: WxtStorageItem<T, Record<string, unknown>>,
	read: (raw: unknown) => T | undefined,
): T | undefined {
	const [value, setValue] = useState<T | undefined>(undefined);
	useEffect(() => {
		let live = true;
		const accept = (raw: unknown) => {
			const checked = read(raw);
			if (checked === undefined && raw !== null && raw !== undefined)
				console.warn(`Ignoring an unreadable stored value for ${item.key}`);
			if (live) setValue(checked ?? item.fallback);
		};
		item.getValue().then(accept, () => accept(undefined));
		const unwatch = item.watch((next) => accept(next));
		return () => {
			live = false;
			unwatch();
		};
	}, [item]);
	return value;
}

/**
 * The person's language choice and the locale it resolves to, current everywhere: the pages'
 * synchronous copy until storage's value comes, which wins.
 */
export function useLocalePreference(): { preference: LocalePreference; locale: Locale } {
	const stored = useStoredValue(localePreference, (raw) => (isLocalePreference(raw) ? raw : undefined));
	const preference = stored ?? mirroredPreference();
	useEffect(() => {
		if (stored !== undefined) mirrorPreference(stored);
	}, [stored]);
	return { preference, locale: resolveLocale(preference, navigator.languages) };
}
