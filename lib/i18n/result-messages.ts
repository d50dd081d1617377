import type { RentalField } from "../incidents/rental";
import type { SourceKind } from "../incidents/types";
import { fill } from "./banner-messages";
import { type MessageKey, message } from "./messages";
import type { Locale, Text } from "./text";

/**
 * The words of a result: the headline, the cards, the steps, the summary and the questions that
 * come with the engine (the company's message). They load with the engine, after the checker's
 * first render, so the popup's start carries only the questions' words (lib/i18n/messages.ts).
 */
export const resultMessages = {
	qEmail: {
		ja: "2013年に{vendor}から、流出についてのお知らせを受け取りましたか？",
		en: "In 2013, did {vendor} write to you about the breach?",
	},
	emailWhy: {
		ja: "受け取っていれば、それだけで会社があなたを対象のお客様に含めていたと分かります。",
		en: "If it reached you, that alone shows the company counted you among the customers in the breach.",
	},
	emailAnnounced: { ja: "公表：{date}", en: "Announced: {date}" },
	emailSubject: {
		ja: "検索に使えるメールの件名：「{subject}」",
		en: "A subject to search your mail for: 「{subject}」",
	},
	"email.received": { ja: "受け取った", en: "Yes, I got it" },
	"email.not-received": { ja: "受け取っていない", en: "No" },
	"email.unknown": { ja: "覚えていない", en: "I don't remember" },
	emailNoIsNotNo: {
		ja: "受け取っていなくても、対象外とは限りません。アドレスの変更や迷惑メールへの振り分けもあります。",
		en: "Not getting it does not mean you were not affected: addresses change, and mail gets filtered.",
	},
	rentalOf: { ja: "レンタル{n}：{company}", en: "Rental {n}: {company}" },
	rentalIfItWas: {
		ja: "レンタル{n}（{company}のものだった場合）",
		en: "Rental {n}, if it was {company}'s",
	},
	ifItWas: { ja: "{company}のレンタルだった場合", en: "If the rental was {company}'s" },
	rentalNamed: { ja: "レンタル{n}", en: "rental {n}" },
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
		en: "Look these up yourself; the extension does not read your mail or statements.",
	},
	"badge.exposed": { ja: "対象", en: "Included" },
	"badge.possibly-exposed": { ja: "可能性あり", en: "Possibly included" },
	"badge.not-exposed": { ja: "対象外", en: "Not included (by the published criteria)" },
	"company.exposed": {
		ja: "{company}：あなたのレンタルは流出の対象でした。",
		en: "{company}: your rental was in the breach.",
	},
	"company.exposed.one": {
		ja: "{company}：{rentals}が流出の対象でした。",
		en: "{company}: {rentals} was in the breach.",
	},
	"company.exposed.many": {
		ja: "{company}：{rentals}が流出の対象でした。",
		en: "{company}: {rentals} were in the breach.",
	},
	"company.alsoPossibly": {
		ja: "{rentals}も対象だった可能性があります。",
		en: "{rentals} may have been too.",
	},
	"company.ifItWas.exposed": {
		ja: "{company}：このレンタルが{company}のものだった場合、流出の対象でした。",
		en: "{company}: if your rental was {company}'s, it was in the breach.",
	},
	"company.ifItWas.possibly": {
		ja: "{company}：このレンタルが{company}のものだった場合、流出の対象だった可能性があります。",
		en: "{company}: if your rental was {company}'s, it may have been in the breach.",
	},
	"company.ifItWas.exposed.rental": {
		ja: "{company}：{rental}が{company}のものだった場合、流出の対象でした。",
		en: "{company}: if {rental} was {company}'s, it was in the breach.",
	},
	"company.ifItWas.possibly.rental": {
		ja: "{company}：{rental}が{company}のものだった場合、流出の対象だった可能性があります。",
		en: "{company}: if {rental} was {company}'s, it may have been in the breach.",
	},
	"company.message": {
		ja: "{company}：会社からのお知らせによると、あなたは流出の対象でした。",
		en: "{company}: by the company's own message, you were in the breach.",
	},
	"company.possibly": {
		ja: "{company}：あなたのレンタルは流出の対象だった可能性があります。",
		en: "{company}: your rental may have been in the breach.",
	},
	"company.possibly.named": {
		ja: "{company}：{rentals}が流出の対象だった可能性があります。",
		en: "{company}: {rentals} may have been in the breach.",
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
	"overall.exposed.both": {
		ja: "まとめ：あなたは2社の流出の両方の対象でした。",
		en: "Overall: you were in both breaches.",
	},
	"overall.exposed.oneNotOther": {
		ja: "まとめ：あなたは{company}の流出の対象でした（{other}は公表された条件では対象外）。",
		en: "Overall: you were in {company}'s breach ({other} was not included by the published criteria).",
	},
	"overall.exposed.onePossiblyOther": {
		ja: "まとめ：あなたは{company}の流出の対象でした。{other}の流出の対象だった可能性もあります。",
		en: "Overall: you were in {company}'s breach, and may have been in {other}'s.",
	},
	"overall.exposed.atLeastOne": {
		ja: "まとめ：あなたは2社の流出のうち、少なくとも一方の対象でした。",
		en: "Overall: you were in at least one of the two breaches.",
	},
	"overall.exposed.whichever": {
		ja: "まとめ：どちらの会社のレンタルだったとしても、あなたはその会社の流出の対象でした（2社のうち一方）。",
		en: "Overall: whichever company the rental was with, you were in that company's breach (one of the two).",
	},
	"overall.possibly": {
		ja: "まとめ：あなたは流出の対象だった可能性があります。",
		en: "Overall: you may have been in the breach.",
	},
	"overall.possibly.oneOrBoth": {
		ja: "まとめ：あなたは2社の流出の一方または両方の対象だった可能性があります。",
		en: "Overall: you may have been in one or both of the two breaches.",
	},
	"overall.possibly.oneOfTwo": {
		ja: "まとめ：あなたは2社のうち一方の流出の対象だった可能性があります。",
		en: "Overall: you may have been in one of the two breaches.",
	},
	"overall.possibly.oneNotOther": {
		ja: "まとめ：あなたは{company}の流出の対象だった可能性があります（{other}は公表された条件では対象外）。",
		en: "Overall: you may have been in {company}'s breach ({other} was not included by the published criteria).",
	},
	"overall.not": {
		ja: "まとめ：公表された条件では、あなたのレンタルはどれも流出の対象ではありませんでした。",
		en: "Overall: by the published criteria, none of your rentals was included.",
	},
	"because.ifItWas": {
		ja: "どちらの会社のレンタルかを覚えていないとのことなので、{company}のものだった場合の結果です。",
		en: "You don't remember which company the rental was with: this is what holds if it was {company}'s.",
	},
	"because.ifItWas.rental": {
		ja: "レンタル{n}がどちらの会社のものかを覚えていないとのことなので、{company}のものだった場合の結果です。",
		en: "You don't remember which company rental {n} was with: this is what holds if it was {company}'s.",
	},
	"because.messageIfItWas": {
		ja: "そのレンタルが{company}のものだったなら、ほかの回答に合うのは{servers}です。{other}のものだったなら、お知らせは入力していない別のレンタルについてのもので、どのサーバかは決まりません。",
		en: "If that rental was {company}'s, your other answers fit {servers}; if it was {other}'s, the message concerns a rental not entered here, and which server held your data is open.",
	},
	"because.message": {
		ja: "{company}から流出についてのお知らせを受け取ったとのことなので、会社はあなたを対象のお客様に含めていたことになります。",
		en: "You said {company}'s message about the breach reached you: so the company counted you among the customers in it.",
	},
	"because.messageOneServer": {
		ja: "会社のサーバのうち、あなたのほかの回答に合うのは{server}だけです。",
		en: "Of its servers, your other answers fit only {server}.",
	},
	"because.messageSeveral": {
		ja: "あなたのデータがどのサーバにあったかは、ほかの回答からは決まりません（考えられるのは{servers}）。",
		en: "Your other answers leave open which of its servers held your data: {servers}.",
	},
	"because.messageAgainst": {
		ja: "ただし、ここに入力したレンタルは、どれも公表された条件に当てはまりません。お知らせは、ここに入力していない別のレンタルについてのものか、回答のどれかが実際と違っている可能性があります。",
		en: "Yet none of the rentals you entered fits the published criteria: the message may concern a rental not entered here, or one of your answers may differ from what happened.",
	},
	"because.servers": { ja: "あなたのデータがあったサーバ：{servers}", en: "Your data was on {servers}." },
	"settle.one": {
		ja: "次の質問への答えによっては、はっきりします：",
		en: "One answer could settle this:",
	},
	"settle.many": {
		ja: "次の{n}つの質問は、どれか1つへの答えによっては、はっきりします：",
		en: "{n} answers could each settle this:",
	},
	"settle.message": {
		ja: "{company}からお知らせを受け取っていれば、そう答える",
		en: "If {company}'s message reached you: say so",
	},
	"settle.answer": { ja: "{question}に答える", en: "Answer {question}" },
	"settle.vendor": { ja: "どちらの会社のレンタルかに答える", en: "Answer which company the rental was with" },
	"settle.vendor.rental": {
		ja: "レンタル{n}がどちらの会社のものかに答える",
		en: "Answer which company rental {n} was with",
	},
	"lead.vendor.this.exposed": {
		ja: "{vendor}のレンタルなら、{company}の流出の対象",
		en: "If {vendor}'s: in {company}'s breach",
	},
	"lead.vendor.this.possibly-exposed": {
		ja: "{vendor}のレンタルなら、{company}の流出の対象だった可能性あり",
		en: "If {vendor}'s: possibly in {company}'s breach",
	},
	"lead.vendor.other": {
		ja: "{vendor}のレンタルなら、{company}の流出の対象外",
		en: "If {vendor}'s: not in {company}'s breach",
	},
	"settle.answerRental": { ja: "レンタル{n}の{question}に答える", en: "Answer {question} for rental {n}" },
	"settle.narrow": { ja: "{question}をもっと詳しく答える", en: "Answer {question} more exactly" },
	"settle.narrow.rental": {
		ja: "レンタル{n}の{question}をもっと詳しく答える",
		en: "Answer {question} more exactly for rental {n}",
	},
	"settle.split": {
		ja: "{question}は{day}以前ですか、それより後ですか？",
		en: "{question}: on or before {day}, or after?",
	},
	"settle.split.rental": {
		ja: "レンタル{n}の{question}は{day}以前ですか、それより後ですか？",
		en: "Rental {n}, {question}: on or before {day}, or after?",
	},
	lead: { ja: "{values}なら{verdict}", en: "if {values}, {verdict}" },
	"lead.exposed": { ja: "対象", en: "included" },
	"lead.not-exposed": { ja: "対象外", en: "not included" },
	"lead.possibly-exposed": { ja: "可能性あり", en: "possibly included" },
	"lead.onOrBefore": { ja: "{day}以前", en: "on or before {day}" },
	"lead.onOrAfter": { ja: "{day}以降", en: "on or after {day}" },
	"lead.company": { ja: "{company}のレンタル", en: "{company}'s" },
	"lead.or": { ja: "または", en: "or" },
	"lead.message": { ja: "受け取っていたなら対象", en: "If it reached you, included" },
	"noSettle.contradiction": {
		ja: "レンタルについての回答1つだけでは、はっきりしません。同じ告知が、このようなレンタルを対象とも対象外とも言っているためです。",
		en: "No single answer about the rental settles this: the same notice both includes and excludes a rental like this.",
	},
	"noSettle.contradiction.all": {
		ja: "レンタルについての回答では、はっきりしません。同じ告知が、このようなレンタルを対象とも対象外とも言っているためです。",
		en: "No answer about the rental settles this: the same notice both includes and excludes a rental like this.",
	},
	"noSettle.disagree": {
		ja: "レンタルについての回答では、はっきりしません。公表された2つの表現で、このようなレンタルの結果が異なるためです。",
		en: "No answer about the rental settles this: the two published wordings give different answers for a rental like this.",
	},
	"noSettle.several": {
		ja: "レンタルについての回答1つだけでは、はっきりしません。いくつかの回答を合わせると、はっきりすることがあります。",
		en: "No single answer about the rental settles this; several answers together may.",
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
		ja: "公表された2つの表現で結果が異なります。どちらかを選ばず、両方を示します。",
		en: "The two published wordings give different answers; both are shown, neither is picked.",
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
	"card.leaked.leaked": { ja: "このサーバから流出した情報：{kinds}", en: "What leaked from this server: {kinds}" },
	"card.leaked.may-have-leaked": {
		ja: "このサーバから流出した可能性のある情報（告知の表現）：{kinds}",
		en: "What may have leaked from this server (the notice's words): {kinds}",
	},
	"card.messageOneOf": {
		ja: "会社からのお知らせで、あなたが{company}の流出の対象だったことは分かりますが、それがこのサーバか{others}かは、ほかの回答からは決まりません。",
		en: "The company's message shows you were in {company}'s breach; your other answers leave open whether through this server or {others}.",
	},
	"card.messageRentalUnknown": {
		ja: "会社からのお知らせで、あなたが{company}の流出の対象だったことは分かりますが、このレンタルが{company}のものだったかは分かりません。",
		en: "The company's message shows you were in {company}'s breach; whether this rental was {company}'s is not known.",
	},
	serverCode: { ja: "告知でのサーバ名：{code}", en: "The notice's name for this server: {code}" },
	"leaked.sure.leaked": { ja: "流出した情報", en: "What leaked" },
	"leaked.sure.may-have-leaked": {
		ja: "流出した可能性のある情報（告知の表現）",
		en: "What may have leaked (the notice's words)",
	},
	"leaked.ifIncluded.leaked": { ja: "対象だった場合に流出した情報", en: "If you were included, what leaked" },
	"leaked.ifIncluded.may-have-leaked": {
		ja: "対象だった場合に流出した可能性のある情報（告知の表現）",
		en: "If you were included, what may have leaked (the notice's words)",
	},
	"leaked.ifItWas.leaked": {
		ja: "{company}のレンタルだった場合に流出した情報",
		en: "If the rental was {company}'s, what leaked",
	},
	"leaked.ifItWas.may-have-leaked": {
		ja: "{company}のレンタルだった場合に流出した可能性のある情報（告知の表現）",
		en: "If the rental was {company}'s, what may have leaked (the notice's words)",
	},
	"leaked.onlySome": {
		ja: "{servers}だけにあった情報（そのサーバの対象だった場合）",
		en: "Held only by {servers} (if your data was on that server)",
	},
	clauseOr: { ja: "、または", en: "; or" },
	wordingWithVerdict: { ja: "{wording}（{verdict}）", en: "{wording} ({verdict})" },
	"wordingVerdict.exposed": { ja: "対象", en: "included" },
	"wordingVerdict.possibly-exposed": { ja: "可能性あり", en: "possibly included" },
	"wordingVerdict.not-exposed": { ja: "対象外", en: "not included" },
	contradictionIncludes: { ja: "対象とする条件：{text}", en: "Included by: {text}" },
	contradictionIncludesIn: { ja: "対象とする条件（{wording}）：{text}", en: "Included by {wording}: {text}" },
	contradictionAlso: {
		ja: "同じ告知は、次の方を対象外ともしています：{text}",
		en: "The same notice also excludes: {text}",
	},
	contradictionExcludes: { ja: "対象外とする条件：{text}", en: "Excluded by: {text}" },
	"field.orderedVia": { ja: "申込方法", en: "how you ordered" },
	"field.orderedOn": { ja: "申込日", en: "when you ordered" },
	"field.returnedVia": { ja: "返却方法", en: "how you returned it" },
	"field.returnedOn": { ja: "返却日", en: "when you returned it" },
	"field.paidVia": { ja: "精算した場所", en: "where you paid" },
	"field.paidWhen": { ja: "精算した時", en: "when you paid" },
	"field.vendor": { ja: "どちらの会社のレンタルか", en: "which company it was with" },
	"field.message": { ja: "{company}からのお知らせ", en: "{company}'s message" },
	leakedOn: { ja: "流出した時期：{when}", en: "When it leaked: {when}" },
	accessedOn: {
		ja: "不正アクセスの期間（総務省）：{when}。データが持ち出された日を示す資料はありません。",
		en: "Unauthorized access (the period Japan's communications ministry gave): {when}. No source gives the days the data was taken.",
	},
	sourcesDetails: { ja: "資料と告知の文面", en: "Sources and the notices' words" },
	ourReading: { ja: "この拡張機能の解釈：{text}", en: "This extension's reading: {text}" },
	primarySource: { ja: "主な資料", en: "Main source" },
	dateNotGiven: { ja: "日付不明", en: "date not given" },
	"sourceKind.official": { ja: "公式", en: "official" },
	"sourceKind.press": { ja: "報道", en: "press" },
	"sourceKind.blog": { ja: "ブログ", en: "blog" },
	"sourceKind.customer": { ja: "利用者", en: "customer" },
	todoHeading: { ja: "今できること", en: "What to do now" },
	todoIfIncluded: {
		ja: "対象だった場合に備えて、次のことができます。",
		en: "In case your rental was included, you can:",
	},
	"step.cardHistory": {
		ja: "レンタルの支払いに使ったカードを、その後再発行したか確かめてください。有効期限の到来に伴うカードの更新（切り替え）では、通常カード番号は変わらず、有効期限とセキュリティコードが変わります。番号が変わるのは、紛失・盗難・流出などで再発行した場合や、一部のアップグレードの場合です。",
		en: "Check whether the card you paid the rental with has been reissued since. A renewal at expiry normally keeps the card number (the expiry date and security code change); the number changes when a card is reissued after loss, theft or a leak, or on some upgrades.",
	},
	"step.securityCode": {
		ja: "{company}の流出ではセキュリティコードも流出しました。その後カードを更新していれば、セキュリティコードは通常変わっています。",
		en: "{company}'s breach took security codes too; if the card has been renewed since, its security code has normally changed.",
	},
	"step.securityCode.ifItWas": {
		ja: "{company}のレンタルだった場合、その流出ではセキュリティコードも流出しました。その後カードを更新していれば、セキュリティコードは通常変わっています。",
		en: "If the rental was {company}'s, its breach took security codes too; if the card has been renewed since, its security code has normally changed.",
	},
	"step.reissue": {
		ja: "再発行していなければ、当時と同じカード番号を今も使っているかもしれません。カード裏面に記載の電話番号からカード会社に連絡し、再発行を相談してください。",
		en: "If it was not reissued, you may still be using the card number of that time: call your card company on the number on the back of the card and ask about a reissue.",
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
	summaryTitle: { ja: "Wi-Fiレンタル 流出チェックの結果", en: "Wi-Fi Rental Breach Check result" },
	summaryAnswers: { ja: "回答", en: "Answers" },
	summaryAnswersOf: { ja: "レンタル{n}の回答", en: "Answers for rental {n}" },
	summarySettle: { ja: "はっきりさせる回答：", en: "What would settle it:" },
	summaryNotNeeded: { ja: "この結果には不要", en: "not needed for this result" },
	summaryCompanyUnknown: { ja: "覚えていない（両社で確認）", en: "not remembered (both checked)" },
	summaryMessage: { ja: "{company}からの流出のお知らせ", en: "{company}'s message about the breach" },
	summaryNotRemembered: { ja: "覚えていない", en: "not remembered" },
	summaryLocal: {
		ja: "この結果はブラウザの中だけで計算され、どこにも送信されていません。",
		en: "This result was computed inside the browser and sent nowhere.",
	},
} as const satisfies Record<string, Text>;

export type ResultMessageKey = keyof typeof resultMessages;

export function resultMessage(
	locale: Locale,
	key: ResultMessageKey,
	values?: Readonly<Record<string, string | number>>,
): string {
	return fill(resultMessages[key][locale], values);
}

export function fieldLabel(locale: Locale, field: RentalField): string {
	return resultMessages[`field.${field}`][locale];
}

export function sourceKindLabel(locale: Locale, kind: SourceKind): string {
	return resultMessages[`sourceKind.${kind}`][locale];
}

/** Any interface string, the questions' or the result's: for code that loads with the result. */
export function say(
	locale: Locale,
	key: MessageKey | ResultMessageKey,
	values?: Readonly<Record<string, string | number>>,
): string {
	return key in resultMessages
		? resultMessage(locale, key as ResultMessageKey, values)
		: message(locale, key as MessageKey, values);
}
