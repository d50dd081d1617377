import { describe, expect, test } from "vitest";
import { LOCALES } from "./text";
import { timelineMessage, timelineMessages } from "./timeline-messages";

describe("the timeline's strings", () => {
	test.each(Object.entries(timelineMessages))("%s exists in Japanese and English", (_key, text) => {
		for (const locale of LOCALES) {
			expect(text[locale].trim().length).toBeGreaterThan(0);
			expect(text[locale].trim()).toBe(text[locale]);
		}
		// The same markers in both languages, so a value is never dropped in one of them.
		const markers = (value: string) => [...value.matchAll(/\{(\w+)\}/g)].map((match) => match[1]).sort();
		expect(markers(text.ja)).toEqual(markers(text.en));
	});

	test("fills its markers", () => {
		expect(timelineMessage("en", "yourRental", { n: 2 })).toBe("Your rental 2");
		expect(timelineMessage("ja", "either", { a: "宅配便", b: "空港の返却BOX" })).toBe("宅配便または空港の返却BOX");
	});
});
