import { describe, expect, test } from "vitest";
import { bannerMessages, figureText, fill } from "./banner-messages";
import { message, messages } from "./messages";
import { resultMessages } from "./result-messages";
import { LOCALES, resolveLocale } from "./text";

describe("messages", () => {
	test.each(Object.entries({ ...messages, ...resultMessages }))("%s exists in Japanese and English", (key, text) => {
		for (const locale of LOCALES) {
			expect(text[locale].trim().length).toBeGreaterThan(0);
			// The list separator is the one string that is only punctuation and space.
			if (key !== "listSeparator") expect(text[locale].trim()).toBe(text[locale]);
		}
		// The same markers in both languages, so a value is never dropped in one of them.
		const markers = (value: string) => [...value.matchAll(/\{(\w+)\}/g)].map((match) => match[1]).sort();
		expect(markers(text.ja)).toEqual(markers(text.en));
	});

	test("the banner's strings are the same ones the checker uses", () => {
		for (const key of Object.keys(bannerMessages)) expect(messages).toHaveProperty(key);
	});

	test("the result's words load apart from the questions': no key is in both", () => {
		expect(Object.keys(resultMessages).filter((key) => key in messages)).toEqual([]);
	});

	test("fill leaves an unknown marker visible", () => {
		expect(fill("{a} and {b}", { a: 1 })).toBe("1 and {b}");
		expect(message("en", "unit.records", { count: "97,438" })).toBe("97,438 records");
	});
});

describe("figureText", () => {
	test.each([
		[{ value: 172, unit: "cases", qualifier: "at-least" }, "at least 172 cases", "少なくとも172件"],
		[{ value: 97438, unit: "records", qualifier: "at-most" }, "up to 97,438 records", "最大97,438件"],
		[{ value: 270, unit: "cards", qualifier: "exact" }, "270 cards", "270枚"],
	] as const)("%j", (figure, en, ja) => {
		expect(figureText("en", figure)).toBe(en);
		expect(figureText("ja", figure)).toBe(ja);
	});
});

describe("resolveLocale", () => {
	test.each([
		["auto", ["ja-JP", "en"], "ja"],
		["auto", ["en-US", "ja"], "en"],
		["auto", ["fr-FR", "en-GB"], "en"],
		["auto", ["fr-FR"], "ja"],
		["auto", [], "ja"],
		["ja", ["en-US"], "ja"],
		["en", ["ja-JP"], "en"],
	] as const)("%s with %j → %s", (preference, languages, expected) => {
		expect(resolveLocale(preference, languages)).toBe(expected);
	});
});
