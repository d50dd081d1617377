import type { Page } from "puppeteer-core";
import { afterAll, beforeAll, describe, expect, test } from "vitest";
import { AMBIGUOUS, DATE_FORMS } from "./support/date-forms";
import { choose, type Firefox, openExtensionPage, typeDate, until } from "./support/firefox";
import type { FixtureServer } from "./support/fixture-server";
import { closePair, firefoxPair } from "./support/pair";
import { PHONE_LAYOUT_PROBE } from "./support/phone";

/** Dates as people write them (issue 16), in Firefox over WebDriver BiDi. */
let server: FixtureServer;
let ja: Firefox;
let en: Firefox;

beforeAll(async () => {
	({ server, ja, en } = await firefoxPair());
});

afterAll(() => closePair({ server, ja, en }));

const QUESTION = { ja: "いつ申し込み", en: "When did you order" } as const;

/** The date question by its legend, as the page sees it: its field, what it says, its choices. */
function dateQuestion(page: Page, legend: string) {
	return page.evaluate((legendText) => {
		const group = [...document.querySelectorAll("fieldset")].find((fieldset) =>
			fieldset.querySelector(":scope > legend")?.textContent?.includes(legendText),
		);
		const field = group?.querySelector<HTMLInputElement>("input[type=text]");
		const described = (field?.getAttribute("aria-describedby") ?? "").split(" ");
		const choices = group?.querySelector("fieldset.readings");
		return {
			value: field?.value,
			invalid: field?.getAttribute("aria-invalid") ?? null,
			status: document.getElementById(described[0] ?? "")?.textContent ?? "",
			choicesName: choices ? document.getElementById(choices.getAttribute("aria-labelledby") ?? "")?.textContent : null,
			readings: [...(choices?.querySelectorAll("button") ?? [])].map((button) => ({
				text: button.textContent,
				height: button.getBoundingClientRect().height,
			})),
		};
	}, legend);
}

const verdict = (page: Page) => page.evaluate(() => document.querySelector("output.verdict")?.textContent);

describe("Firefox: every date form is read and shown back", () => {
	test.each([
		["ja", "/popup.html"],
		["en", "/checker.html"],
	] as const)("%s, %s", async (locale, path) => {
		const page = await (locale === "ja" ? ja : en).browser.newPage();
		await openExtensionPage(page, path);
		// The rental's questions follow the company.
		await choose(page, locale === "ja" ? "どの会社" : "Which company", "イモトのWiFi");
		for (const [text, shown] of DATE_FORMS) {
			await typeDate(page, QUESTION[locale], text);
			await until(async () => (await dateQuestion(page, QUESTION[locale])).status, shown[locale], text);
			expect((await dateQuestion(page, QUESTION[locale])).invalid).toBeNull();
		}
		await page.close();
	});
});

describe("Firefox: a day that reads two ways", () => {
	test.each(["ja", "en"] as const)(
		"%s: both readings offered, none taken, then the chosen one decides",
		async (locale) => {
			const page = await (locale === "ja" ? ja : en).browser.newPage();
			await openExtensionPage(page, "/popup.html");
			// XCom's wordings name no ordering channel: the date alone decides.
			await choose(page, locale === "ja" ? "どの会社" : "Which company", "イモトのWiFi");
			await typeDate(page, QUESTION[locale], AMBIGUOUS.text);
			await until(
				async () => (await dateQuestion(page, QUESTION[locale])).readings.map((reading) => reading.text),
				[...AMBIGUOUS.readings[locale]],
				"both readings",
			);
			const question = await dateQuestion(page, QUESTION[locale]);
			expect(question.invalid).toBe("true");
			expect(question.choicesName).toBe(AMBIGUOUS.question[locale]);
			for (const reading of question.readings) expect(reading.height).toBeGreaterThanOrEqual(44);
			expect(await verdict(page)).toBe(
				locale === "ja" ? "入力を直すと結果が出ます。" : "Fix the highlighted answer to see a result.",
			);
			// Tab from the field to the first reading, Enter to choose it.
			await page.evaluate((legendText) => {
				const group = [...document.querySelectorAll("fieldset")].find((fieldset) =>
					fieldset.querySelector(":scope > legend")?.textContent?.includes(legendText),
				);
				group?.querySelector<HTMLInputElement>("input[type=text]")?.focus();
			}, QUESTION[locale]);
			await page.keyboard.press("Tab");
			expect(await page.evaluate(() => document.activeElement?.textContent)).toBe(AMBIGUOUS.readings[locale][0]);
			await page.keyboard.press("Enter");
			await until(async () => (await dateQuestion(page, QUESTION[locale])).value, AMBIGUOUS.chosen, "rewritten");
			expect(await page.evaluate(() => (document.activeElement as HTMLInputElement | null)?.value)).toBe(
				AMBIGUOUS.chosen,
			);
			await until(
				() => verdict(page),
				locale === "ja"
					? "エクスコムグローバル：あなたのレンタルは流出の対象でした。"
					: "XCom Global: your rental was in the breach.",
				"verdict",
			);
			await page.close();
		},
	);
});

describe("Firefox: the date question's layout", () => {
	test("keyboard: arrows move between 'I remember' and 'I don't remember'; Tab reaches the box", async () => {
		const page = await ja.browser.newPage();
		await openExtensionPage(page, "/popup.html");
		const radios = () =>
			page.evaluate((legendText) => {
				const group = [...document.querySelectorAll("fieldset")].find((fieldset) =>
					fieldset.querySelector(":scope > legend")?.textContent?.includes(legendText),
				);
				return {
					checked: [...(group?.querySelectorAll<HTMLInputElement>("input[type=radio]") ?? [])].map((radio) => [
						radio.closest("label")?.textContent,
						radio.checked,
					]),
					disabled: group?.querySelector<HTMLInputElement>("input[type=text]")?.disabled,
				};
			}, QUESTION.ja);
		await page.evaluate((legendText) => {
			const group = [...document.querySelectorAll("fieldset")].find((fieldset) =>
				fieldset.querySelector(":scope > legend")?.textContent?.includes(legendText),
			);
			group?.querySelector<HTMLInputElement>("input[type=radio]")?.focus();
		}, QUESTION.ja);
		await page.keyboard.press("ArrowDown");
		expect(await radios()).toEqual({
			checked: [
				["覚えている", false],
				["覚えていない", true],
			],
			disabled: true,
		});
		await page.keyboard.press("ArrowUp");
		expect((await radios()).disabled).toBe(false);
		await page.keyboard.press("Tab");
		expect(await page.evaluate(() => document.activeElement?.getAttribute("type"))).toBe("text");
		await page.keyboard.type("Sep 14, 2012");
		await until(
			async () => (await dateQuestion(page, QUESTION.ja)).status,
			"2012年9月14日（平成24年9月14日）として判定しています。",
			"typed with the keyboard",
		);
		await page.close();
	});

	test.each([
		["/popup.html", 360, 640],
		["/checker.html", 360, 640],
	] as const)(
		"%s at %d×%d with both readings showing: no sideways scrolling, 44 px targets, also at 200 %",
		async (path, width, height) => {
			const page = await en.browser.newPage();
			await page.setViewport({ width, height, deviceScaleFactor: 3 });
			await openExtensionPage(page, path);
			await choose(page, "Which company", "イモトのWiFi");
			await typeDate(page, QUESTION.en, "12/01/2013");
			await until(async () => (await dateQuestion(page, QUESTION.en)).readings.length, 2, "both readings");
			expect(await page.evaluate(PHONE_LAYOUT_PROBE)).toEqual({ sideways: 0, tooSmall: 0 });
			// The box stays inside its question (a 100 % wide box with padding once pushed past it).
			const overhang = await page.evaluate((legendText) => {
				const group = [...document.querySelectorAll("fieldset")].find((fieldset) =>
					fieldset.querySelector(":scope > legend")?.textContent?.includes(legendText),
				);
				const field = group?.querySelector("input[type=text]")?.getBoundingClientRect();
				return (field?.right ?? Number.POSITIVE_INFINITY) - (group?.getBoundingClientRect().right ?? 0);
			}, QUESTION.en);
			expect(overhang).toBeLessThanOrEqual(0);
			await page.setViewport({ width: Math.round(width / 2), height: Math.round(height / 2), deviceScaleFactor: 6 });
			expect(await page.evaluate(PHONE_LAYOUT_PROBE)).toEqual({ sideways: 0, tooSmall: 0 });
			await page.close();
		},
	);
});

describe("Firefox: what was typed stays in the browser", () => {
	test("none of the typed dates reached the egress trap", () => {
		const everything = server.egress.map((entry) => decodeURIComponent(entry.target)).join("\n");
		for (const [text] of DATE_FORMS) expect(everything).not.toContain(text);
		expect(everything).not.toContain(AMBIGUOUS.text);
	});
});
