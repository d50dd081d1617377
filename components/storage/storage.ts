import { storage } from "wxt/utils/storage";
import { type HiddenBanners, NOTHING_HIDDEN } from "../../lib/banner/hidden-banners";
import type { CheckerForm } from "../../lib/checker/checker-form";
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

/** Only present when the person ticked "remember my answers on this device". */
export const rememberedAnswers = storage.defineItem<CheckerForm | null>(`local:${STORAGE_KEYS.rememberedAnswers}`, {
	fallback: null,
	version: 1,
});
