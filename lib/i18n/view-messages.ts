import { fill } from "./banner-messages";
import type { Locale, Text } from "./text";

/**
 * The words of the answer's place (issue 23): the verdict bar that stays in view, its way to the
 * full result and to what to do now, the way back from a question, and the first screen's "what
 * happened". They sit in the popup's start bundle (≤ 30 KB gzip): short, and nothing else.
 */
export const viewMessages = {
	fullResult: { ja: "詳しい結果", en: "Full result" },
	todoJump: { ja: "今できること", en: "What to do now" },
	backToResult: { ja: "結果に戻る", en: "Back to result" },
	verdictChanged: { ja: "結果が変わりました", en: "The result changed" },
	allStepsDone: {
		ja: "すべての手順を終えました。",
		en: "You have done every step.",
	},
	whatHappened: { ja: "2013年に何があったか", en: "What happened in 2013" },
	checkYourRental: { ja: "自分のレンタルを確かめる", en: "Check your rental" },
	allFacts: { ja: "詳しい事実と出典", en: "All the facts, with sources" },
} as const satisfies Record<string, Text>;

export type ViewMessageKey = keyof typeof viewMessages;

export function viewMessage(
	locale: Locale,
	key: ViewMessageKey,
	values?: Readonly<Record<string, string | number>>,
): string {
	return fill(viewMessages[key][locale], values);
}
