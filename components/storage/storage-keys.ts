/**
 * The storage.local keys of the storage items in ./storage.ts. The banner reads them raw, in one
 * call, without the storage library: it runs on every vendor page and must stay small.
 */
export const STORAGE_KEYS = {
	localePreference: "localePreference",
	hiddenBanners: "hiddenBanners",
	rememberedAnswers: "rememberedAnswers",
} as const;

/**
 * The storage.session keys: held in memory, never written to disk, gone when the browser closes.
 * Only extension pages use them; the banner never reads them.
 */
export const SESSION_KEYS = {
	popupAnswers: "popupAnswers",
} as const;

/**
 * The extension pages' synchronous copy of the language choice, in their own localStorage
 * (storage.local stays the truth): read so a page's first render has the right language.
 */
export const LOCALE_MIRROR_KEY = "localePreference";
