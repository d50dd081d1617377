import { useEffect, useState } from "preact/hooks";
import type { WxtStorageItem } from "wxt/utils/storage";
import { type Locale, resolveLocale } from "../lib/i18n/text";
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

/** The locale to show: the person's choice in the extension, else the browser's languages. */
export function useResolvedLocale(): Locale | undefined {
	const preference = useStoredValue(localePreference);
	return preference === undefined ? undefined : resolveLocale(preference, navigator.languages);
}
