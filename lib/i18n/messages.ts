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
	privacyLink: { ja: "その確かめ方(PRIVACY)", en: "How that is proven (PRIVACY)" },

	questionsHeading: { ja: "覚えていることを教えてください", en: "Tell us what you remember" },
	qVendor: { ja: "どの会社でレンタルしましたか?", en: "Which company did you rent from?" },
	qOrderedVia: { ja: "どうやって申し込みましたか?", en: "How did you order?" },
	qOrderedOn: { ja: "いつ申し込みましたか?", en: "When did you order?" },
	qReturnedVia: { ja: "どうやって返却しましたか?", en: "How did you return it?" },
	qReturnedOn: { ja: "いつ返却しましたか?", en: "When did you return it?" },
	qPaidVia: { ja: "どこで精算(支払い)しましたか?", en: "Where did you settle (pay for) the rental?" },
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
	"verdict.exposed": { ja: "あなたのレンタルは流出の対象です。", en: "Your rental was in the breach." },
	"verdict.possibly-exposed": {
		ja: "流出の対象だった可能性があります。",
		en: "Your rental may have been in the breach.",
	},
	"verdict.not-exposed": {
		ja: "公表された条件では、流出の対象ではありません。",
		en: "By the published criteria, your rental was not in the breach.",
	},
	"badge.exposed": { ja: "対象", en: "Exposed" },
	"badge.possibly-exposed": { ja: "可能性あり", en: "Possibly" },
	"badge.not-exposed": { ja: "対象外", en: "Not exposed" },
	vendorVerdict: { ja: "{vendor}:{verdict}", en: "{vendor}: {verdict}" },
	findingHeading: { ja: "{path}:{badge}", en: "{path}: {badge}" },

	"reason.criteria-met": { ja: "次の条件に当てはまります。", en: "These criteria cover your rental." },
	"reason.criteria-not-met": {
		ja: "あなたの回答は、この経路の条件に当てはまりません。",
		en: "Your answers fall outside this path's criteria.",
	},
	"reason.excluded": { ja: "公表された「対象外」の条件に当てはまります。", en: "A published exclusion applies." },
	"reason.depends-on-answers": {
		ja: "回答の範囲に、対象になる場合とならない場合の両方が含まれます。",
		en: "Your answers allow both: some rentals they describe are covered, some are not.",
	},
	"reason.sources-silent": {
		ja: "このような申込について、資料は何も述べていません({conflict})。",
		en: "The sources say nothing about rentals like this ({conflict}).",
	},
	"reason.sources-disagree": {
		ja: "告知の表現によって結果が異なります({conflict})。どちらかを選ばず、両方を示します。",
		en: "The published wordings give different answers ({conflict}). We show both rather than pick one.",
	},
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
	leakedThrough: { ja: "この経路で流出した情報:{kinds}", en: "What leaked through this path: {kinds}" },
	leakedOn: { ja: "流出した時期:{when}", en: "When it leaked: {when}" },
	criteriaHeading: { ja: "判定に使った条件", en: "The criteria used" },
	exclusionsHeading: { ja: "公表された対象外の条件", en: "Published exclusions" },
	ourReading: { ja: "当方の読み方:{text}", en: "Our reading: {text}" },
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
		ja: "当時のカードは、ほとんどが有効期限切れや再発行で使えなくなっています。カード番号そのものは、多くの場合もう過去のものです。",
		en: "The cards used then have long expired or been reissued, so the card number itself is mostly history.",
	},
	todoSameCard: {
		ja: "同じカード番号を今も使っている場合は、カード裏面の番号からカード会社に連絡し、再発行を相談してください。心当たりのない請求がないか、明細も確認してください。",
		en: "If you still use the same card number, call the number on the back of the card and ask about a reissue, and check your statements for charges you don't recognise.",
	},
	todoSecurityCode: {
		ja: "この流出ではセキュリティコードも流出しました。そのカードをまだ使っているなら、再発行が安全です。",
		en: "This breach included security codes. If you still use that card, a reissue is the safe choice.",
	},
	todoPersonalData: {
		ja: "{kinds}は今もフィッシングに使われえます。2013年の流出やカードの再発行を名乗るメール・電話・SMSでは、リンクを開かず、カード番号を伝えないでください。",
		en: "Your {kinds} can still be used by phishers. If an email, call or text mentions the 2013 breach or a card reissue, do not open its links or give a card number.",
	},
	todoOffered: { ja: "当時、会社が行ったこと・案内したこと", en: "What the company did and offered then" },
	todoContactThen: { ja: "当時の窓口", en: "The helpline of the time" },
	todoNotExposed: {
		ja: "公表された条件では対象外です。この件で新たにすることはありません。",
		en: "By the published criteria you were not affected; there is nothing more to do about this breach.",
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
	openFullChecker: { ja: "大きな画面で開く", en: "Open the full checker" },
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
