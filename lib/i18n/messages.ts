import type { AnswerField } from "../incidents/rental";
import type { SourceKind } from "../incidents/types";
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
	privacyLink: { ja: "プライバシー:保存するものと、その確かめ方", en: "Privacy: what is kept, and how that is tested" },
	opensInNewTab: { ja: "(新しいタブで開きます)", en: "(opens in a new tab)" },
	popupAnswersKept: {
		ja: "回答はブラウザを閉じるまでメモリ上にだけ置かれ(ディスクには保存しません)、大きな画面にも引き継がれます。",
		en: "Your answers stay in the browser's memory until it closes (never on disk), and go with you to the full checker.",
	},

	questionsHeading: { ja: "覚えていることを教えてください", en: "Tell us what you remember" },
	qVendor: { ja: "どの会社でレンタルしましたか?", en: "Which company did you rent from?" },
	qOrderedVia: { ja: "どうやって申し込みましたか?", en: "How did you order?" },
	qOrderedOn: { ja: "いつ申し込みましたか?", en: "When did you order?" },
	qReturnedVia: { ja: "どうやって返却しましたか?", en: "How did you return it?" },
	qReturnedOn: { ja: "いつ返却しましたか?", en: "When did you return it?" },
	qPaidVia: { ja: "どこで精算(支払い)しましたか?", en: "Where did you settle (pay for) the rental?" },
	qPaidWhen: {
		ja: "精算(支払い)したのは、ルーターを返却した時でしたか?",
		en: "Did you settle (pay) when you returned the router?",
	},
	paidWhenHint: {
		ja: "テレコムスクエアの公式報告書は、「返却時に空港カウンターで精算したか」で対象を分けています。",
		en: "Telecom Square's official report turns on whether you settled at an airport counter when returning.",
	},
	dontRemember: { ja: "覚えていない", en: "I don't remember" },
	dateRemembered: { ja: "覚えている(日・月・年のどれでも)", en: "I remember (a day, a month or a year)" },
	dateHint: {
		ja: "日・月・年のどれでも:2012-10-03、2012年10月、平成24年10月、H24.10、2012",
		en: "A day, a month or a year: 2012-10-03, 2012-10, 平成24年10月, H24.10, 2012",
	},
	dateUnderstood: { ja: "{span} として判定しています。", en: "Checked as {span}." },
	dateUnrecognised: {
		ja: "日付として読めません。例:2012-10-03、平成24年10月",
		en: "This is not a date we can read. Try 2012-10-03 or 平成24年10月.",
	},
	dateImpossible: {
		ja: "存在しない日付です(例:2月30日)。",
		en: "That day does not exist (like 30 February).",
	},
	dateOutsideEra: { ja: "その元号にない年月です。", en: "That date is outside that era." },
	returnBeforeOrder: {
		ja: "返却日が申込日より前になっています。",
		en: "The return is before the order.",
	},

	vendorUnknown: { ja: "どちらか分からない(両方を確認)", en: "I don't remember (check both)" },
	"orderedVia.vendor-website": { ja: "会社のウェブサイト({sites})", en: "The company's website ({sites})" },
	"orderedVia.corporate-site": {
		ja: "勤務先向けの専用サイト(法人契約)",
		en: "A dedicated site for my employer (corporate contract)",
	},
	"orderedVia.airport-counter": { ja: "空港カウンターで直接", en: "Directly at an airport counter" },
	"orderedVia.other": { ja: "その他(電話、旅行会社など)", en: "Another way (phone, travel agency…)" },
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
		ja: "旅行の日程から調べる、複数のレンタルを確かめる:大きな画面で開く",
		en: "Work from your trip, or check several rentals: open the full checker",
	},
	tripHeading: {
		ja: "旅行の日程(申込日や返却日を覚えていなければ)",
		en: "Your trip (if you don't remember the order or return dates)",
	},
	qDeparture: { ja: "出発日はいつでしたか?", en: "When did you leave on the trip?" },
	qTripReturn: { ja: "帰国日はいつでしたか?", en: "When did you come back?" },
	qLeadTime: {
		ja: "出発のどのくらい前に申し込みましたか?",
		en: "About how long before the trip did you order?",
	},
	"leadTime.week": { ja: "1週間以内", en: "Within a week before" },
	"leadTime.month": { ja: "1か月以内", en: "Within a month before" },
	"leadTime.three-months": { ja: "3か月以内", en: "Within three months before" },
	fromTripOrdered: { ja: "旅行の日程から:申し込んだのは{when}です。", en: "From your trip: you ordered {when}." },
	fromTripReturned: { ja: "旅行の日程から:返却したのは{when}です。", en: "From your trip: you returned it {when}." },
	tripReturnBeforeDeparture: {
		ja: "帰国日が出発日より前になっています。",
		en: "The trip's return is before its departure.",
	},
	inTheFuture: { ja: "未来の日付です。", en: "That date is in the future." },
	tripConflictsDates: {
		ja: "旅行の日程と、申込日・返却日の回答が合いません。",
		en: "Your trip and the dates you gave do not fit together.",
	},
	qEmail: {
		ja: "{vendor}から、流出についてのメール(または郵便)を受け取りましたか?",
		en: "Did you get an email (or letter) from {vendor} about the breach?",
	},
	"email.received": { ja: "受け取った", en: "Yes, I got it" },
	"email.not-received": { ja: "受け取っていない", en: "No" },
	emailNoIsNotNo: {
		ja: "受け取っていなくても、対象外とは限りません。アドレスの変更や迷惑メールへの振り分けもあります。",
		en: "Not getting it does not mean you were not affected: addresses change, and mail gets filtered.",
	},
	emailDecides: {
		ja: "{vendor}は流出について、お客様に個別に知らせました(方法と送り先は上の質問のとおり)。それを受け取ったのなら、会社自身があなたを知らせる相手に含めています。",
		en: "{vendor} told customers about the breach in individual messages (how and to whom, as the question above says). If that message reached you, the company itself counted you among them.",
	},
	byCompanyMessage: { ja: "(会社からの通知による)", en: "(by the company's own message)" },
	overallVerdict: { ja: "まとめ:{verdict}", en: "Overall: {verdict}" },
	rentalVerdict: { ja: "レンタル{n}({vendor}):{verdict}", en: "Rental {n} ({vendor}): {verdict}" },
	howToFindHeading: { ja: "日付の調べ方", en: "How to find your dates" },
	howToFindMail: {
		ja: "メールの受信箱で、会社名(テレコムスクエア、エクスコムグローバル、GLOBALDATA、イモトのWiFi、Global Cellular)と、申込確認のメールを検索してください。",
		en: "Search your mailbox for the company's names (テレコムスクエア / Telecom Square, エクスコムグローバル / XCom Global, GLOBALDATA, イモトのWiFi, Global Cellular) and for its order confirmation.",
	},
	howToFindStatements: {
		ja: "カードの利用明細で、レンタル会社への支払いの日付を探してください。",
		en: "Look for the rental company's charge on your card statements.",
	},
	howToFindTrip: {
		ja: "旅行の記録(写真の日付、パスポートのスタンプ、航空会社の利用履歴、カレンダー)から出発日と帰国日を調べてください。",
		en: "Find the trip's departure and return in your own records: photo dates, passport stamps, an airline's booking history, a calendar.",
	},
	howToFindPrivate: {
		ja: "調べるのはあなた自身です。この拡張機能は、メールや明細を読みません。",
		en: "You look; the extension reads none of these.",
	},
	resultHeading: { ja: "結果", en: "Result" },
	detailsHeading: { ja: "理由と流出した情報", en: "Why, and what leaked" },
	noVendorYet: {
		ja: "会社を選ぶと、ここにすぐ結果が出ます。送信ボタンはありません。",
		en: "Choose a company and the answer appears here at once. There is no submit button.",
	},
	fixErrors: {
		ja: "入力を直すと結果が出ます。",
		en: "Fix the highlighted answer to see a result.",
	},
	"verdict.exposed": { ja: "あなたのレンタルは流出の対象でした。", en: "Your rental was in the breach." },
	"verdict.possibly-exposed": {
		ja: "流出の対象だった可能性があります。",
		en: "Your rental may have been in the breach.",
	},
	"verdict.not-exposed": {
		ja: "公表された条件では、流出の対象ではありませんでした。",
		en: "By the published criteria, your rental was not included.",
	},
	"badge.exposed": { ja: "対象", en: "Exposed" },
	"badge.possibly-exposed": { ja: "可能性あり", en: "Possibly" },
	"badge.not-exposed": { ja: "対象外", en: "Not exposed" },
	vendorVerdict: { ja: "{vendor}:{verdict}", en: "{vendor}: {verdict}" },
	findingHeading: { ja: "{path}:{badge}", en: "{path}: {badge}" },

	"reason.criteria-met": { ja: "次の条件に当てはまります。", en: "These criteria cover your rental." },
	"reason.criteria-not-met": {
		ja: "あなたの回答は、このサーバの条件に当てはまりません。",
		en: "Your answers fall outside this server's criteria.",
	},
	"reason.excluded": { ja: "公表された「対象外」の条件に当てはまります。", en: "A published exclusion applies." },
	"reason.depends-on-answers": {
		ja: "回答の範囲に、対象になる場合とならない場合の両方が含まれます。",
		en: "Your answers allow both: some rentals they describe are covered, some are not.",
	},
	"reason.sources-disagree": {
		ja: "告知の表現によって結果が異なります({conflict})。どちらかを選ばず、両方を示します。",
		en: "The published wordings give different answers ({conflict}). We show both rather than pick one.",
	},
	"reason.notice-contradicts-itself": {
		ja: "同じ告知の中で、あなたのレンタルを対象とする条件と、対象外とする条件の両方が当てはまります。告知はどちらが優先するかを示していないため、どちらかを選ばず両方を示します。",
		en: "The same notice both includes your rental and excludes it, and does not say which applies. We show both clauses rather than pick one.",
	},
	contradictionIncludes: { ja: "対象とする条件:{text}", en: "Included by: {text}" },
	contradictionExcludes: { ja: "対象外とする条件:{text}", en: "Excluded by: {text}" },
	wordingResult: { ja: "{wording}:{badge}", en: "{wording}: {badge}" },
	decidedBy: { ja: "決め手になった回答:{fields}", en: "Decided by your answer to: {fields}" },
	wouldSettle: {
		ja: "次の質問に正確に答えると、はっきりします:{fields}",
		en: "One exact answer would settle it: {fields}",
	},
	noSingleSettle: {
		ja: "1つの回答だけでは、はっきりしません。",
		en: "No single answer would settle it.",
	},
	"field.orderedVia": { ja: "申込方法", en: "how you ordered" },
	"field.orderedOn": { ja: "申込日", en: "when you ordered" },
	"field.returnedVia": { ja: "返却方法", en: "how you returned it" },
	"field.returnedOn": { ja: "返却日", en: "when you returned it" },
	"field.paidVia": { ja: "精算した場所", en: "where you paid" },
	"field.paidWhen": { ja: "精算した時", en: "when you paid" },
	leakedThrough: { ja: "このサーバから流出した情報:{kinds}", en: "What leaked from this server: {kinds}" },
	leakedOn: { ja: "流出した時期:{when}", en: "When it leaked: {when}" },
	accessedOn: {
		ja: "不正アクセスの期間(総務省):{when}。データが持ち出された日を示す資料はありません。",
		en: "Unauthorized access (MIC's period): {when}. No source gives the days the data was taken.",
	},
	criteriaHeading: { ja: "判定に使った条件", en: "The criteria used" },
	exclusionsHeading: { ja: "公表された対象外の条件", en: "Published exclusions" },
	ourReading: { ja: "この拡張機能の解釈:{text}", en: "This extension's reading: {text}" },
	sourcesHeading: { ja: "資料", en: "Sources" },
	primarySource: { ja: "主な資料:", en: "Main source:" },
	conflictsHeading: { ja: "資料どうしの食い違い", en: "Where the sources differ" },
	dateNotGiven: { ja: "日付不明", en: "date not given" },
	"sourceKind.official": { ja: "公式", en: "official" },
	"sourceKind.press": { ja: "報道", en: "press" },
	"sourceKind.blog": { ja: "ブログ", en: "blog" },
	"sourceKind.customer": { ja: "利用者", en: "customer" },
	todoHeading: { ja: "今できること", en: "What to do now" },
	todoCardHistory: {
		ja: "そのカードを2013年以降に再発行しましたか?有効期限による更新では、通常カード番号は変わらず、有効期限とセキュリティコードだけが変わります。番号が変わるのは、紛失・盗難・流出などで再発行した場合です。",
		en: "Has that card been reissued since 2013? A renewal at expiry normally keeps the card number (only the expiry date and security code change); the number changes when a card is reissued, for example after loss, theft or a leak.",
	},
	todoSameCard: {
		ja: "再発行していなければ、2013年と同じカード番号を今も使っているかもしれません。カード裏面に記載の電話番号からカード会社に連絡して再発行を相談し、心当たりのない請求がないか明細も確認してください。",
		en: "If it was not reissued, you may still be using the 2013 card number. Call your card company on the number on the back of the card, ask about a reissue, and check your statements for charges you don't recognise.",
	},
	todoSecurityCode: {
		ja: "この流出ではセキュリティコードも流出しました。そのカードを再発行していなければ、カード会社に相談してください。",
		en: "This breach included security codes. If that card has not been reissued since, talk to your card company.",
	},
	todoPersonalData: {
		ja: "{kinds}は今も悪用されるおそれがあります。2013年の流出やカードの再発行を名乗るメール・電話・SMSでは、リンクを開かず、カード番号を伝えないでください。",
		en: "Your {kinds} can still be used by phishers. If an email, call or text mentions the 2013 breach or a card reissue, do not open its links or give a card number.",
	},
	todoOffered: { ja: "当時、会社が行ったこと・案内したこと", en: "What the company did and offered then" },
	todoContactThen: { ja: "当時の窓口", en: "The helpline of the time" },
	todoContactToday: {
		ja: "2013年の窓口の電話番号やアドレスは、現在は使われていないか、別の用途に割り当てられている可能性があります。今問い合わせるなら、カード会社(カード裏面に記載の電話番号)と、会社の現在のウェブサイトからにしてください。",
		en: "Helplines and addresses from 2013 may no longer be in service, or may have been reassigned. To ask today, contact your card company (the number on the back of the card) and the company through its current website.",
	},
	todoNotExposed: {
		ja: "公表された条件では、あなたのレンタルは対象に含まれていませんでした。心当たりのない請求があれば、カード会社に相談してください。",
		en: "By the published criteria your rental was not included. If you see charges you don't recognise, ask your card company.",
	},

	remember: { ja: "このデバイスに回答を保存する", en: "Remember my answers on this device" },
	rememberHelp: {
		ja: "保存先はこのブラウザの拡張機能ストレージ(storage.local)だけです。チェックを外すか削除ボタンで消えます。",
		en: "Kept only in this browser's extension storage (storage.local). Untick or press delete to remove it.",
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
	languageEn: { ja: "English(英語)", en: "English" },
	resetBanners: { ja: "非表示にしたバナーを元に戻す", en: "Show hidden banners again" },
	bannersReset: { ja: "非表示にしたバナーを元に戻しました。", en: "Hidden banners will show again." },

	summaryTitle: { ja: "Wi-Fiレンタル 流出チェックの結果", en: "Wi-Fi Rental Breach Check result" },
	summaryAnswers: { ja: "回答", en: "Answers" },
	summaryNotRemembered: { ja: "覚えていない", en: "not remembered" },
	summaryLocal: {
		ja: "この結果はブラウザの中だけで計算され、どこにも送信されていません。",
		en: "This result was computed inside the browser and sent nowhere.",
	},
} as const satisfies Record<string, Text>;

export type MessageKey = keyof typeof messages;

export function message(locale: Locale, key: MessageKey, values?: Readonly<Record<string, string | number>>): string {
	return fill(messages[key][locale], values);
}

export function fieldLabel(locale: Locale, field: AnswerField): string {
	return messages[`field.${field}`][locale];
}

export function sourceKindLabel(locale: Locale, kind: SourceKind): string {
	return messages[`sourceKind.${kind}`][locale];
}

export { count, dataKindLabel, fill, list } from "./banner-messages";
