import type { DataKind, Figure } from "../incidents/types";
import type { Locale, Text } from "./text";

/**
 * The strings the breach banner shows. They live apart from the checker's because the content
 * script carries them into every vendor page: it should carry nothing else.
 */
export const bannerMessages = {
	appName: { ja: "Wi-Fiレンタル 流出チェック", en: "Wi-Fi Rental Breach Check" },
	"certainty.secondary": { ja: "二次情報", en: "secondary source" },
	"certainty.disputed": { ja: "資料により異なる", en: "sources disagree" },

	"data.card-number": { ja: "カード番号", en: "card number" },
	"data.card-expiry": { ja: "有効期限", en: "expiry date" },
	"data.card-security-code": { ja: "セキュリティコード", en: "security code" },
	"data.cardholder-name": { ja: "カード名義人", en: "cardholder name" },
	"data.name": { ja: "氏名", en: "name" },
	"data.address": { ja: "住所", en: "address" },
	"data.email": { ja: "メールアドレス", en: "email address" },
	"data.phone": { ja: "電話番号", en: "phone number" },
	"data.company": { ja: "社名", en: "company" },
	"data.department": { ja: "部署", en: "department" },
	listSeparator: { ja: "、", en: ", " },

	bannerRegion: { ja: "カード情報流出のお知らせ", en: "Card-data breach notice" },
	bannerFrom: { ja: "拡張機能「{app}」より", en: "From the {app} extension" },
	bannerHeadline: {
		ja: "{company}は{announced}、クレジットカード情報の流出を公表しました。",
		en: "{company} disclosed a breach of customers' card data on {announced}.",
	},
	bannerNotNamed: {
		ja: "2013年の告知が対象として挙げたのは当時のサイト（{sites}）で、このサイトではありません。",
		en: "The 2013 notice named the company's site of that time ({sites}), not this one.",
	},
	bannerNotNamedSeveral: {
		ja: "2013年の告知が対象として挙げたのは当時のサイト（{sites}）で、このサイトではありません。",
		en: "The 2013 notice named the company's sites of that time ({sites}), not this one.",
	},
	bannerShowDetails: { ja: "詳しく", en: "Details" },
	bannerHideDetails: { ja: "詳細を閉じる", en: "Hide details" },
	bannerDetailsFailed: {
		ja: "詳細を読み込めませんでした。ページを再読み込みしてください。",
		en: "The details could not be loaded. Reload the page to try again.",
	},
	bannerCheck: { ja: "自分が対象か確かめる", en: "Check whether I was affected" },
	bannerHideSite: { ja: "このサイトでは表示しない", en: "Hide on this site" },
	bannerHideCompany: { ja: "この会社では表示しない", en: "Hide for this company" },
	bannerFold: { ja: "警告を小さくする", en: "Minimize the warning" },
	bannerUnfold: { ja: "流出の警告を開く", en: "Open the breach warning" },
	bannerHiddenSite: { ja: "このサイトではバナーを表示しません。", en: "The banner will not show on this site." },
	bannerHiddenCompany: {
		ja: "この会社のサイトではバナーを表示しません。",
		en: "The banner will not show on this company's sites.",
	},
	bannerUndo: { ja: "元に戻す", en: "Undo" },
	bannerWhen: { ja: "いつ", en: "When" },
	bannerLeakedOn: { ja: "{path}から流出：{when}", en: "Taken from {path}: {when}" },
	bannerAccessedOn: {
		ja: "{path}への不正アクセス（総務省による期間）：{when}。データが持ち出された日を示す資料はありません。",
		en: "Unauthorized access to {path} (the period Japan's communications ministry gave): {when}. No source gives the days the data was taken.",
	},
	bannerMicAccess: {
		ja: "不正アクセスの期間（総務省による）：{when}。{text}",
		en: "Unauthorized access (the period Japan's communications ministry gave): {when}. {text}",
	},
	bannerAnnounced: { ja: "公表：{when}", en: "Announced: {when}" },
	bannerWhat: { ja: "流出した情報", en: "What leaked" },
	bannerWhatMayHave: {
		ja: "流出した可能性のある情報（告知の表現）",
		en: "What may have leaked (the notice's words)",
	},
	bannerCount: { ja: "件数", en: "How many" },
	bannerActions: { ja: "会社と行政の対応", en: "What the company and the regulator did" },
	bannerNotice: { ja: "公式の告知", en: "The official notice" },
	securityCodeLeaked: { ja: "セキュリティコードも流出しました。", en: "Card security codes leaked too." },
	securityCodeNotHeld: {
		ja: "セキュリティコードは当時、会社が保持していなかったため、流出していません。",
		en: "Card security codes were not held by the company at the time, so they did not leak.",
	},
	"unit.records": { ja: "{count}件", en: "{count} records" },
	"unit.cards": { ja: "{count}枚", en: "{count} cards" },
	"unit.cases": { ja: "{count}件", en: "{count} cases" },
	"qualifier.exact": { ja: "{figure}", en: "{figure}" },
	"qualifier.at-least": { ja: "少なくとも{figure}", en: "at least {figure}" },
	"qualifier.at-most": { ja: "最大{figure}", en: "up to {figure}" },
	misuseReported: { ja: "不正利用の報告：{figure}", en: "Misuse reported: {figure}" },
	bannerPrivate: {
		ja: "確認はこのブラウザの中だけで行われ、この会社を含め誰にも送信されません。",
		en: "The check runs inside this browser only; nothing is sent to anyone, this company included.",
	},
} as const satisfies Record<string, Text>;

export type BannerMessageKey = keyof typeof bannerMessages;

/** Fills `{name}` markers; a marker with no value stays visible so a test can catch it. */
export function fill(template: string, values: Readonly<Record<string, string | number>> = {}): string {
	return template.replace(/\{(\w+)\}/g, (marker, name: string) => (name in values ? String(values[name]) : marker));
}

export function bannerMessage(
	locale: Locale,
	key: BannerMessageKey,
	values?: Readonly<Record<string, string | number>>,
): string {
	return fill(bannerMessages[key][locale], values);
}

export function dataKindLabel(locale: Locale, kind: DataKind): string {
	return bannerMessages[`data.${kind}`][locale];
}

export function list(locale: Locale, items: readonly string[]): string {
	return items.join(bannerMessages.listSeparator[locale]);
}

/** A count as people write it: 97,438. */
export function count(value: number): string {
	return value.toLocaleString("en-US");
}

/** A figure never without its unit and qualifier: "at least 172 cases", 「少なくとも172件」. */
export function figureText(locale: Locale, figure: Figure): string {
	const withUnit = bannerMessage(locale, `unit.${figure.unit}`, { count: count(figure.value) });
	return bannerMessage(locale, `qualifier.${figure.qualifier}`, { figure: withUnit });
}

/**
 * A qualifier ("secondary source") added to a sentence, inside its closing full stop:
 * 「…伝えています(二次情報)。」, "… a blog reports (secondary source)."
 */
export function qualify(locale: Locale, sentence: string, qualifier: string): string {
	const stop = locale === "ja" ? "。" : ".";
	const open = locale === "ja" ? "（" : " (";
	const close = locale === "ja" ? "）" : ")";
	const body = sentence.endsWith(stop) ? sentence.slice(0, -stop.length) : sentence;
	return `${body}${open}${qualifier}${close}${sentence.endsWith(stop) ? stop : ""}`;
}

/** A name that may start a sentence or a heading: "the card-payment server" → "The card-payment server". */
export function capitalized(text: string): string {
	return text.charAt(0).toUpperCase() + text.slice(1);
}

/** The colon between a label and its text: full width in Japanese. */
export function labelled(locale: Locale, label: string, text: string): string {
	return locale === "ja" ? `${label}：${text}` : `${label}: ${text}`;
}

/** The banner's translator for one locale: `t(key, values)`, and `t.text(data)` for data texts. */
export function bannerT(locale: Locale) {
	const t = (key: BannerMessageKey, values?: Readonly<Record<string, string | number>>) =>
		bannerMessage(locale, key, values);
	t.text = (text: Text) => text[locale];
	t.locale = locale;
	return t;
}
