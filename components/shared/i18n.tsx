import { createContext } from "preact";
import { useContext } from "preact/hooks";
import { type MessageKey, message } from "../../lib/i18n/messages";
import type { Locale, Text } from "../../lib/i18n/text";

export const LocaleContext = createContext<Locale>("ja");

export function useLocale(): Locale {
	return useContext(LocaleContext);
}

/** `t('key', values)` for interface messages, `t.text(data)` for texts that come with the data. */
export function useT() {
	const locale = useLocale();
	const t = (key: MessageKey, values?: Readonly<Record<string, string | number>>) => message(locale, key, values);
	t.text = (text: Text) => text[locale];
	t.locale = locale;
	return t;
}
