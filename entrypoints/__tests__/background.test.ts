import { beforeEach, describe, expect, test, vi } from "vitest";
import { fakeBrowser } from "wxt/testing/fake-browser";
import { hiddenBanners } from "../../components/storage/storage";
import { TOOLBAR } from "../../lib/banner/toolbar";
import background from "../background";

beforeEach(() => {
	vi.restoreAllMocks();
	fakeBrowser.reset();
	background.main();
});

const fromBanner = { id: fakeBrowser.runtime.id, tab: { id: 7, index: 2 } as never };

describe("the background answers the banner only", () => {
	test("opens the checker with the vendor chosen, beside the vendor's tab", async () => {
		const create = vi.spyOn(fakeBrowser.tabs, "create");
		await fakeBrowser.runtime.onMessage.trigger({ type: "open-checker", vendor: "xcom-global" }, fromBanner, () => {});
		expect(create).toHaveBeenCalledWith({
			url: expect.stringMatching(/\/checker\.html#vendor=xcom-global$/),
			index: 3,
			openerTabId: 7,
		});
	});

	test("asked again from the same tab, even all at once, brings its checker tab to the front: one tab", async () => {
		const create = vi.spyOn(fakeBrowser.tabs, "create");
		const update = vi.spyOn(fakeBrowser.tabs, "update");
		const ask = () =>
			fakeBrowser.runtime.onMessage.trigger({ type: "open-checker", vendor: "telecom-square" }, fromBanner, () => {});
		await Promise.all([ask(), ask(), ask(), ask(), ask()]);
		expect(create).toHaveBeenCalledOnce();
		const opened = (await fakeBrowser.tabs.query({})).find((tab) => tab.url?.includes("/checker.html"));
		expect(update.mock.calls).toEqual(Array.from({ length: 4 }, () => [opened?.id, { active: true }]));
		// Once that tab is closed (the browser refuses to bring it up), asking opens a new one.
		update.mockRejectedValueOnce(new Error(`No tab with id: ${opened?.id}`));
		await ask();
		expect(create).toHaveBeenCalledTimes(2);
	});

	test("where the browser refuses the placement (Firefox for Android has no openerTabId), opens it anyway", async () => {
		const create = vi.spyOn(fakeBrowser.tabs, "create").mockImplementationOnce(() => {
			throw new Error('Type error for parameter createProperties (Property "openerTabId" is unsupported)');
		});
		const [answer] = await fakeBrowser.runtime.onMessage.trigger(
			{ type: "open-checker", vendor: "telecom-square" },
			fromBanner,
			() => {},
		);
		expect(answer).toBe(true);
		expect(create).toHaveBeenCalledTimes(2);
		expect(create).toHaveBeenLastCalledWith({ url: expect.stringMatching(/\/checker\.html#vendor=telecom-square$/) });
	});

	test("keeps a hide choice in the versioned storage item", async () => {
		await fakeBrowser.runtime.onMessage.trigger(
			{ type: "hide-banners", hidden: { sites: { "wi-ho.net": "telecom-square-2013@1" }, companies: {} } },
			fromBanner,
			() => {},
		);
		expect(await hiddenBanners.getValue()).toEqual({ sites: { "wi-ho.net": "telecom-square-2013@1" }, companies: {} });
		expect(await fakeBrowser.storage.local.get("hiddenBanners$")).toEqual({ hiddenBanners$: { v: 1 } });
	});

	test("writes the details panel for the banner's site and language", async () => {
		const details = async (message: object) =>
			(
				(await fakeBrowser.runtime.onMessage.trigger(message, fromBanner, () => {}))[0] as
					| { markup: string }
					| undefined
			)?.markup;
		const wiho = await details({ type: "banner-details", vendor: "telecom-square", site: "wi-ho.net", locale: "en" });
		expect(wiho).toContain(
			'<p class="site-line">A stored copy of this site&#39;s terms (date unknown) names Telecom Square, Inc. as the company.</p>',
		);
		expect(wiho).toContain("Up to 97,438 records");
		expect(wiho).toContain('data-action="hide-site"');
		// The panel's style sheet travels with it: the content script does not carry it.
		const [panel] = await fakeBrowser.runtime.onMessage.trigger(
			{ type: "banner-details", vendor: "telecom-square", site: "wi-ho.net", locale: "en" },
			fromBanner,
			() => {},
		);
		expect((panel as unknown as { css: string }).css).toContain(".details");
		// A domain that is not the vendor's gets the facts but no site lines.
		const other = await details({
			type: "banner-details",
			vendor: "telecom-square",
			site: "globaldata.jp",
			locale: "ja",
		});
		expect(other).toContain("<h2>テレコムスクエア");
		expect(other).not.toContain("site-line");
		// Not a hostname, or no vendor: not a message the background answers.
		expect(
			await details({ type: "banner-details", vendor: "telecom-square", site: "<b>", locale: "ja" }),
		).toBeUndefined();
		expect(await details({ type: "banner-details", vendor: "evil", site: "wi-ho.net", locale: "ja" })).toBeUndefined();
	});

	test("a vendor tab's toolbar button: the banner's own mark, its tooltip, and a popup that starts with the site's company", async () => {
		const badge = vi.spyOn(fakeBrowser.action, "setBadgeText");
		const color = vi.spyOn(fakeBrowser.action, "setBadgeBackgroundColor");
		const title = vi.spyOn(fakeBrowser.action, "setTitle");
		const popup = vi.spyOn(fakeBrowser.action, "setPopup").mockResolvedValue(undefined);
		vi.spyOn(fakeBrowser.i18n, "getMessage").mockImplementation((name: string) => `message ${name}`);
		const state = (value: string, site = "wi-ho.net") =>
			fakeBrowser.runtime.onMessage.trigger(
				{ type: "banner-state", state: value, vendor: "telecom-square", site },
				fromBanner,
				() => {},
			);
		await state("shown");
		expect(badge).toHaveBeenLastCalledWith({ tabId: 7, text: TOOLBAR.shown.text });
		expect(color).toHaveBeenLastCalledWith({ tabId: 7, color: TOOLBAR.shown.color });
		expect(title).toHaveBeenLastCalledWith({ tabId: 7, title: `message ${TOOLBAR.shown.title}` });
		expect(popup).toHaveBeenLastCalledWith({ tabId: 7, popup: "/popup.html#vendor=telecom-square&site=wi-ho.net" });
		await state("blocked");
		expect(badge).toHaveBeenLastCalledWith({ tabId: 7, text: TOOLBAR.blocked.text });
		expect(TOOLBAR.blocked.text).not.toBe(TOOLBAR.shown.text);
		await state("hidden");
		expect(badge).toHaveBeenLastCalledWith({ tabId: 7, text: "" });
		// A site that is not the company's, or no such state: nothing.
		badge.mockClear();
		await state("shown", "globaldata.jp");
		await state("gone");
		expect(badge).not.toHaveBeenCalled();
	});

	test("ignores other messages and other senders", async () => {
		const create = vi.spyOn(fakeBrowser.tabs, "create");
		await fakeBrowser.runtime.onMessage.trigger({ type: "open-checker", vendor: "evil" }, fromBanner, () => {});
		await fakeBrowser.runtime.onMessage.trigger({ type: "fetch", url: "https://example.com" }, fromBanner, () => {});
		await fakeBrowser.runtime.onMessage.trigger(
			{ type: "open-checker", vendor: "xcom-global" },
			{ id: "other-extension" },
			() => {},
		);
		expect(create).not.toHaveBeenCalled();
	});
});
