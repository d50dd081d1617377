// @vitest-environment happy-dom
import { existsSync } from "node:fs";
import { resolve } from "node:path";
import { afterEach, beforeEach, describe, expect, test } from "vitest";
import { fakeBrowser } from "wxt/testing/fake-browser";
import { messages } from "../../lib/i18n/messages";
import { privacyPage, QUOTED_LABELS } from "../../lib/i18n/privacy-page";
import { LOCALES, type Text } from "../../lib/i18n/text";
import { EXTENSION_PAGES_CSP } from "../../wxt.config";
import { LOCALE_MIRROR_KEY, SESSION_KEYS, STORAGE_KEYS } from "../storage/storage-keys";
import { type PrivacyPageApi, showPrivacyPage, writePrivacyPage } from "./privacy-page-dom";

const ROOT = resolve(import.meta.dirname, "../..");

/** Every text of the page, in both languages. */
function allTexts(value: unknown): Text[] {
	if (Array.isArray(value)) return value.flatMap(allTexts);
	if (typeof value !== "object" || value === null) return [];
	const record = value as Record<string, unknown>;
	if (typeof record.ja === "string" && typeof record.en === "string") return [record as Text];
	return Object.values(record).flatMap(allTexts);
}
const texts = allTexts(privacyPage);

describe("what the page says is what the code does", () => {
	test("it lists exactly the keys the extension keeps, each in the area it is kept in", () => {
		const listed = privacyPage.kept.map((item) => `${item.area} ${item.key}`).sort();
		expect(listed).toEqual(
			[
				...Object.values(STORAGE_KEYS).map((key) => `storage.local ${key}`),
				...Object.values(SESSION_KEYS).map((key) => `storage.session ${key}`),
				`window.localStorage ${LOCALE_MIRROR_KEY}`,
			].sort(),
		);
		expect(privacyPage.keptIntro.en).toMatch(/These five/);
		expect(privacyPage.kept).toHaveLength(5);
	});

	test("the buttons it names are the interface's own labels", () => {
		for (const [key, quoted] of Object.entries(QUOTED_LABELS)) {
			const label = messages[key as keyof typeof QUOTED_LABELS];
			expect(quoted).toEqual({ ja: `「${label.ja}」`, en: `“${label.en}”` });
		}
		expect(privacyPage.appName).toEqual(messages.appName);
	});

	test("the policy it quotes is the build's", () => {
		expect(EXTENSION_PAGES_CSP).toContain("connect-src 'none'");
		const quoted = texts.filter((text) => text.en.includes("`connect-src 'none'`"));
		expect(quoted.length).toBeGreaterThan(0);
		for (const text of quoted) expect(text.ja).toContain("`connect-src 'none'`");
	});

	test("every file it points experts to is in the repository", () => {
		const files = texts.flatMap((text) => [...text.en.matchAll(/`((?:e2e|\.ci)\/[\w./-]+|PRIVACY\.md)`/g)]);
		expect(files.length).toBeGreaterThan(4);
		for (const [, file] of files) expect(existsSync(resolve(ROOT, file as string)), file).toBe(true);
	});

	test("both languages, whole code spans, the same code in each", () => {
		const code = (value: string) => [...value.matchAll(/`([^`]*)`/g)].map((match) => match[1]).sort();
		for (const text of texts) {
			for (const locale of LOCALES) {
				expect(text[locale].trim().length, text.en).toBeGreaterThan(0);
				expect(text[locale].split("`").length % 2, text[locale]).toBe(1);
			}
			expect(code(text.ja), text.en).toEqual(code(text.en));
		}
	});
});

describe("the page", () => {
	beforeEach(() => {
		fakeBrowser.reset();
		localStorage.clear();
		document.body.innerHTML = '<div id="app"></div>';
		Object.defineProperty(navigator, "languages", { value: ["en-US"], configurable: true });
	});
	afterEach(() => {
		document.body.innerHTML = "";
	});
	const app = () => document.getElementById("app") as HTMLElement;
	const h1 = () => document.querySelector("h1")?.textContent;

	test("headings in order, the experts' details collapsed, code shown as code", () => {
		writePrivacyPage(app(), "ja");
		expect(document.documentElement.lang).toBe("ja");
		expect(document.title).toBe("プライバシー — Wi-Fiレンタル 流出チェック");
		expect(h1()).toBe("プライバシー：保存するもの、外に出ないもの、その確認方法");
		const headings = [...document.querySelectorAll("h1, h2, h3")].map((heading) => heading.tagName);
		expect(headings[0]).toBe("H1");
		expect(headings.filter((tag) => tag === "H2")).toHaveLength(5);
		expect(document.querySelector("details")?.open).toBe(false);
		expect(document.querySelector("details summary")?.textContent).toBe("詳細を表示する");
		expect(document.querySelector("details")?.textContent).toContain("unshare -n");
		expect([...document.querySelectorAll(".storage-names li code")].map((code) => code.textContent)).toEqual([
			"storage.local localePreference",
			"storage.local hiddenBanners",
			"storage.local rememberedAnswers",
			"storage.session popupAnswers",
			"window.localStorage localePreference",
		]);
		expect(document.body.textContent).not.toContain("`");
	});

	test.each(LOCALES)("storage names only in the part for experts (%s)", (locale) => {
		writePrivacyPage(app(), locale);
		const names = [
			"storage.",
			"localStorage",
			...new Set([...privacyPage.kept.map((item) => item.key), "hiddenBanners$", "rememberedAnswers$"]),
		];
		const experts = document.getElementById("experts")?.closest("section") as HTMLElement;
		const outside = (document.body.textContent ?? "").replace(experts.textContent ?? "", "");
		for (const name of names) expect(outside, name).not.toContain(name);
		for (const name of names) expect(experts.textContent, name).toContain(name);
	});

	test("follows the browser's language, then the extension's choice, and changes with it", async () => {
		const api = fakeBrowser as unknown as PrivacyPageApi;
		await showPrivacyPage(app(), api);
		expect(h1()).toBe("Privacy: what is kept, what never leaves, and how that is tested");
		expect(document.documentElement.lang).toBe("en");

		await fakeBrowser.storage.local.set({ [STORAGE_KEYS.localePreference]: "ja" });
		expect(h1()).toBe("プライバシー：保存するもの、外に出ないもの、その確認方法");

		// Opened again: the stored choice wins over the pages' copy, and garbage counts as "auto".
		localStorage.setItem(LOCALE_MIRROR_KEY, "en");
		await showPrivacyPage(app(), api);
		expect(document.documentElement.lang).toBe("ja");
		await fakeBrowser.storage.local.set({ [STORAGE_KEYS.localePreference]: { lang: "ja" } });
		expect(document.documentElement.lang).toBe("en");
	});

	test("the experts' details stay open when the language changes", async () => {
		await showPrivacyPage(app(), fakeBrowser as unknown as PrivacyPageApi);
		(document.querySelector("details") as HTMLDetailsElement).open = true;
		await fakeBrowser.storage.local.set({ [STORAGE_KEYS.localePreference]: "ja" });
		expect(document.querySelector("summary")?.textContent).toBe("詳細を表示する");
		expect(document.querySelector("details")?.open).toBe(true);
	});
});
