import { fill } from "./banner-messages";
import type { Locale, Text } from "./text";

/**
 * What the record validator says (lib/criteria/check.ts) and what the draft preview shows, in
 * Japanese and English side by side. Each check's sentence says what is wrong in the record's own
 * terms and what to do, for a person who writes records without writing code; `{name}` marks a
 * value filled in by `fill`.
 */
export const checkMessages = {
	"OBC-SCH-001": {
		ja: "ここに「{name}」がありません。この位置には必ず書きます。",
		en: "“{name}” is missing here. Every record needs it in this place.",
	},
	"OBC-SCH-002": {
		ja: "「{name}」はこの位置で使える項目ではありません。削除するか、綴りを確かめてください。",
		en: "“{name}” is not a field of the format here. Remove it, or check its spelling.",
	},
	"OBC-SCH-003": { ja: "ここには{type}を書きます。", en: "This should be {type}." },
	"OBC-SCH-004": {
		ja: "「{value}」はここでは使えません。次のどれかを書いてください：{allowed}",
		en: "“{value}” is not allowed here. Use one of: {allowed}.",
	},
	"OBC-SCH-005": { ja: "書き方が違います。{form}", en: "This is not written the way the format expects. {form}" },
	"OBC-SCH-006": {
		ja: "空です。少なくとも一つ書いてください（期間なら from か to）。",
		en: "This is empty: it needs at least one entry (for a period, from or to).",
	},
	"OBC-SCH-007": { ja: "この数は{limit}以上にします。", en: "This number must be {limit} or more." },
	"OBC-SCH-008": {
		ja: "条件の形が違います：{ field, in }、{ field, within }、{ not_all } のどれか一つにしてください。",
		en: "This condition has the wrong shape: use exactly one of { field, in }, { field, within } or { not_all }.",
	},
	"OBC-SCH-009": {
		ja: "日付（YYYY-MM-DD）か、from と to のある期間のどちらかを書いてください。",
		en: "Write either a day (YYYY-MM-DD) or a period with both from and to.",
	},
	"OBC-SCH-010": { ja: "形式の決まりに合いません（{detail}）。", en: "This breaks a rule of the format ({detail})." },
	"OBC-JSON-001": {
		ja: "JSONとして読めません（{detail}）。括弧、引用符、カンマを確かめてください。",
		en: "This file cannot be read as JSON ({detail}). Check its brackets, quotes and commas.",
	},
	"OBC-DAY-001": {
		ja: "「{value}」は暦にない日です。月と日を確かめてください（2月は28日か29日までです）。",
		en: "“{value}” is not a day in the calendar. Check the month and the day (February has 28 or 29 days).",
	},
	"OBC-DAY-002": {
		ja: "この期間は終わり（{to}）が始め（{from}）より前です。入れ替えるか、どちらかの日を直してください。",
		en: "This period ends ({to}) before it begins ({from}). Swap the two days, or correct one of them.",
	},
	"OBC-ID-001": {
		ja: "id「{id}」が2回使われています。一つ一つに別の id を付けてください。",
		en: "The id “{id}” is used twice. Give each part its own id.",
	},
	"OBC-REF-001": {
		ja: "「{id}」を出典として挙げていますが、記録の sources にありません。sources に加えるか、id を直してください。",
		en: "“{id}” is cited as a source, but the record's “sources” does not list it. Add it there, or correct the id.",
	},
	"OBC-REF-002": {
		ja: "出典「{id}」はどこからも引用されていません。裏付ける記述に挙げるか、削除してください。",
		en: "The source “{id}” is listed, but nothing cites it. Cite it where it supports a statement, or remove it.",
	},
	"OBC-REF-003": {
		ja: "「{id}」はこの記録の経路（paths）にありません。次のどれかにしてください：{ids}",
		en: "“{id}” is not a path of this record. Use the id of one of its paths: {ids}.",
	},
	"OBC-REF-004": {
		ja: "相違「{id}」が conflicts にありません。conflicts に加えるか、id を直してください。",
		en: "The conflict “{id}” is not in “conflicts”. Add it there, or correct the id.",
	},
	"OBC-QUO-001": {
		ja: "引用の出典「{source}」を、この表現（除外）自身の sources が挙げていません。自身の出典（{ids}）から引用するか、その出典を sources に加えてください。",
		en: "The quote is from “{source}”, which this wording (or exclusion) does not cite. Quote one of its own sources ({ids}), or add that source to its “sources”.",
	},
	"OBC-VOC-001": {
		ja: "この記録の回答項目「{vocabulary}」を、このツールは知りません。知っているのは {known} です。",
		en: "This record uses the answers vocabulary “{vocabulary}”, which this tool does not know. It knows {known}.",
	},
	"OBC-VOC-002": {
		ja: "「{field}」は回答項目 {vocabulary} にありません。次のどれかにしてください：{fields}",
		en: "“{field}” is not a field of the vocabulary {vocabulary}. Use one of: {fields}.",
	},
	"OBC-VOC-003": {
		ja: "「{value}」は {field} の値にありません。次のどれかにしてください：{values}",
		en: "“{value}” is not a value of {field}. Use one of: {values}.",
	},
	"OBC-VOC-004": {
		ja: "{field} は日付の項目です。in（値の一覧）ではなく within（日の期間）で書いてください。",
		en: "{field} is a day: test it with “within” (a period of days), not “in”.",
	},
	"OBC-VOC-005": {
		ja: "{field} は選択の項目です。within（日の期間）ではなく in（値の一覧）で書いてください。",
		en: "{field} is a choice: test it with “in” (a list of values), not “within”.",
	},
	"OBC-CLS-001": {
		ja: "どのレンタルもこの条項の条件をすべて満たせません（重ならない期間、返却より後の申込など）。告知の文言と日付・値を見比べてください。",
		en: "No rental can meet every condition of this clause (periods that do not overlap, an order after the return…). Compare its days and values with the notice's words.",
	},
	"OBC-EXC-001": {
		ja: "どのレンタルもこの除外の条件をすべて満たせません。告知の文言と日付・値を見比べてください。",
		en: "No rental can meet every condition of this exclusion. Compare its days and values with the notice's words.",
	},
	"OBC-EXC-002": {
		ja: "この除外と、同じ告知の条項「{clause}」（{path}）の両方に当てはまるレンタルがあります。告知が自らと食い違っているので、conflicts にそのことを書き、この除外の conflict にその id を書いてください。",
		en: "One rental can meet both this exclusion and clause “{clause}” of the same notice ({path}): the notice contradicts itself. Say so in a conflict in “conflicts”, and name it in this exclusion's “conflict”.",
	},
	"OBC-WRD-001": {
		ja: "この経路には表現が{count}つありますが、相違（conflict）を挙げていません。出典によって対象者の書き方が違う場合は、conflicts にその違いを書き、この経路の conflict にその id を書いてください。",
		en: "This path has {count} wordings but names no conflict. Where sources word who was affected differently, say how in a conflict in “conflicts”, and name it in the path's “conflict”.",
	},
	"OBC-EVT-001": {
		ja: "この出来事（{day}）が、一つ前の出来事（{previous}）より前の日付です。出来事は最初の日の順に並べてください。",
		en: "This event ({day}) comes before the one listed above it ({previous}). List events in the order of their first day.",
	},
	"OBC-ORG-001": {
		ja: "このサイトが挙げる出典「{id}」が、organization の sources にありません。そこに加えてください。",
		en: "This site cites “{id}”, which the organization's “sources” does not list. Add it there.",
	},
} as const satisfies Record<string, Text>;

export type CheckCode = keyof typeof checkMessages;

/** The words for what a schema rule expects, filled into OBC-SCH-003 and OBC-SCH-005. */
export const checkForms = {
	"type.string": { ja: "文字列", en: "a text" },
	"type.object": { ja: "オブジェクト（{ }）", en: "an object ({ })" },
	"type.array": { ja: "一覧（[ ]）", en: "a list ([ ])" },
	"type.integer": { ja: "整数", en: "a whole number" },
	"type.boolean": { ja: "true か false", en: "true or false" },
	"form.day": { ja: "日付は YYYY-MM-DD で書きます（例：2013-02-05）。", en: "Write a day as YYYY-MM-DD (2013-02-05)." },
	"form.timestamp": {
		ja: "日時は協定世界時で YYYY-MM-DDTHH:MM:SSZ と書きます（例：2026-12-07T22:04:00Z）。",
		en: "Write a moment in UTC as YYYY-MM-DDTHH:MM:SSZ (2026-12-07T22:04:00Z).",
	},
	"form.url": {
		ja: "http:// か https:// で始まるアドレスを書きます。",
		en: "Write an address that starts with http:// or https://.",
	},
	"form.id": {
		ja: "id は小文字の英字と数字で、語をハイフンでつなぎます（例：web-b-official-report）。",
		en: "Write an id in lower-case letters and digits, words joined by hyphens (web-b-official-report).",
	},
	"form.conflictId": {
		ja: "相違の id は英数字で書きます（例：C15）。",
		en: "Write a conflict id in letters and digits (C15).",
	},
	"form.plain": {
		ja: "空でない文字列を、前後に空白を入れずに書きます。",
		en: "Write a text that is not empty, with no spaces at either end.",
	},
	"form.domain": {
		ja: "ドメインは小文字で、www. を付けずに書きます（例：telecomsquare.co.jp）。",
		en: "Write a domain in lower case, without www. (telecomsquare.co.jp).",
	},
	"form.time": { ja: "時刻は HH:MM で書きます（例：17:00）。", en: "Write a time of day as HH:MM (17:00)." },
	"form.schema_version": {
		ja: "このツールが読むのは形式の版 1 です（例：1.0.0）。",
		en: "This tool reads format version 1 (1.0.0).",
	},
	"form.vocabulary": {
		ja: "回答項目は id/版 と書きます（例：travel-rental/1）。",
		en: "Name the vocabulary as id/major (travel-rental/1).",
	},
	"form.time_zone": {
		ja: "IANA のタイムゾーン名を書きます（例：Asia/Tokyo）。",
		en: "Write an IANA time zone name (Asia/Tokyo).",
	},
	"form.fieldName": {
		ja: "回答項目の項目名を書きます（例：orderedOn）。",
		en: "Write a field name of the vocabulary (orderedOn).",
	},
	"form.other": { ja: "形式の決まりを確かめてください。", en: "Check the format's rule for this field." },
} as const satisfies Record<string, Text>;

export type CheckFormKey = keyof typeof checkForms;

/** The draft preview on the full checker (components/criteria). */
export const draftMessages = {
	draftOpenHeading: { ja: "下書きの記録をプレビューする", en: "Preview a draft record" },
	draftOpenIntro: {
		ja: "新しい流出の条件を記録の形式（lib/criteria/SPEC.md）で書いたら、ここで開いて確かめられます。ファイルはこのページの中で読むだけで、送信も保存もしません。",
		en: "Have you written a breach's criteria as a record (lib/criteria/SPEC.md)? Open it here to check it. The file is read inside this page only: nothing is sent or stored.",
	},
	draftOpenButton: { ja: "記録ファイルを開く（.json）", en: "Open a record file (.json)" },
	draftLoading: { ja: "読み込んでいます…", en: "Loading…" },
	draftClose: { ja: "プレビューを閉じる", en: "Close the preview" },
	draftBanner: {
		ja: "下書き：検証されておらず、この拡張機能には含まれていません",
		en: "Draft: not verified, not shipped",
	},
	draftBannerDetail: {
		ja: "開いたファイル「{file}」をこのページの中だけで表示しています。拡張機能が持つ2件の記録も、結果も変わりません。",
		en: "The file “{file}” is shown inside this page only. The extension's two records and its results do not change.",
	},
	draftInvalidHeading: {
		ja: "この記録は検証に通りませんでした（{count}件）",
		en: "This record did not pass the checks ({count})",
	},
	draftInvalidIntro: {
		ja: "次の点を直してから、もう一度開いてください。同じ内容は npm run criteria -- check でも確かめられます。",
		en: "Fix these, then open the file again. npm run criteria -- check says the same.",
	},
	draftValid: {
		ja: "この記録は形式と意味の検証に通りました。",
		en: "This record passes the format's schema and its checks.",
	},
	draftWithdrawn: {
		ja: "この記録は取り下げられています（{when}）。結果は出しません。",
		en: "This record was withdrawn ({when}). It gives no result.",
	},
	draftBannerPreviewHeading: {
		ja: "バナーのプレビュー（この会社のサイトで表示される内容）",
		en: "Banner preview (what its company's sites would show)",
	},
	draftSitesLabel: { ja: "表示するサイト", en: "Shown on" },
	draftResultHeading: { ja: "この下書きで判定した結果", en: "Result by this draft" },
	draftResultIntro: {
		ja: "覚えていることを選ぶと、この下書きの条件だけで判定します。この欄の回答は保存しません。",
		en: "Choose what you remember: it is checked against this draft's criteria only. Answers here are not kept.",
	},
	draftDayFrom: { ja: "{field}（この日以降）", en: "{field} (on or after)" },
	draftDayTo: { ja: "{field}（この日以前）", en: "{field} (on or before)" },
	draftSpanReversed: {
		ja: "{field}の期間は、終わりの日が始めの日より前になっています。",
		en: "The period for {field} ends before it begins.",
	},
	draftMessageQuestion: {
		ja: "{company}から流出についての連絡を受け取りましたか？",
		en: "Did a message about the breach from {company} reach you?",
	},
	"draftMessage.received": { ja: "受け取った", en: "It did" },
	"draftMessage.not-received": { ja: "受け取っていない", en: "It did not" },
	"draftMessage.unknown": { ja: "覚えていない", en: "I don't remember" },
	draftCompanyVerdict: { ja: "{company}：{verdict}", en: "{company}: {verdict}" },
	draftPathVerdict: { ja: "{path}：{verdict}", en: "{path}: {verdict}" },
	draftCompanyByMessage: {
		ja: "{company}：{verdict}（会社からの連絡による）",
		en: "{company}: {verdict} (by the company's message)",
	},
	draftReason: { ja: "理由：{reason}", en: "Why: {reason}" },
	draftWordingOutcome: { ja: "{label}：{verdict}", en: "{label} — {verdict}" },
	draftSettles: { ja: "次の回答で確定します：{fields}", en: "One of these answers would settle it: {fields}" },
	draftNothingSettles: {
		ja: "一つの回答だけでは確定しません。",
		en: "No single answer settles it.",
	},
	// The company's message settled a path the published criteria leave open (SPEC 5.6).
	"reason.by-message": {
		ja: "会社から流出についての連絡を受け取ったため、対象です。公表された条件だけでは、{reason}",
		en: "A message about the breach from the company reached you, so it is included. By the published criteria alone, {reason}",
	},
	"reason.criteria-met": { ja: "条件（{clauses}）に当てはまります。", en: "The criteria hold ({clauses})." },
	"reason.criteria-not-met": { ja: "公表された条件に当てはまりません。", en: "The published criteria do not hold." },
	"reason.excluded": { ja: "除外（{exclusions}）に当てはまります。", en: "An exclusion applies ({exclusions})." },
	"reason.depends-on-answers": {
		ja: "覚えていない回答によって結果が変わります。",
		en: "The result depends on answers you do not remember.",
	},
	"reason.notice-contradicts-itself": {
		ja: "告知が自らと食い違っています。条項（{clauses}）が含め、除外（{exclusions}）が外します。",
		en: "The notice contradicts itself. This rental is included by {clauses} and removed by {exclusions}.",
	},
	"reason.sources-disagree": {
		ja: "出典によって表現が違い、結果が分かれます（相違 {conflict}）。",
		en: "The sources word it differently, and their results differ (conflict {conflict}).",
	},
} as const satisfies Record<string, Text>;

export type DraftMessageKey = keyof typeof draftMessages;

export function checkMessage(locale: Locale, code: CheckCode, values?: Readonly<Record<string, string | number>>) {
	return fill(checkMessages[code][locale], values);
}

export function checkForm(locale: Locale, key: CheckFormKey): string {
	return checkForms[key][locale];
}

export function draftMessage(
	locale: Locale,
	key: DraftMessageKey,
	values?: Readonly<Record<string, string | number>>,
): string {
	return fill(draftMessages[key][locale], values);
}
