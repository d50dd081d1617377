import { fill } from "./banner-messages";
import type { Locale, Text } from "./text";

/**
 * "What happened", before any answer (issue 23): two or three plain sentences per breach — when
 * it was announced, whose rentals, what leaked — written from the facts file's words. The dates,
 * the sites, the data kinds and the figures are filled in from the incident data
 * (lib/checker/what-happened.ts), never typed here. Telecom Square's list is what its notice calls
 * 「流出した可能性のある情報」 and its count a maximum; XCom Global's are confirmed. Only the build
 * reads these: the pages carry the finished sentences (virtual:what-happened).
 */
export const whatHappenedMessages = {
	"telecom-square-2013.announced": {
		ja: "{date}に公表：サーバへの不正アクセスで、お客様情報が流出しました。",
		en: "Announced on {date}: customer data leaked through unauthorized access to its servers.",
	},
	"telecom-square-2013.who": {
		ja: "対象は、{corporate}に法人様の専用サイトを利用した方と、公式報告書の表現では、{web}に {sites} から申し込んだ方、またはこの期間に返却し、返却時に空港カウンターで精算しなかった方です（発表当日に引用された表現はこれより狭く、告知は空港カウンターで申し込み、空港カウンターで精算した方を対象外としています）。",
		en: "Whose rentals: those who used a corporate client's dedicated site from {corporate}; and, in the official report's wording, those who ordered on {sites} from {web}, or returned the router in that period without settling at an airport counter when returning (the wording quoted on the announcement day is narrower, and the notice excludes those who applied and settled at an airport counter).",
	},
	"telecom-square-2013.leaked": {
		ja: "流出した可能性のある情報（告知の表現）：{common}（法人様の専用サイトでは、さらに{extra}）。{records}。",
		en: "What may have leaked, in the notice's words: {common} (on corporate clients' sites also {extra}); {records}.",
	},
	"xcom-global-2013.announced": {
		ja: "{date}に公表：{servers}への不正アクセスで、カード情報と住所が流出しました。",
		en: "Announced on {date}: card data and addresses leaked through unauthorized access to {servers}.",
	},
	"xcom-global-2013.who": {
		ja: "対象は、{period}にサービスを利用した方です（報道と会社からのメールでは「申し込んだ」方）。",
		en: "Whose rentals: those who used the service from {period} (the press and the company's email say “applied”).",
	},
	"xcom-global-2013.leaked": {
		ja: "流出した情報：{kinds}。流出が確認されたのは{records}です。",
		en: "What leaked: {kinds}; {records} confirmed.",
	},
	span: { ja: "{from}〜{to}", en: "{from} to {to}" },
	and: { ja: "{a}・{b}", en: "{a} and {b}" },
} as const satisfies Record<string, Text>;

export type WhatHappenedMessageKey = keyof typeof whatHappenedMessages;

export function whatHappenedMessage(
	locale: Locale,
	key: WhatHappenedMessageKey,
	values?: Readonly<Record<string, string | number>>,
): string {
	return fill(whatHappenedMessages[key][locale], values);
}
