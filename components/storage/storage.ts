import { storage } from "wxt/utils/storage";
import { type HiddenBanners, NOTHING_HIDDEN } from "../../lib/banner/hidden-banners";
import { type CheckerForm, readStoredForm } from "../../lib/checker/checker-form";
import type { LocalePreference } from "../../lib/i18n/text";
import { SESSION_KEYS, STORAGE_KEYS } from "./storage-keys";

/**
 * Everything the extension keeps, on this device: three items in storage.local and one in
 * storage.session. Nothing syncs, nothing is sent. Each storage.local item is versioned so a later
 * shape can migrate the old one.
 */
export const localePreference = storage.defineItem<LocalePreference>(`local:${STORAGE_KEYS.localePreference}`, {
	fallback: "auto",
	version: 1,
});

export const hiddenBanners = storage.defineItem<HiddenBanners>(`local:${STORAGE_KEYS.hiddenBanners}`, {
	fallback: NOTHING_HIDDEN,
	version: 1,
	migrations: {},
});

/**
 * Only present when the person ticked "remember my answers on this device". Version 2 holds
 * several rentals and the email answers; version 1 held one rental's fields. Whatever is stored
 * is read through `readStoredForm`, so an old or corrupt value never breaks a page.
 */
export const rememberedAnswers = storage.defineItem<CheckerForm | null>(`local:${STORAGE_KEYS.rememberedAnswers}`, {
	fallback: null,
	version: 2,
	migrations: {
		2: (old: unknown) => readStoredForm(old) ?? null,
	},
});

/**
 * The popup's answers, for people who did not ask to remember them: storage.session keeps them in
 * memory while the browser runs (never on disk), so the popup still has them after it closes (it
 * closes whenever focus leaves it) and the full checker opened from the popup starts with them.
 * It lives at most until the browser closes, so it carries no version: whatever is there (an
 * older shape, garbage) is read through `readStoredForm`, like the remembered answers.
 */
export const popupAnswers = storage.defineItem<CheckerForm | null>(`session:${SESSION_KEYS.popupAnswers}`, {
	fallback: null,
});
