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
	privacyLink: { ja: "プライバシーの確認方法（PRIVACY）", en: "How that is proven (PRIVACY)" },

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
		ja: "テレコムスクエアの公式報告書は、「返却時に空港カウンターで精算したか」で対象を分けています。",
		en: "Telecom Square's official report turns on whether you settled at an airport counter when returning.",
	},
	dontRemember: { ja: "覚えていない", en: "I don't remember" },
	dateRemembered: { ja: "覚えている（日・月・年のどれでも）", en: "I remember (a day, a month or a year)" },
	dateHint: {
		ja: "日・月・年のどれでも：2012-10-03、2012年10月、平成24年10月、H24.10、2012",
		en: "A day, a month or a year: 2012-10-03, 2012-10, 平成24年10月, H24.10, 2012",
	},
	dateUnderstood: { ja: "{span} として判定しています。", en: "Checked as {span}." },
	dateUnrecognised: {
		ja: "日付として読めません。例：2012-10-03、平成24年10月",
		en: "This is not a date we can read. Try 2012-10-03 or 平成24年10月.",
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
	qEmail: {
		ja: "2013年に{vendor}から、流出についてのお知らせ（メール、または郵便）を受け取りましたか？",
		en: "In 2013, did {vendor} write to you about the breach (an email, or a letter)?",
	},
	emailWhy: {
		ja: "受け取っていれば、それだけで会社があなたを対象のお客様に含めていたと分かります。",
		en: "If it reached you, that alone shows the company counted you among the customers in the breach.",
	},
	emailAnnounced: { ja: "公表：{date}", en: "Announced: {date}" },
	emailSubject: {
		ja: "メールの件名（検索に）：「{subject}」",
		en: "The email's subject (to search for): 「{subject}」",
	},
	"email.received": { ja: "受け取った", en: "Yes, I got it" },
	"email.not-received": { ja: "受け取っていない", en: "No" },
	"email.unknown": { ja: "覚えていない", en: "I don't remember" },
	emailNoIsNotNo: {
		ja: "受け取っていなくても、対象外とは限りません。アドレスの変更や迷惑メールへの振り分けもあります。",
		en: "Not getting it does not mean you were not affected: addresses change, and mail gets filtered.",
	},
	rentalOf: { ja: "レンタル{n}：{company}", en: "Rental {n}: {company}" },
	howToFindHeading: { ja: "日付の調べ方", en: "How to find your dates" },
	howToFindMail: {
		ja: "メールの受信箱で、会社名（テレコムスクエア、エクスコムグローバル、GLOBALDATA、イモトのWiFi、Global Cellular）と、申込確認のメールを検索してください。",
		en: "Search your mailbox for the company's names (テレコムスクエア / Telecom Square, エクスコムグローバル / XCom Global, GLOBALDATA, イモトのWiFi, Global Cellular) and for its order confirmation.",
	},
	howToFindStatements: {
		ja: "カードの利用明細で、レンタル会社への支払いの日付を探してください。",
		en: "Look for the rental company's charge on your card statements.",
	},
	howToFindTrip: {
		ja: "旅行の記録（写真の日付、パスポートのスタンプ、航空会社の利用履歴、カレンダー）から出発日と帰国日を調べてください。",
		en: "Find the trip's departure and return in your own records: photo dates, passport stamps, an airline's booking history, a calendar.",
	},
	howToFindPrivate: {
		ja: "確認はご自身で行ってください。この拡張機能がメールや明細を読み取ることはありません。",
		en: "You look; the extension reads none of these.",
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
	"badge.exposed": { ja: "対象", en: "Included" },
	"badge.possibly-exposed": { ja: "可能性あり", en: "Possibly included" },
	"badge.not-exposed": { ja: "対象外", en: "Not included (by the published criteria)" },

	"company.exposed": {
		ja: "{company}：あなたのレンタルは流出の対象でした。",
		en: "{company}: your rental was in the breach.",
	},
	"company.exposed.several": {
		ja: "{company}：あなたのレンタルのうち、少なくとも1件が流出の対象でした（{rentals}）。",
		en: "{company}: at least one of your rentals was in the breach ({rentals}).",
	},
	"company.message": {
		ja: "{company}：会社からのお知らせによると、あなたは流出の対象でした。",
		en: "{company}: by the company's own message, you were in the breach.",
	},
	"company.possibly": {
		ja: "{company}：あなたのレンタルは流出の対象だった可能性があります。",
		en: "{company}: your rental may have been in the breach.",
	},
	"company.possibly.several": {
		ja: "{company}：あなたのレンタルが流出の対象だった可能性があります。",
		en: "{company}: one or more of your rentals may have been in the breach.",
	},
	"company.not": {
		ja: "{company}：公表された条件では、あなたのレンタルは流出の対象ではありませんでした。",
		en: "{company}: by the published criteria, your rental was not included.",
	},
	"company.not.several": {
		ja: "{company}：公表された条件では、あなたのレンタルはどれも流出の対象ではありませんでした。",
		en: "{company}: by the published criteria, none of your rentals was included.",
	},
	"overall.exposed": { ja: "まとめ：あなたは流出の対象でした。", en: "Overall: you were in the breach." },
	"overall.exposed.companies": {
		ja: "まとめ：あなたは2社の流出のうち、少なくとも一方の対象でした。",
		en: "Overall: you were in at least one of the two breaches.",
	},
	"overall.possibly": {
		ja: "まとめ：あなたは流出の対象だった可能性があります。",
		en: "Overall: you may have been in the breach.",
	},
	"overall.possibly.companies": {
		ja: "まとめ：あなたは2社の流出のどちらかの対象だった可能性があります。",
		en: "Overall: you may have been in one of the two breaches.",
	},
	"overall.not": {
		ja: "まとめ：公表された条件では、あなたのレンタルはどれも流出の対象ではありませんでした。",
		en: "Overall: by the published criteria, none of your rentals was included.",
	},
	"because.message": {
		ja: "{company}から流出についてのお知らせを受け取ったのなら、会社はあなたを対象のお客様に含めていたことになります。",
		en: "If {company}'s message about the breach reached you, the company counted you among the customers in it.",
	},
	"because.messageOneServer": {
		ja: "会社のサーバのうち、あなたのほかの回答に合うのは{server}だけです。",
		en: "Of its servers, your other answers fit only {server}.",
	},
	"because.messageSeveral": {
		ja: "あなたのデータがどのサーバにあったかは、ほかの回答からは決まりません（考えられるのは{servers}）。",
		en: "Which of its servers held your data, your other answers leave open: {servers}.",
	},
	"because.messageAgainst": {
		ja: "ただし、ここに入力したレンタルは、どれも公表された条件に当てはまりません。お知らせは、ここに入力していない別のレンタルについてのものか、回答のどれかが実際と違っている可能性があります。",
		en: "Yet none of the rentals you entered fits the published criteria: the message may concern a rental not entered here, or one of your answers may differ from what happened.",
	},
	"because.servers": { ja: "あなたのデータがあったサーバ：{servers}", en: "Your data was on {servers}." },
	leakedCertain: { ja: "流出した情報", en: "What leaked" },
	leakedPossible: { ja: "流出した可能性がある情報", en: "What may have leaked" },
	"settle.one": {
		ja: "次の質問に正確に答えると、はっきりします：",
		en: "One answer could settle this:",
	},
	"settle.many": {
		ja: "次の{n}つの質問のどれか1つに正確に答えると、はっきりします：",
		en: "{n} answers could each settle this:",
	},
	"settle.answer": { ja: "{question}に答える", en: "Answer: {question}" },
	"settle.answerRental": { ja: "レンタル{n}の{question}に答える", en: "Rental {n}: answer {question}" },
	"noSettle.contradiction": {
		ja: "1つの回答だけでは、はっきりしません。同じ告知が、このようなレンタルを対象とも対象外とも言っているためです。",
		en: "No single answer settles this: the same notice both includes and excludes a rental like this.",
	},
	"noSettle.disagree": {
		ja: "1つの回答だけでは、はっきりしません。告知の2つの表現で、このようなレンタルの結果が異なるためです。",
		en: "No single answer settles this: the notice's two published wordings give different answers for a rental like this.",
	},
	"noSettle.several": {
		ja: "1つの回答だけでは、はっきりしません。いくつかの回答を合わせると、はっきりすることがあります。",
		en: "No single answer settles this; several answers together may.",
	},
	steppedBack: {
		ja: "いまの結果を変えられない質問（{n}）",
		en: "Questions that cannot change this result now ({n})",
	},

	"card.criteria-met": {
		ja: "このレンタルは、公表された次の条件に当てはまります。",
		en: "This rental fits these published criteria:",
	},
	"card.criteria-not-met": {
		ja: "このレンタルは、公表された条件のどれにも当てはまりません。条件は次のとおりです。",
		en: "This rental fits none of the published criteria, which are:",
	},
	"card.excluded": {
		ja: "このレンタルは公表された条件に当てはまりますが、公表された対象外の条件にも当てはまります。",
		en: "This rental fits the published criteria, and also a published exclusion:",
	},
	"card.depends-on-answers": {
		ja: "あなたの回答だけでは決まりません。回答の範囲に、次の条件に当てはまる場合と当てはまらない場合の両方があります。",
		en: "Your answers leave it open: some rentals they describe fit these criteria, some do not.",
	},
	"card.sources-disagree": {
		ja: "告知の2つの表現で結果が異なります。どちらかを選ばず、両方を示します。",
		en: "The notice's two published wordings give different answers; both are shown, neither is picked.",
	},
	"card.notice-contradicts-itself": {
		ja: "同じ告知の中で、このレンタルを対象とする条件と、対象外とする条件の両方が当てはまります。告知はどちらが優先するかを示していないため、どちらかを選ばず両方を示します。",
		en: "The same notice both includes this rental and excludes it, and does not say which applies. Both clauses are shown; neither is picked.",
	},
	"card.byMessage": {
		ja: "公表された条件だけでは決まりませんが、会社からのお知らせとほかの回答から、このサーバだと分かります。",
		en: "The published criteria alone leave this open; the company's message and your other answers settle it: this server.",
	},
	"card.elsewhere.server": {
		ja: "このサーバの公表された条件には当てはまりません。{company}の結果が「対象」なのは、{server}によるものです。",
		en: "This server's published criteria do not include this rental; {company}'s result comes from {server}.",
	},
	"card.elsewhere.rental": {
		ja: "このサーバの公表された条件には当てはまりません。{company}の結果が「対象」なのは、別のレンタル（{rentals}）によるものです。",
		en: "This server's published criteria do not include this rental; {company}'s result comes from another rental ({rentals}).",
	},
	"card.elsewhere.message": {
		ja: "このサーバの公表された条件には当てはまりません。{company}の結果が「対象」なのは、会社からのお知らせによるものです。",
		en: "This server's published criteria do not include this rental; {company}'s result comes from the company's own message.",
	},
	"card.leaked": { ja: "このサーバから流出した情報：{kinds}", en: "What leaked from this server: {kinds}" },
	contradictionIncludes: { ja: "対象とする条件：{text}", en: "Included by: {text}" },
	contradictionExcludes: { ja: "対象外とする条件：{text}", en: "Excluded by: {text}" },
	"field.orderedVia": { ja: "申込方法", en: "how you ordered" },
	"field.orderedOn": { ja: "申込日", en: "when you ordered" },
	"field.returnedVia": { ja: "返却方法", en: "how you returned it" },
	"field.returnedOn": { ja: "返却日", en: "when you returned it" },
	"field.paidVia": { ja: "精算した場所", en: "where you paid" },
	"field.paidWhen": { ja: "精算した時", en: "when you paid" },
	leakedOn: { ja: "流出した時期：{when}", en: "When it leaked: {when}" },
	accessedOn: {
		ja: "不正アクセスの期間（総務省）：{when}。データが持ち出された日を示す資料はありません。",
		en: "Unauthorized access (the period Japan's communications ministry gave): {when}. No source gives the days the data was taken.",
	},
	sourcesDetails: { ja: "資料と告知の文面", en: "Sources and the notices' words" },
	ourReading: { ja: "この拡張機能の解釈：{text}", en: "This extension's reading: {text}" },
	primarySource: { ja: "主な資料", en: "Main source" },
	conflictsHeading: { ja: "資料どうしの食い違い", en: "Where the sources differ" },
	dateNotGiven: { ja: "日付不明", en: "date not given" },
	"sourceKind.official": { ja: "公式", en: "official" },
	"sourceKind.press": { ja: "報道", en: "press" },
	"sourceKind.blog": { ja: "ブログ", en: "blog" },
	"sourceKind.customer": { ja: "利用者", en: "customer" },
	aboutHeading: { ja: "2つの流出について", en: "About the two breaches" },
	todoHeading: { ja: "今できること", en: "What to do now" },
	todoIfIncluded: {
		ja: "対象だった場合に備えて、次のことができます。",
		en: "In case your rental was included, you can:",
	},
	"step.cardHistory": {
		ja: "2013年に使ったカードを、その後再発行したか確かめてください。有効期限の到来に伴うカードの更新（切り替え）では、通常カード番号は変わらず、有効期限とセキュリティコードが変わります。番号が変わるのは、紛失・盗難・流出などで再発行した場合や、一部のアップグレードの場合です。",
		en: "Check whether the card you used in 2013 has been reissued since. A renewal at expiry normally keeps the card number (the expiry date and security code change); the number changes when a card is reissued after loss, theft or a leak, or on some upgrades.",
	},
	"step.securityCode": {
		ja: "この流出ではセキュリティコードも流出しました。セキュリティコードは更新でも再発行でも変わりますが、カード番号は更新では変わりません。",
		en: "This breach included security codes. A renewal or a reissue changes the security code; a renewal keeps the card number.",
	},
	"step.reissue": {
		ja: "再発行していなければ、2013年と同じカード番号を今も使っているかもしれません。カード裏面に記載の電話番号からカード会社に連絡し、再発行を相談してください。",
		en: "If it was not reissued, you may still be using the 2013 card number: call your card company on the number on the back of the card and ask about a reissue.",
	},
	"step.statements": {
		ja: "心当たりのない請求がないか、カードの利用明細を確認してください。",
		en: "Check your card statements for charges you don't recognise.",
	},
	"step.contactToday": {
		ja: "2013年当時の窓口の電話番号やアドレスは、現在は使われていないか、別の用途に割り当てられている可能性があります。現在お問い合わせになる場合は、カード会社（カード裏面に記載の電話番号）か、会社の現在のウェブサイトをご利用ください。",
		en: "Helplines and addresses from 2013 may no longer be in service, or may have been reassigned. To ask today, contact your card company (the number on the back of the card), or the company through its current website.",
	},
	todoOffered: { ja: "当時、会社が行ったこと・案内したこと", en: "What the company did and offered then" },
	todoContactThen: { ja: "当時の窓口", en: "The helpline of the time" },
	todoNotExposed: {
		ja: "公表された条件では、あなたのレンタルは対象に含まれていませんでした。心当たりのない請求があれば、カード会社に相談してください。",
		en: "By the published criteria your rental was not included. If you see charges you don't recognise, ask your card company.",
	},

	remember: { ja: "このデバイスに回答を保存する", en: "Remember my answers on this device" },
	rememberHelp: {
		ja: "保存先はこのブラウザの拡張機能ストレージ（storage.local）だけです。チェックを外すか削除ボタンで消えます。",
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
	languageEn: { ja: "English（英語）", en: "English" },
	resetBanners: { ja: "非表示にしたバナーを元に戻す", en: "Show hidden banners again" },
	bannersReset: { ja: "非表示にしたバナーを元に戻しました。", en: "Hidden banners will show again." },

	summaryTitle: { ja: "Wi-Fiレンタル 流出チェックの結果", en: "Wi-Fi Rental Breach Check result" },
	summaryAnswers: { ja: "回答", en: "Answers" },
	summaryMessage: { ja: "{company}からの流出のお知らせ", en: "{company}'s message about the breach" },
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
