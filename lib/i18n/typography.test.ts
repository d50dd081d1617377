import { readFileSync } from "node:fs";
import { describe, expect, test } from "vitest";
import { whatHappenedInBoth } from "../checker/what-happened";
import { incidents, vendors } from "../incidents";
import { bannerMessages } from "./banner-messages";
import { messages } from "./messages";
import { privacyPage } from "./privacy-page";
import { resultMessages } from "./result-messages";
import { tabSiteMessages } from "./tab-site-messages";
import { timelineMessages } from "./timeline-messages";
import { japaneseTypographyProblems, phrasingProblems, repeatedSentences } from "./typography";
import { viewMessages } from "./view-messages";
import { whatHappenedMessages } from "./what-happened-messages";

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
		...texts(privacyPage, "privacyPage"),
		...texts(viewMessages, "viewMessages"),
		...texts(whatHappenedMessages, "whatHappenedMessages"),
		...whatHappenedSentences("ja"),
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

	test("one spelling: 「サーバ」, as the notices write it", () => {
		expect(all.filter(([, text]) => text.includes("サーバー")).map(([path]) => path)).toEqual([]);
	});

	test("no text says one sentence twice", () => {
		expect(all.filter(([, text]) => repeatedSentences(text).length > 0).map(([path]) => path)).toEqual([]);
	});
});

describe("phrasing the round-four audit found slipping (G15–G25)", () => {
	test.each([
		["不正利用の報告：270枚：公表時点で報告された枚数です。", "ja"],
		["主な資料：…（公式、株式会社テレコムスクエア、2013年9月20日（平成25年9月20日））", "ja"],
		["…the server for corporate clients' sites (AP-A): Data taken. the GLOBALDATA servers were attacked.", "en"],
		["[ブログ] shimajiro@mobiler (quotes the notice)", "ja"],
		["保存先はサーバーではありません。", "ja"],
		["ITpro (Nikkei) (ITpro（日経）, 20 September 2013)", "en"],
	] as const)("%s is caught", (text, locale) => {
		expect(phrasingProblems(text, locale).length).toBeGreaterThan(0);
	});

	test.each([
		["不正利用の報告：270枚（公表時点で報告されたカードの枚数）", "ja"],
		["窓口：平日10:00〜19:00", "ja"],
		["n-seikei reported at least 172 cases. Card security codes were not held.", "en"],
		["告知の表現「サーバ（Web-B）：下記の①または②に該当する方」", "ja"],
		["Wi-Ho! の利用規約（英語版、「The Company: Telecom Square, Inc.」）", "ja"],
	] as const)("%s keeps them", (text, locale) => {
		expect(phrasingProblems(text, locale)).toEqual([]);
	});

	test("every text the product carries, in both languages", () => {
		const problems = (["ja", "en"] as const).flatMap((locale) =>
			allTexts(locale).flatMap(([path, text]) =>
				phrasingProblems(text, locale).map((problem) => `${path}: ${problem}`),
			),
		);
		expect(problems).toEqual([]);
	});
});

/** "What happened" as the pages carry it: the sentences written out from the data. */
function whatHappenedSentences(locale: "ja" | "en"): [string, string][] {
	return whatHappenedInBoth()[locale].flatMap((company) =>
		company.sentences.map((sentence, index): [string, string] => [
			`whatHappened.${company.vendor}[${index}]`,
			sentence,
		]),
	);
}

/** Every text the product carries in one language, with where it is. */
function allTexts(locale: "ja" | "en"): [string, string][] {
	const of = (value: unknown, path: string): [string, string][] => {
		if (Array.isArray(value)) return value.flatMap((item, index) => of(item, `${path}[${index}]`));
		if (typeof value !== "object" || value === null) return [];
		const record = value as Record<string, unknown>;
		if (typeof record.ja === "string" && typeof record.en === "string") return [[path, record[locale] as string]];
		return Object.entries(record).flatMap(([key, item]) => of(item, `${path}.${key}`));
	};
	return [
		...of(messages, "messages"),
		...of(resultMessages, "resultMessages"),
		...of(timelineMessages, "timelineMessages"),
		...of(bannerMessages, "bannerMessages"),
		// Code is not prose: the privacy page's commands and keys are left out of the check.
		...of(privacyPage, "privacyPage").map(([path, text]): [string, string] => [path, text.replace(/`[^`]*`/g, "X")]),
		...of(viewMessages, "viewMessages"),
		...of(whatHappenedMessages, "whatHappenedMessages"),
		...whatHappenedSentences(locale),
		...incidents.flatMap((incident) => of(incident, incident.id)),
		...vendors.flatMap((vendor) => of(vendor, vendor.id)),
	];
}

describe("the repository's own documents keep the Japanese rules too (G25)", () => {
	test.each(["README.md", "PRIVACY.md", "STORE.md"])("%s", (file) => {
		const text = readFileSync(new URL(`../../${file}`, import.meta.url), "utf8");
		let inCode = false;
		const problems: string[] = [];
		for (const [index, line] of text.split("\n").entries()) {
			if (line.startsWith("```")) inCode = !inCode;
			if (inCode) continue;
			// Code, link targets and image paths are not prose.
			const prose = line.replace(/`[^`]*`/g, "").replace(/\]\([^)]*\)/g, "]");
			// Japanese prose, not an English sentence that names something in Japanese.
			const japanese = (prose.match(/[\u3040-\u30ff\u3400-\u9fff]/g) ?? []).length;
			const latin = (prose.match(/[A-Za-z]/g) ?? []).length;
			if (japanese <= latin) continue;
			for (const problem of [...japaneseTypographyProblems(prose), ...(/サーバー/.test(prose) ? ["サーバー"] : [])])
				problems.push(`${file}:${index + 1}: ${problem}`);
		}
		expect(problems).toEqual([]);
	});
});
