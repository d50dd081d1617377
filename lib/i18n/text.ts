/** The product speaks Japanese first and English equally; every shown text has both. */
export const LOCALES = ["ja", "en"] as const;
export type Locale = (typeof LOCALES)[number];

/** A text the interface shows, in every locale. */
export type Text = Readonly<Record<Locale, string>>;

/** What the person chose inside the extension; `auto` follows the browser. */
export type LocalePreference = "auto" | Locale;
export const LOCALE_PREFERENCES: readonly LocalePreference[] = ["auto", "ja", "en"];

/**
 * The locale to show: the person's choice, else the first browser language we speak, else
 * Japanese (the notices are Japanese).
 * @example resolveLocale('auto', ['en-US', 'ja']) // 'en'
 */
export function resolveLocale(preference: LocalePreference, browserLanguages: readonly string[]): Locale {
	if (preference !== "auto") return preference;
	for (const tag of browserLanguages) {
		const base = tag.toLowerCase().split("-")[0];
		const match = LOCALES.find((locale) => locale === base);
		if (match) return match;
	}
	return "ja";
}

export function isLocalePreference(value: unknown): value is LocalePreference {
	return typeof value === "string" && (LOCALE_PREFERENCES as readonly string[]).includes(value);
}
