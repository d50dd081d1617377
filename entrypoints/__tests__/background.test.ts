import { beforeEach, describe, expect, test, vi } from "vitest";
import { fakeBrowser } from "wxt/testing/fake-browser";
import { hiddenBanners } from "../../components/storage/storage";
import background from "../background";

beforeEach(() => {
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

	test("keeps a hide choice in the versioned storage item", async () => {
		await fakeBrowser.runtime.onMessage.trigger(
			{ type: "hide-banners", hidden: { sites: { "wi-ho.net": "telecom-square-2013@1" }, companies: {} } },
			fromBanner,
			() => {},
		);
		expect(await hiddenBanners.getValue()).toEqual({ sites: { "wi-ho.net": "telecom-square-2013@1" }, companies: {} });
		expect(await fakeBrowser.storage.local.get("hiddenBanners$")).toEqual({ hiddenBanners$: { v: 1 } });
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
