import { fill } from "./banner-messages";
import type { Locale, Text } from "./text";

/**
 * The timeline's strings (components/checker/Timeline.tsx, lib/checker/timeline.ts), in Japanese
 * and English side by side. They live apart from `messages` for the reason the banner's do: that
 * object is in the popup's start bundle (≤ 30 KB gzip), and only the results chunk, loaded after
 * the first render, draws the timeline. Names drawn in the picture are short enough for one line
 * on a 360 px phone where the words allow; the text alternative says more.
 */
export const timelineMessages = {
	title: {
		ja: "公表された期間とあなたのレンタルの日付（{from}〜{to}年）",
		en: "The published periods and your rental dates, {from}–{to}",
	},
	titleNoRental: { ja: "公表された期間（{from}〜{to}年）", en: "The published periods, {from}–{to}" },
	note: {
		ja: "この図は日付だけを比べています。どの申込・返却が対象かは、各期間の名前が示しています。",
		en: "The picture compares dates only. Each period's name says which orders or returns it covers.",
	},
	axis: { ja: "{from}年から{to}年までの時系列です。", en: "A timeline from {from} to {to}." },
	inWords: { ja: "図の内容（文章で）", en: "The picture in words" },
	yourRental: { ja: "あなたのレンタル{n}", en: "Your rental {n}" },
	ordered: { ja: "申込：{when}", en: "Ordered: {when}" },
	returned: { ja: "返却：{when}", en: "Returned: {when}" },
	noDates: {
		ja: "申込日も返却日も分からないため、図の上には置けません。",
		en: "Neither date is known, so the picture cannot place this rental.",
	},
	fallsInside: { ja: "日付が含まれる期間", en: "Periods your dates fall in" },
	fallsPartly: { ja: "日付の一部が含まれる期間", en: "Periods your dates fall partly in" },
	fallsOutside: { ja: "日付が含まれない期間", en: "Periods your dates fall outside" },
	period: { ja: "{label}、{when}", en: "{label}, {when}" },
	orders: { ja: "{how}の申込", en: "Orders {how}" },
	ordersAnyWay: { ja: "申込（方法を問わず）", en: "Orders, however made" },
	returns: { ja: "{how}での返却", en: "Returns {how}" },
	returnsAnyWay: { ja: "返却（方法を問わず）", en: "Returns, however made" },
	returnsNotSettled: {
		ja: "返却時に{place}で精算しなかった返却",
		en: "Returns not settled {place} when returning",
	},
	inUse: {
		ja: "期間中に利用していたレンタル（申込から返却まで）",
		en: "Rentals in use at any time, order to return",
	},
	either: { ja: "{a}または{b}", en: "{a} or {b}" },
	"via.orderedVia.vendor-website": { ja: "{sites}から", en: "on {sites}" },
	"via.orderedVia.corporate-site": { ja: "法人様専用サイトから", en: "on corporate clients' sites" },
	"via.orderedVia.airport-counter": { ja: "空港カウンターで", en: "at an airport counter" },
	"via.orderedVia.other": { ja: "その他の方法で", en: "in another way" },
	"via.returnedVia.courier": { ja: "宅配便", en: "by courier" },
	"via.returnedVia.airport-return-box": { ja: "空港の返却BOX", en: "at an airport return box" },
	"via.returnedVia.airport-counter": { ja: "空港カウンター", en: "at an airport counter" },
	"via.returnedVia.other": { ja: "その他の方法", en: "in another way" },
	"via.paidVia.airport-counter": { ja: "空港カウンター", en: "at an airport counter" },
	whoHeading: {
		ja: "公表された対象期間と、あなたのレンタル",
		en: "The published periods, and your rental",
	},
	attacksHeading: { ja: "サーバが攻撃された時期", en: "When the servers were attacked" },
	takenFrom: { ja: "{server}：データが持ち出された時期", en: "{server}: data taken" },
	accessedOn: {
		ja: "{server}：不正アクセスの期間（総務省）",
		en: "{server}: unauthorized access (the ministry's period)",
	},
	accessedNote: {
		ja: "総務省が示した期間です。データが持ち出された日を示す資料はありません。",
		en: "The Ministry of Internal Affairs and Communications gave this period; no source gives the days the data was taken.",
	},
	serversAccessed: {
		ja: "サーバへの不正アクセスの期間（総務省）",
		en: "Unauthorized access to the servers (the ministry's period)",
	},
} as const satisfies Record<string, Text>;

export type TimelineMessageKey = keyof typeof timelineMessages;

export function timelineMessage(
	locale: Locale,
	key: TimelineMessageKey,
	values?: Readonly<Record<string, string | number>>,
): string {
	return fill(timelineMessages[key][locale], values);
}
