import { mkdirSync, readFileSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import type { Page as PlaywrightPage } from "playwright-core";
import type { ElementHandle, Page as PuppeteerPage } from "puppeteer-core";
import { afterAll, beforeAll, describe, expect, test } from "vitest";
import { type Chromium, launchChromium } from "./support/chromium";
import { type Firefox, launchFirefox, MOZILLA_SERVICES, openExtensionPage, until } from "./support/firefox";
import { type FixtureServer, startFixtureServer } from "./support/fixture-server";
import { FIXTURE_HOSTS } from "./support/hosts";
import { freshDir, ROOT } from "./support/paths";

/**
 * Issue 26, the draft preview on the full checker, in Chromium (Japanese) and Firefox (English): a
 * valid record file is shown as a draft with its banner and its result; an invalid one shows the
 * validator's errors; the preview's code loads only when a file is chosen; nothing is stored and
 * nothing leaves the browser (the fixture server is the egress trap).
 */

/** The extension page's storage, read from inside it (either browser's API). */
const LOCAL_STORAGE = `(globalThis.browser ?? globalThis.chrome).storage.local.get(null)`;
/**
 * Whether the preview's chunk has loaded: its style sheet is linked when the chunk is imported
 * (extension pages keep no resource timing for their own files).
 */
const PREVIEW_LOADED = `[...document.querySelectorAll("link")].some((link) => /DraftPreview-/.test(link.href))`;

/** What of the draft could show in a request: its file names, its company's words, the typed day. */
function leaked(server: FixtureServer): string[] {
	const everything = server.egress.map((entry) => decodeURIComponent(entry.target)).join("\n");
	return ["xcom-draft", "xcom-broken", "globaldata", "XCom", "2011-03-07", "2013-02-30"].filter((text) =>
		everything.includes(text),
	);
}
const DRAFT_STATE = `document.querySelector("[data-draft]")?.getAttribute("data-draft") ?? null`;
const DRAFT_TEXT = `document.querySelector("[data-draft]")?.innerText ?? ""`;

/** The two files a person opens: a shipped record as a draft, and the same record broken twice. */
function recordFiles(): { valid: string; invalid: string } {
	const dir = freshDir("draft-records");
	mkdirSync(dir, { recursive: true });
	const record = JSON.parse(readFileSync(join(ROOT, "lib/incidents/records/xcom-global-2013.json"), "utf8"));
	const valid = join(dir, "xcom-draft.json");
	writeFileSync(valid, JSON.stringify(record));
	const broken = structuredClone(record);
	delete broken.paths[0].conflict;
	broken.announced.on = "2013-02-30";
	const invalid = join(dir, "xcom-broken.json");
	writeFileSync(invalid, JSON.stringify(broken));
	return { valid, invalid };
}

let server: FixtureServer;
let files: { valid: string; invalid: string };

beforeAll(async () => {
	server = await startFixtureServer(FIXTURE_HOSTS);
	files = recordFiles();
});

afterAll(() => server?.close());

describe("Chromium (ja)", () => {
	let browser: Chromium;
	let page: PlaywrightPage;

	beforeAll(async () => {
		browser = await launchChromium({ proxyPort: server.port, locale: "ja-JP" });
		page = await browser.context.newPage();
		await page.goto(`chrome-extension://${browser.extensionId}/checker.html`);
		await page.locator(".draft-entry").waitFor();
	});

	afterAll(() => browser?.close());

	test("a valid record: the draft, its banner and its result; the preview's code only now", async () => {
		expect(await page.evaluate(PREVIEW_LOADED)).toBe(false);
		await page.locator(".draft-entry input[type=file]").setInputFiles(files.valid);
		await expect.poll(() => page.evaluate(DRAFT_STATE), { timeout: 15_000 }).toBe("valid");
		expect(await page.evaluate(PREVIEW_LOADED)).toBe(true);
		const heading = page.getByRole("heading", { name: "下書き：検証されておらず、この拡張機能には含まれていません" });
		await expect.poll(() => heading.evaluate((element) => element === document.activeElement)).toBe(true);
		const text = await page.evaluate(DRAFT_TEXT);
		expect(text).toContain("開いたファイル「xcom-draft.json」をこのページの中だけで表示しています。");
		expect(text).toContain("globaldata.jp");
		expect(text).toContain("エクスコムグローバル：可能性あり");
		await page.getByLabel("申込日（この日以降）").fill("2011-03-07");
		await page.getByLabel("申込日（この日以前）").fill("2011-03-07");
		await expect.poll(() => page.evaluate(DRAFT_TEXT)).toContain("エクスコムグローバル：対象");
		expect(await page.evaluate(LOCAL_STORAGE)).toEqual({});
	});

	test("an invalid record: the validator's errors, each with its code and path", async () => {
		await page.locator(".draft-entry input[type=file]").setInputFiles(files.invalid);
		await expect.poll(() => page.evaluate(DRAFT_STATE), { timeout: 15_000 }).toBe("invalid");
		const text = await page.evaluate(DRAFT_TEXT);
		expect(text).toContain("この記録は検証に通りませんでした（2件）");
		expect(text).toContain("OBC-DAY-001 $.announced.on");
		expect(text).toContain("「2013-02-30」は暦にない日です。");
		expect(text).toContain("OBC-WRD-001 $.paths[0]");
		expect(text).not.toContain("エクスコムグローバル：可能性あり");
		expect(await page.evaluate(LOCAL_STORAGE)).toEqual({});
		expect(leaked(server)).toEqual([]);
	});
});

describe("Firefox (en)", () => {
	let firefox: Firefox;
	let page: PuppeteerPage;
	/** The trap is shared with the Chromium tests: Firefox's requests are those after this. */
	let before = 0;

	beforeAll(async () => {
		before = server.egress.length;
		firefox = await launchFirefox(server.port, "en-US");
		page = await firefox.browser.newPage();
		await openExtensionPage(page, "/checker.html");
		await page.waitForSelector(".draft-entry", { timeout: 15_000 });
	});

	afterAll(() => firefox?.close());

	const fileInput = async () => (await page.$(".draft-entry input[type=file]")) as ElementHandle<HTMLInputElement>;

	test("a valid record: the draft, its banner and its result; the preview's code only now", async () => {
		expect(await page.evaluate(PREVIEW_LOADED)).toBe(false);
		await (await fileInput()).uploadFile(files.valid);
		await until(() => page.evaluate(DRAFT_STATE), "valid", "the draft is shown");
		expect(await page.evaluate(PREVIEW_LOADED)).toBe(true);
		const text = await page.evaluate(DRAFT_TEXT);
		expect(text).toContain("Draft: not verified, not shipped");
		expect(text).toContain("The file “xcom-draft.json” is shown inside this page only.");
		expect(text).toContain("XCom Global: Possibly included");
		for (const label of ["when you ordered (on or after)", "when you ordered (on or before)"]) {
			const input = (await page.$(`xpath///label[span[text()="${label}"]]/input`)) as ElementHandle<HTMLInputElement>;
			await input.evaluate((element) => {
				// A date input takes its value as the browser's date picker would leave it.
				element.value = "2011-03-07";
				element.dispatchEvent(new Event("input", { bubbles: true }));
			});
		}
		await until(
			() => page.evaluate(`(${DRAFT_TEXT}).includes("XCom Global: Included")`),
			true,
			"the draft's result for an order on 2011-03-07",
		);
		expect(await page.evaluate(LOCAL_STORAGE)).toEqual({});
	});

	test("an invalid record: the validator's errors, each with its code and path", async () => {
		await (await fileInput()).uploadFile(files.invalid);
		await until(() => page.evaluate(DRAFT_STATE), "invalid", "the errors are shown");
		const text = await page.evaluate(DRAFT_TEXT);
		expect(text).toContain("This record did not pass the checks (2)");
		expect(text).toContain("OBC-DAY-001 $.announced.on");
		expect(text).toContain("“2013-02-30” is not a day in the calendar.");
		expect(text).toContain("OBC-WRD-001 $.paths[0]");
		expect(await page.evaluate(LOCAL_STORAGE)).toEqual({});
		expect(leaked(server)).toEqual([]);
		const hosts = server.egress.slice(before).map((request) => request.host);
		expect(hosts.filter((host) => !MOZILLA_SERVICES.test(host))).toEqual([]);
	});
});
