import { describe, expect, test } from "vitest";
import { bannerMessages, fill } from "./banner-messages";
import { message, messages } from "./messages";
import { LOCALES, resolveLocale } from "./text";

describe("messages", () => {
	test.each(Object.entries(messages))("%s exists in Japanese and English", (key, text) => {
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

	test("fill leaves an unknown marker visible", () => {
		expect(fill("{a} and {b}", { a: 1 })).toBe("1 and {b}");
		expect(message("en", "recordsCount", { count: "97,438" })).toBe("97,438 records");
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
