import type { Page } from "playwright-core";
import { afterAll, beforeAll, describe, expect, test } from "vitest";
import { CheckerPage } from "./support/checker-page";
import { type Chromium, clearStorage, setStorage } from "./support/chromium";
import { AMBIGUOUS, DATE_FORMS } from "./support/date-forms";
import type { FixtureServer } from "./support/fixture-server";
import { chromiumPair, closePair } from "./support/pair";
import { PHONE_LAYOUT_PROBE } from "./support/phone";

/** Dates as people write them (issue 16), in Chromium: every form, both readings of an ambiguous one, the layout. */
let server: FixtureServer;
let ja: Chromium;
let en: Chromium;

beforeAll(async () => {
	({ server, ja, en } = await chromiumPair());
});

afterAll(() => closePair({ server, ja, en }));

const QUESTION = { ja: /いつ申し込み/, en: /When did you order/ } as const;
/** A page just opened loads its engine and the date grammar after its first render: on a busy 2-core machine that can take seconds. */
const PATIENT = { timeout: 10_000 };
const status = (form: CheckerPage, locale: "ja" | "en") => form.group(QUESTION[locale]).locator('[id$="-status"]');
const field = (form: CheckerPage, locale: "ja" | "en") => form.group(QUESTION[locale]).getByRole("textbox");

async function open(browser: Chromium, path: string): Promise<{ page: Page; form: CheckerPage }> {
	const page = await browser.context.newPage();
	await page.goto(`chrome-extension://${browser.extensionId}${path}`);
	return { page, form: new CheckerPage(page) };
}

describe("Chromium: every date form is read and shown back", () => {
	test.each([
		["en", "/popup.html"],
		["ja", "/checker.html"],
	] as const)("%s, %s", async (locale, path) => {
		const { page, form } = await open(locale === "ja" ? ja : en, path);
		// The rental's questions follow the company.
		await form.choose(locale === "ja" ? /どの会社/ : /Which company/, /イモトのWiFi/);
		for (const [text, shown] of DATE_FORMS) {
			await form.typeDate(QUESTION[locale], text);
			await expect.poll(() => status(form, locale).innerText(), { ...PATIENT, message: text }).toBe(shown[locale]);
			await expect(field(form, locale).getAttribute("aria-invalid")).resolves.toBeNull();
		}
		await page.close();
	});

	test("a date in the new forms decides the verdict: Sep 14, 2012 and 2012年夏 on Telecom Square's website", async () => {
		for (const [browser, text, company, website, verdict] of [
			[en, "Sep 14, 2012", /Which company/, /company's website/, "Telecom Square: your rental was in the breach."],
			[ja, "2012年夏", /どの会社/, /会社のウェブサイト/, "テレコムスクエア：あなたのレンタルは流出の対象でした。"],
		] as const) {
			const { page, form } = await open(browser, "/popup.html");
			const locale = browser === ja ? "ja" : "en";
			await form.choose(company, /Wi-Ho!/);
			await form.choose(locale === "ja" ? /どうやって申し込み/ : /How did you order/, website);
			await form.typeDate(QUESTION[locale], text);
			await expect.poll(() => form.verdict().innerText(), PATIENT).toBe(verdict);
			await page.close();
		}
	});

	test("remembered answers in the new forms are read when the popup opens", async () => {
		await setStorage(ja, {
			rememberedAnswers: {
				rentals: [{ vendor: "xcom-global", orderedVia: "vendor-website", orderedOn: "5 Apr 2013", returnedOn: "" }],
				emails: {},
			},
		});
		const { page, form } = await open(ja, "/popup.html");
		await expect
			.poll(() => status(form, "ja").innerText(), PATIENT)
			.toBe("2013年4月5日（平成25年4月5日）として判定しています。");
		await expect
			.poll(() => form.verdict().innerText(), PATIENT)
			.toBe("エクスコムグローバル：あなたのレンタルは流出の対象でした。");
		await page.close();
		await clearStorage(ja);
	});
});

describe("Chromium: a day that reads two ways offers both, and the person chooses", () => {
	test.each(["en", "ja"] as const)("%s: with the keyboard, in the popup", async (locale) => {
		const { page, form } = await open(locale === "ja" ? ja : en, "/popup.html");
		// XCom's wordings name no ordering channel: the date alone decides.
		await form.choose(locale === "ja" ? /どの会社/ : /Which company/, /イモトのWiFi/);
		await form.typeDate(QUESTION[locale], AMBIGUOUS.text);
		const choices = form.group(QUESTION[locale]).getByRole("group", { name: AMBIGUOUS.question[locale] });
		await expect
			.poll(() => choices.getByRole("button").allInnerTexts(), PATIENT)
			.toEqual([...AMBIGUOUS.readings[locale]]);
		await expect(field(form, locale).getAttribute("aria-invalid")).resolves.toBe("true");
		// Never read as either day: no verdict until one is chosen.
		await expect
			.poll(() => form.verdict().innerText(), PATIENT)
			.toBe(locale === "ja" ? "入力を直すと結果が出ます。" : "Fix the highlighted answer to see a result.");
		for (const button of await choices.getByRole("button").all()) {
			const box = await button.boundingBox();
			expect(box?.height).toBeGreaterThanOrEqual(44);
		}
		// From the field, Tab reaches the first reading; Enter chooses it and the focus stays in the field.
		await field(form, locale).focus();
		await page.keyboard.press("Tab");
		await expect(page.evaluate(() => document.activeElement?.textContent)).resolves.toBe(AMBIGUOUS.readings[locale][0]);
		await page.keyboard.press("Enter");
		await expect.poll(() => field(form, locale).inputValue(), PATIENT).toBe(AMBIGUOUS.chosen);
		await expect(page.evaluate(() => (document.activeElement as HTMLInputElement).value)).resolves.toBe(
			AMBIGUOUS.chosen,
		);
		await expect(choices.count()).resolves.toBe(0);
		await expect
			.poll(() => form.verdict().innerText(), PATIENT)
			.toBe(
				locale === "ja"
					? "エクスコムグローバル：あなたのレンタルは流出の対象でした。"
					: "XCom Global: your rental was in the breach.",
			);
		await page.close();
	});

	test("the other reading gives the other answer: 4 May 2013 is after XCom's window", async () => {
		const { page, form } = await open(en, "/checker.html");
		await form.choose(/Which company/, /イモトのWiFi/);
		await form.typeDate(QUESTION.en, "03/04/2013");
		const choices = form.group(QUESTION.en).getByRole("group", { name: AMBIGUOUS.question.en });
		await expect
			.poll(() => choices.getByRole("button").allInnerTexts(), PATIENT)
			.toEqual(["4 March 2013", "3 April 2013"]);
		await form.typeDate(QUESTION.en, AMBIGUOUS.text);
		await choices.getByRole("button", { name: "4 May 2013" }).click();
		await expect.poll(() => field(form, "en").inputValue(), PATIENT).toBe("2013-05-04");
		await expect
			.poll(() => form.verdict().innerText(), PATIENT)
			.toBe("XCom Global: by the published criteria, your rental was not included.");
		await page.close();
	});
});

describe("Chromium: the date question's layout", () => {
	test("keyboard: Tab reaches the box under 'I remember'; arrows move between the two choices", async () => {
		const { page, form } = await open(ja, "/popup.html");
		const group = form.group(QUESTION.ja);
		await group.getByLabel("覚えている", { exact: true }).focus();
		await page.keyboard.press("ArrowDown");
		await expect(group.getByLabel("覚えていない").isChecked()).resolves.toBe(true);
		await expect(field(form, "ja").isDisabled()).resolves.toBe(true);
		await page.keyboard.press("ArrowUp");
		await expect(group.getByLabel("覚えている", { exact: true }).isChecked()).resolves.toBe(true);
		await page.keyboard.press("Tab");
		await expect(page.evaluate(() => document.activeElement?.getAttribute("type"))).resolves.toBe("text");
		await page.keyboard.type("2012年夏");
		await expect
			.poll(() => status(form, "ja").innerText(), PATIENT)
			.toBe("2012年6月〜8月（平成24年）として判定しています。");
		await page.close();
	});

	test.each([
		["/popup.html", 400, 600],
		["/popup.html", 360, 640],
		["/checker.html", 360, 640],
	] as const)(
		"%s at %d×%d with both readings showing: no sideways scrolling, 44 px targets, also at 200 %",
		async (path, width, height) => {
			const page = await en.context.newPage();
			const cdp = await en.context.newCDPSession(page);
			const emulate = (zoom: number) =>
				cdp.send("Emulation.setDeviceMetricsOverride", {
					width: Math.round(width / zoom),
					height: Math.round(height / zoom),
					deviceScaleFactor: 2 * zoom,
					mobile: width < 400,
				});
			await emulate(1);
			await page.goto(`chrome-extension://${en.extensionId}${path}`);
			const form = new CheckerPage(page);
			await form.choose(/Which company/, /イモトのWiFi/);
			await form.typeDate(QUESTION.en, "12/01/2013");
			await form.group(QUESTION.en).getByRole("button", { name: "1 December 2013" }).waitFor();
			const layout = () => page.evaluate(PHONE_LAYOUT_PROBE);
			await expect(layout()).resolves.toEqual({ sideways: 0, tooSmall: 0 });
			// The box stays inside its question (a 100 % wide box with padding once pushed past it).
			const box = await field(form, "en").boundingBox();
			const question = await form.group(QUESTION.en).boundingBox();
			expect((box?.x ?? 0) + (box?.width ?? 0)).toBeLessThanOrEqual((question?.x ?? 0) + (question?.width ?? 0));
			await emulate(2);
			await expect(layout()).resolves.toEqual({ sideways: 0, tooSmall: 0 });
			await page.close();
		},
	);
});
