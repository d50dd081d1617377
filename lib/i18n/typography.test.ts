import { describe, expect, test } from "vitest";
import { incidents, vendors } from "../incidents";
import { bannerMessages } from "./banner-messages";
import { messages } from "./messages";
import { resultMessages } from "./result-messages";
import { tabSiteMessages } from "./tab-site-messages";
import { timelineMessages } from "./timeline-messages";
import { japaneseTypographyProblems, repeatedSentences } from "./typography";

describe("the rules themselves", () => {
	test.each([
		["流出しました。。", 1],
		["サーバ(AP-A)から", 2],
		["公表:2013年", 1],
		["受け取りましたか?", 1],
	] as const)("%s breaks them", (text, count) => {
		expect(japaneseTypographyProblems(text)).toHaveLength(count);
	});

	test.each([
		"サーバ（AP-A）から流出：2013年2月5日",
		"平日10:00〜19:00",
		"https://telecomsquare.co.jp/info20130920cs011.html（保存された写し）",
		"ITmedia 5/27 の一覧",
	])("%s keeps them", (text) => {
		expect(japaneseTypographyProblems(text)).toEqual([]);
	});

	test("a sentence said twice in one block is found, in either language", () => {
		expect(repeatedSentences("告知が挙げたのは当時のサイトです。告知が挙げたのは当時のサイトです。")).toEqual([
			"告知が挙げたのは当時のサイトです。",
		]);
		expect(repeatedSentences("The email did not say which card. The email did not say which card.")).toHaveLength(1);
		expect(repeatedSentences("One thing here. Another thing there.")).toEqual([]);
	});
});

/** Every `{ ja, en }` text inside a value, with where it is. */
function* texts(value: unknown, path: string): Generator<[string, string]> {
	if (Array.isArray(value)) {
		for (const [index, item] of value.entries()) yield* texts(item, `${path}[${index}]`);
		return;
	}
	if (typeof value !== "object" || value === null) return;
	const record = value as Record<string, unknown>;
	if (typeof record.ja === "string" && typeof record.en === "string") {
		yield [path, record.ja];
		return;
	}
	for (const [key, item] of Object.entries(record)) yield* texts(item, `${path}.${key}`);
}

describe("every Japanese text the product carries keeps the rules", () => {
	const all = [
		...texts(messages, "messages"),
		...texts(resultMessages, "resultMessages"),
		...texts(timelineMessages, "timelineMessages"),
		...texts(bannerMessages, "bannerMessages"),
		...texts(tabSiteMessages, "tabSiteMessages"),
		...incidents.flatMap((incident) => [...texts(incident, incident.id)]),
		...vendors.flatMap((vendor) => [...texts(vendor, vendor.id)]),
	];

	test("there are hundreds of them", () => {
		expect(all.length).toBeGreaterThan(400);
	});

	test("no doubled full stop, no half-width bracket, colon or question mark beside Japanese", () => {
		const problems = all.flatMap(([path, text]) =>
			japaneseTypographyProblems(text).map((problem) => `${path}: ${problem}`),
		);
		expect(problems).toEqual([]);
	});

	test("no text says one sentence twice", () => {
		expect(all.filter(([, text]) => repeatedSentences(text).length > 0).map(([path]) => path)).toEqual([]);
	});
});
