import { storage } from "wxt/utils/storage";
import { type HiddenBanners, NOTHING_HIDDEN } from "../../lib/banner/hidden-banners";
import { type CheckerForm, readStoredForm } from "../../lib/checker/checker-form";
import type { LocalePreference } from "../../lib/i18n/text";
import { STORAGE_KEYS } from "./storage-keys";

/**
 * Everything the extension keeps, all in storage.local on this device: nothing syncs, nothing is
 * sent. Each item is versioned so a later shape can migrate the old one.
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
