import { afterAll, beforeAll, describe, expect, test } from "vitest";
import { TOOLBAR } from "../lib/banner/toolbar";
import { realisticRoutes } from "./bench/realistic-site";
import { CLICK_ATTACKS, CSS_ATTACKS, MOVE_ATTACKS, RELENTLESS_ATTACKS } from "./support/attacks";
import { type FixtureServer, startFixtureServer } from "./support/fixture-server";
import { FIXTURE_HOSTS } from "./support/hosts";
import {
	chromiumSide,
	expectResponsive,
	firefoxSide,
	pause,
	type Reference,
	referenceOf,
	type Side,
	type Tab,
	expectWarned as warned,
} from "./support/sides";

/**
 * Issue "a warning the vendor cannot silence", in both browsers: vendor pages that attack the
 * banner (support/attacks.ts), and what a person must get all the same — the warning on screen,
 * looking as it should, with its words and a button that answers a click; or, where the page
 * defeats it, the toolbar badge. Nothing a page script does may store anything or open a tab, and
 * the tab stays responsive. The banner is read as DevTools read it and used with real input only
 * (support/banner.ts). Phones: the × folds it, the page's end can be scrolled into view above it,
 * and a "hide" can be undone.
 */

const VENDOR = "http://www.wi-ho.net";
const HEADLINE = "テレコムスクエアは2013年9月20日、クレジットカード情報の流出を公表しました。";
const PHONES = [
	[360, 640],
	[390, 844],
] as const;

let server: FixtureServer;
beforeAll(async () => {
	server = await startFixtureServer(FIXTURE_HOSTS, 0, await realisticRoutes());
});
afterAll(async () => {
	await server?.close();
});

describe.each([
	["Chromium", chromiumSide],
	["Firefox", firefoxSide],
] as const)("%s: a warning the vendor cannot silence", (_name, launch) => {
	let side: Side;
	/** The banner as it looks on the vendor's plain page: what a person must see on every attacked one. */
	let reference: Reference;

	beforeAll(async () => {
		side = await launch(server);
		await side.clearStorage();
		reference = await referenceOf(side, `${VENDOR}/`);
	});
	afterAll(async () => {
		await side?.close();
	});

	const expectWarned = (tab: Tab) => warned(tab, reference, HEADLINE);

	async function attacked(name: string): Promise<Tab> {
		const tab = await side.open(`${VENDOR}/attack/${name}`);
		await tab.move(1, 1);
		return tab;
	}

	describe("page CSS on the host or inherited from <html>: the banner looks the same", () => {
		test.each(Object.keys(CSS_ATTACKS))("%s", async (name) => {
			const tab = await attacked(name);
			await expectWarned(tab);
			expect(await tab.badge()).toBe(TOOLBAR.shown.text);
			expect(await side.hidden()).toBeUndefined();
			await tab.close();
		});
	});

	describe("the host moved out of <html>: it is put back", () => {
		test.each(Object.keys(MOVE_ATTACKS))("%s", async (name) => {
			const tab = await attacked(name);
			// The page moves it 200 ms after it shows.
			await pause(600);
			await expectWarned(tab);
			expect(
				await tab.evaluate(
					"document.querySelector('[data-wifi-breach-banner]')?.parentNode === document.documentElement",
				),
			).toBe(true);
			await tab.close();
		});
	});

	describe("clicks swallowed or stolen: a person's click still reaches the banner", () => {
		test.each(Object.keys(CLICK_ATTACKS))("%s", async (name) => {
			const tab = await attacked(name);
			await pause(600);
			await expectWarned(tab);
			expect(await tab.url()).not.toContain("/stolen");
			// document.open() erased the listener that heard the person first: it listens again, and
			// since a page script may now be heard before it, the toolbar warns too.
			expect(await tab.badge()).toBe(name === "document-open" ? TOOLBAR.blocked.text : TOOLBAR.shown.text);
			await expectResponsive(tab);
			await tab.close();
		});
	});

	describe("pages that undo every repair: the toolbar warns, the tab stays responsive", () => {
		test.each(Object.keys(RELENTLESS_ATTACKS))("%s", async (name) => {
			const tab = await attacked(name);
			await expect.poll(() => tab.badge(), { timeout: 10_000 }).toBe(TOOLBAR.blocked.text);
			await expectResponsive(tab);
			expect(await side.hidden()).toBeUndefined();
			await tab.close();
		});
	});

	test("a page that never reaches document_idle (a script at its end that never answers) shows the banner", async () => {
		const tab = await side.open(`${VENDOR}/never-idle`, { untilLoad: false });
		await tab.move(1, 1);
		await expectWarned(tab);
		expect(await tab.evaluate("document.readyState")).toBe("loading");
		await tab.close();
	});

	test("closed root: the page gets no way in, and its words in the host are not what shows", async () => {
		const tab = await attacked("closed-root");
		await expect.poll(() => tab.evaluate("Boolean(window.__probe)")).toBe(true);
		await expectWarned(tab);
		const probe = await tab.evaluate<Record<string, unknown>>("window.__probe");
		expect(probe).toMatchObject({ shadowRoot: null, attach: "NotSupportedError", html: "" });
		expect(probe.caret).not.toBe("inside");
		// The person's click on Details (in expectWarned) never reached the page's listeners.
		expect(probe.clickPath).toBeUndefined();
		expect(await tab.banner.text()).not.toContain("このサイトは対象外です");
		await tab.close();
	});

	test("trusted input only: a page's clicks and keys over every point store nothing and open nothing", async () => {
		const before = await side.tabs();
		const tab = await attacked("untrusted-input");
		await expect.poll(() => tab.evaluate("window.__done === true")).toBe(true);
		await pause(500);
		expect(await side.hidden()).toBeUndefined();
		expect(await side.tabs()).toBe(before + 1);
		expect((await tab.banner.button("詳しく")).expanded).toBe("false");
		await expectWarned(tab);
		await tab.close();
	});

	test("tab spam: five rounds of script clicks on 'check' open no tab; a person's click opens one, twice opens one", async () => {
		const before = await side.tabs();
		const tab = await attacked("tab-spam");
		await pause(1500);
		expect(await side.tabs()).toBe(before + 1);
		await tab.banner.click("自分が対象か確かめる");
		await expect.poll(() => side.tabs(), { timeout: 10_000 }).toBe(before + 2);
		// Asked again from the same tab, the checker tab it opened comes to the front instead.
		await pause(500);
		await tab.banner.click("自分が対象か確かめる");
		await pause(1000);
		expect(await side.tabs()).toBe(before + 2);
		await tab.close();
	});

	test("keyboard only: Tab reaches the ×, Enter folds, Enter on the tab opens it again", async () => {
		const tab = await side.open(`${VENDOR}/`);
		await tab.banner.waitFor();
		const focused = () => tab.banner.read((root) => root.activeElement?.getAttribute("data-action") ?? null);
		for (let presses = 0; presses < 40 && (await focused()) !== "fold"; presses++) await tab.press("Tab");
		expect(await focused()).toBe("fold");
		await tab.press("Enter");
		await tab.banner.button("流出の警告を開く");
		expect(await focused()).toBe("unfold");
		await tab.press("Enter");
		await tab.banner.waitFor();
		expect(await focused()).toBe("fold");
		await tab.close();
	});

	describe.each(PHONES)("on a %d×%d phone", (width, height) => {
		const size = [width, height] as const;

		test("× folds the banner into a tab in the corner, one tap opens it; nothing is kept", async () => {
			const kept = await side.hidden();
			const tab = await side.open(`${VENDOR}/`, { size });
			await tab.banner.waitFor();
			await tab.banner.click("警告を小さくする");
			const folded = await tab.banner.button("流出の警告を開く");
			expect(folded.box.width).toBeGreaterThanOrEqual(44);
			expect(folded.box.height).toBeGreaterThanOrEqual(44);
			expect(folded.box.x).toBeLessThan(width / 4);
			expect(folded.box.y + folded.box.height).toBeGreaterThan(height - 80);
			expect(await tab.banner.box()).toBeNull();
			// What the page shows beside the tab takes a click: the banner's host does not cover it.
			expect(
				await tab.evaluate(
					`!document.elementFromPoint(${width - 40}, ${height - 20})?.hasAttribute("data-wifi-breach-banner")`,
				),
			).toBe(true);
			await tab.banner.click("流出の警告を開く");
			await tab.banner.waitFor();
			expect(await tab.banner.text()).toContain(HEADLINE);
			expect(await side.hidden()).toEqual(kept);
			await tab.close();
			// The next page view shows it open again.
			const next = await side.open(`${VENDOR}/plans`, { size });
			await next.banner.waitFor();
			await next.close();
		});

		test("the page's last element can be brought into view above the open banner, and its layout is its own", async () => {
			const tab = await side.open(`${VENDOR}/realistic`, { size });
			await tab.banner.waitFor();
			const banner = await tab.banner.box();
			// The room at the page's end follows the banner once the page has loaded.
			await pause(800);
			await tab.move(width / 2, 10);
			for (let turn = 0; turn < 8; turn++) await tab.wheel(10_000);
			await pause(300);
			const last = await tab.evaluate<{ bottom: number }>(
				"(() => { const { bottom } = document.querySelector('main > article:last-of-type').getBoundingClientRect(); return { bottom }; })()",
			);
			expect(last.bottom).toBeLessThanOrEqual((banner?.y ?? 0) + 1);
			// Every element of the page sits where it sits without the extension.
			const probe =
				"JSON.stringify([...document.querySelectorAll('header, main, main > *')].map((element) => { const box = element.getBoundingClientRect(); return [box.x, box.y + scrollY, box.width, box.height].map(Math.round); }))";
			await tab.evaluate("scrollTo(0, 0)");
			const withBanner = await tab.evaluate<string>(probe);
			expect(withBanner).toBe(await side.withoutExtension(`${VENDOR}/realistic`, size, probe));
			await tab.close();
		});

		test("'hide on this site' shows an Undo that brings the banner and the stored state back", async () => {
			await side.clearStorage();
			const tab = await side.open(`${VENDOR}/`, { size });
			await tab.banner.openDetails("詳しく");
			await tab.banner.click("このサイトでは表示しない");
			const undo = await tab.banner.button("元に戻す");
			expect(undo.box.height).toBeGreaterThanOrEqual(44);
			expect(await tab.banner.read((root) => root.querySelector("#undone")?.textContent)).toBe(
				"このサイトではバナーを表示しません。",
			);
			await expect.poll(() => side.hidden()).toMatchObject({ sites: { "wi-ho.net": expect.any(String) } });
			await tab.banner.click("元に戻す");
			await tab.banner.waitFor();
			expect(await tab.banner.text()).toContain(HEADLINE);
			await expect.poll(() => side.hidden()).toEqual({ sites: {}, companies: {} });
			await tab.close();
			const next = await side.open(`${VENDOR}/`, { size });
			await next.banner.waitFor();
			await next.close();
		});
	});
});
