import type { MessageKey } from "../../lib/i18n/messages";
import { type ResultMessageKey, say } from "../../lib/i18n/result-messages";
import { useT } from "../shared/i18n";

/** `t` for the components that load with the result: the questions' words and the result's. */
export function useResultT() {
	const base = useT();
	const t = (key: MessageKey | ResultMessageKey, values?: Readonly<Record<string, string | number>>) =>
		say(base.locale, key, values);
	t.text = base.text;
	t.locale = base.locale;
	return t;
}
