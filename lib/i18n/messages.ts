import { bannerMessages, fill } from "./banner-messages";
import type { Locale, Text } from "./text";

/**
 * Every interface string, in Japanese and English side by side: one place, typed, and a missing
 * translation does not compile. `{name}` marks a value filled in by `fill`.
 */
export const messages = {
	...bannerMessages,
	appTagline: {
		ja: "2013年のテレコムスクエア・エクスコムグローバルのカード情報流出の対象だったかを、このブラウザの中だけで確かめます。",
		en: "Check, inside this browser only, whether your rental was in the 2013 Telecom Square or XCom Global card-data breaches.",
	},
	privacyShort: { ja: "入力した内容はこのブラウザの外に出ません。", en: "Nothing you type leaves this browser." },
	privacyLink: {
		ja: "プライバシー：保存するものと、その確認方法",
		en: "Privacy: what is kept, and how that is tested",
	},
	opensInNewTab: { ja: "（新しいタブで開きます）", en: "(opens in a new tab)" },
	popupAnswersKept: {
		ja: "回答はブラウザを閉じるまでメモリ上にだけ置かれ（ディスクには保存しません）、大きな画面にも引き継がれます。",
		en: "Your answers stay in the browser's memory until it closes (never on disk), and go with you to the full checker.",
	},

	questionsHeading: { ja: "覚えていることを教えてください", en: "Tell us what you remember" },
	qVendor: { ja: "どの会社でレンタルしましたか？", en: "Which company did you rent from?" },
	qOrderedVia: { ja: "どうやって申し込みましたか？", en: "How did you order?" },
	qOrderedOn: { ja: "いつ申し込みましたか？", en: "When did you order?" },
	qReturnedVia: { ja: "どうやって返却しましたか？", en: "How did you return it?" },
	qReturnedOn: { ja: "いつ返却しましたか？", en: "When did you return it?" },
	qPaidVia: { ja: "どこで精算（支払い）しましたか？", en: "Where did you settle (pay for) the rental?" },
	qPaidWhen: {
		ja: "精算（支払い）したのは、ルーターを返却した時でしたか？",
		en: "Did you settle (pay) when you returned the router?",
	},
	paidWhenHint: {
		ja: "テレコムスクエアの公式報告書の②は「ご返却時に弊社空港カウンターにて精算をされていないお客様」です。",
		en: "Telecom Square's official report, in its ②, names 「ご返却時に弊社空港カウンターにて精算をされていないお客様」: customers who did not settle at an airport counter when returning.",
	},
	dontRemember: { ja: "覚えていない", en: "I don't remember" },
	dateRemembered: { ja: "覚えている", en: "I remember" },
	dateHint: {
		ja: "日・月・季節・年のどれでも：2013年3月、平成25年3月14日、H24.10、2012年夏、2013年3月頃",
		en: "A day, a month, a season or a year: March 2013, 14 Sep 2012, 3/2013, summer 2012, 2013-03-14",
	},
	dateAmbiguous: {
		ja: "2通りに読めます。どちらの意味ですか？",
		en: "This can be read two ways. Which did you mean?",
	},
	dateAbout: {
		ja: "「頃」などのおおよその時期は、書かれた時期ちょうどとして判定しています。前後にずれるかもしれない場合は、季節や年で広めに入力してください。",
		en: "An approximate date (“about”) is checked as exactly this. If it could be earlier or later, type a wider span, such as the season or the year.",
	},
	dateSeason: {
		ja: "季節はこの3か月として判定しています。違う場合は月を入力してください（例：2012年7月）。",
		en: "A season is checked as these three months. If that is not right, type the month (for example, July 2012).",
	},
	dateUnderstood: { ja: "{span}として判定しています。", en: "Checked as {span}." },
	dateUnrecognised: {
		ja: "日付として読めません。例：2013年3月、平成25年3月14日、2012年夏",
		en: "We can't read this as a date. Try March 2013, 14 Sep 2012 or summer 2012.",
	},
	dateImpossible: {
		ja: "存在しない日付です（例：2月30日）。",
		en: "That day does not exist (like 30 February).",
	},
	dateOutsideEra: { ja: "その元号にない年月です。", en: "That date is outside that era." },
	returnBeforeOrder: {
		ja: "返却日が申込日より前になっています。",
		en: "The return is before the order.",
	},

	vendorUnknown: { ja: "どちらか分からない（両方を確認）", en: "I don't remember (check both)" },
	"orderedVia.vendor-website": { ja: "会社のウェブサイト（{sites}）", en: "The company's website ({sites})" },
	"orderedVia.corporate-site": {
		ja: "勤務先向けの専用サイト（法人契約）",
		en: "A dedicated site for my employer (corporate contract)",
	},
	"orderedVia.airport-counter": { ja: "空港カウンターで直接", en: "Directly at an airport counter" },
	"orderedVia.other": { ja: "その他（電話、旅行会社など）", en: "Another way (phone, travel agency…)" },
	"returnedVia.courier": { ja: "宅配便", en: "By courier" },
	"returnedVia.airport-return-box": { ja: "空港の返却BOX", en: "At an airport return box" },
	"returnedVia.airport-counter": { ja: "空港カウンター", en: "At an airport counter" },
	"returnedVia.other": { ja: "その他", en: "Another way" },
	"paidVia.airport-counter": { ja: "空港カウンターで精算", en: "At an airport counter" },
	"paidVia.card-online": { ja: "申込時にカードでオンライン決済", en: "By card online when ordering" },
	"paidVia.other": { ja: "その他", en: "Another way" },
	"paidWhen.when-returning": { ja: "はい、返却した時に精算した", en: "Yes, when I returned it" },
	"paidWhen.another-time": {
		ja: "いいえ、申込時や受け取り時など、返却とは別の時",
		en: "No, at another time (when ordering, at pick-up…)",
	},

	rentalHeading: { ja: "レンタル{n}", en: "Rental {n}" },
	addRental: { ja: "別のレンタルを追加", en: "Add another rental" },
	removeRental: { ja: "レンタル{n}を削除", en: "Remove rental {n}" },
	moreInFullChecker: {
		ja: "旅行の日程から調べたり、複数のレンタルを確認したりするには、大きな画面で開いてください",
		en: "Work from your trip, or check several rentals: open the full checker",
	},
	tripHeading: {
		ja: "旅行の日程（申込日や返却日を覚えていなければ）",
		en: "Your trip (if you don't remember the order or return dates)",
	},
	qDeparture: { ja: "出発日はいつでしたか？", en: "When did you leave on the trip?" },
	qTripReturn: { ja: "帰国日はいつでしたか？", en: "When did you come back?" },
	qLeadTime: {
		ja: "出発のどのくらい前に申し込みましたか？",
		en: "About how long before the trip did you order?",
	},
	"leadTime.week": { ja: "1週間以内", en: "Within a week before" },
	"leadTime.month": { ja: "1か月以内", en: "Within a month before" },
	"leadTime.three-months": { ja: "3か月以内", en: "Within three months before" },
	fromTripOrdered: { ja: "旅行の日程から：申し込んだのは{when}です。", en: "From your trip: you ordered {when}." },
	fromTripReturned: { ja: "旅行の日程から：返却したのは{when}です。", en: "From your trip: you returned it {when}." },
	tripReturnBeforeDeparture: {
		ja: "帰国日が出発日より前になっています。",
		en: "The trip's return is before its departure.",
	},
	inTheFuture: { ja: "未来の日付です。", en: "That date is in the future." },
	tripConflictsDates: {
		ja: "旅行の日程と、申込日・返却日の回答が合いません。",
		en: "Your trip and the dates you gave do not fit together.",
	},
	resultHeading: { ja: "結果", en: "Result" },
	detailsHeading: { ja: "サーバごとの結果と理由", en: "Each server, and why" },
	noVendorYet: {
		ja: "会社を選ぶと、ここにすぐ結果が出ます。送信ボタンはありません。",
		en: "Choose a company and the answer appears here at once. There is no submit button.",
	},
	fixErrors: {
		ja: "入力を直すと結果が出ます。",
		en: "Fix the highlighted answer to see a result.",
	},

	leakedCertain: { ja: "流出した情報", en: "What leaked" },
	leakedPossible: { ja: "流出した可能性がある情報", en: "What may have leaked" },
	steppedBack: {
		ja: "いまの結果を変えられない質問（{n}）",
		en: "Questions that cannot change this result now ({n})",
	},

	conflictsHeading: { ja: "資料どうしの食い違い", en: "Where the sources differ" },
	aboutHeading: { ja: "2つの流出について", en: "About the two breaches" },

	remember: { ja: "このデバイスに回答を保存する", en: "Remember my answers on this device" },
	rememberHelp: {
		ja: "保存先は、この端末のブラウザの中（拡張機能の保存領域）だけです。チェックを外すか削除ボタンで消えます。",
		en: "Kept only in this browser, on this device (the extension's own storage). Untick or press delete to remove them.",
	},
	forget: { ja: "保存した回答を削除", en: "Delete saved answers" },
	forgotten: { ja: "保存した回答を削除しました。", en: "Saved answers deleted." },
	copySummary: { ja: "結果をテキストでコピー", en: "Copy a plain-text summary" },
	copied: { ja: "コピーしました。", en: "Copied." },
	copyFailed: { ja: "コピーできませんでした。", en: "Could not copy." },
	print: { ja: "印刷", en: "Print" },
	startOver: { ja: "最初からやり直す", en: "Start over" },

	settingsHeading: { ja: "設定", en: "Settings" },
	language: { ja: "表示言語", en: "Language" },
	languageAuto: { ja: "ブラウザに合わせる", en: "Same as the browser" },
	languageJa: { ja: "日本語", en: "日本語 (Japanese)" },
	languageEn: { ja: "English（英語）", en: "English" },
	resetBanners: { ja: "非表示にしたバナーを元に戻す", en: "Show hidden banners again" },
	bannersReset: { ja: "非表示にしたバナーを元に戻しました。", en: "Hidden banners will show again." },
} as const satisfies Record<string, Text>;

export type MessageKey = keyof typeof messages;

export function message(locale: Locale, key: MessageKey, values?: Readonly<Record<string, string | number>>): string {
	return fill(messages[key][locale], values);
}

export { count, dataKindLabel, fill, list } from "./banner-messages";
