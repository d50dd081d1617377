// @vitest-environment happy-dom
import { cleanup, fireEvent, render, screen, waitFor, within } from "@testing-library/preact";
import { afterEach, beforeEach, describe, expect, test, vi } from "vitest";
import { fakeBrowser } from "wxt/testing/fake-browser";
import { EMPTY_RENTAL } from "../../lib/checker/checker-form";
import { hiddenBanners, localePreference, popupAnswers, rememberedAnswers } from "../storage/storage";
import { SESSION_KEYS, STORAGE_KEYS } from "../storage/storage-keys";
import { openedFromPopup } from "../storage/useRememberedForm";
import { CheckerApp } from "./CheckerApp";
import { PageExtras } from "./PageExtras";

beforeEach(() => {
	fakeBrowser.reset();
	localStorage.clear();
	Object.defineProperty(navigator, "languages", { value: ["en-US"], configurable: true });
});
afterEach(cleanup);

const group = (name: RegExp) => screen.getByRole("group", { name });

describe("remembered answers", () => {
	test("live in memory only until the person ticks 'remember'", async () => {
		render(<CheckerApp variant="popup" />);
		fireEvent.click(within(await screen.findByRole("group", { name: /Which company/ })).getByLabelText(/Wi-Ho!/));
		expect(await rememberedAnswers.getValue()).toBeNull();
		expect(await fakeBrowser.storage.local.get()).toEqual({});

		fireEvent.click(screen.getByLabelText("Remember my answers on this device"));
		await waitFor(async () => expect((await rememberedAnswers.getValue())?.rentals[0]?.vendor).toBe("telecom-square"));
		fireEvent.click(within(group(/How did you order/)).getByLabelText(/company's website/));
		await waitFor(async () =>
			expect((await rememberedAnswers.getValue())?.rentals[0]?.orderedVia).toBe("vendor-website"),
		);
	});

	test("come back on the next visit, and the delete button removes them", async () => {
		await rememberedAnswers.setValue({
			rentals: [{ ...EMPTY_RENTAL, vendor: "xcom-global", orderedVia: "vendor-website", orderedOn: "2012-05" }],
			emails: {},
		});
		render(<CheckerApp variant="popup" />);
		await waitFor(() =>
			expect(within(group(/Which company/)).getByLabelText<HTMLInputElement>(/イモトのWiFi/).checked).toBe(true),
		);
		expect(screen.getByLabelText<HTMLInputElement>("Remember my answers on this device").checked).toBe(true);
		expect(within(group(/When did you order/)).getByRole<HTMLInputElement>("textbox").value).toBe("2012-05");
		await waitFor(() =>
			expect(document.querySelector("output.verdict")?.textContent).toBe("XCom Global: your rental was in the breach."),
		);

		fireEvent.click(screen.getByRole("button", { name: "Delete saved answers" }));
		await waitFor(async () => expect(await rememberedAnswers.getValue()).toBeNull());
		expect(await fakeBrowser.storage.local.get("rememberedAnswers")).toEqual({});
		await screen.findByText("Saved answers deleted.");
		expect(screen.getByLabelText<HTMLInputElement>("Remember my answers on this device").checked).toBe(false);
		expect(within(group(/Which company/)).getByLabelText<HTMLInputElement>(/イモトのWiFi/).checked).toBe(false);
	});

	test("unticking removes them at once", async () => {
		await rememberedAnswers.setValue({ rentals: [{ ...EMPTY_RENTAL, vendor: "xcom-global" }], emails: {} });
		render(<CheckerApp variant="popup" />);
		const box = await screen.findByLabelText<HTMLInputElement>("Remember my answers on this device");
		await waitFor(() => expect(box.checked).toBe(true));
		fireEvent.click(box);
		await waitFor(async () => expect(await rememberedAnswers.getValue()).toBeNull());
	});
});

describe("the full page", () => {
	test("opens with the vendor the banner chose", async () => {
		render(<CheckerApp variant="page" vendor="xcom-global" Extras={PageExtras} />);
		await waitFor(() =>
			expect(within(group(/Which company/)).getByLabelText<HTMLInputElement>(/イモトのWiFi/).checked).toBe(true),
		);
		await waitFor(() =>
			expect(document.querySelector("output.verdict")?.textContent).toBe(
				"XCom Global: your rental may have been in the breach.",
			),
		);
	});

	test("language: the browser's by default, the person's choice overrides it everywhere", async () => {
		render(<CheckerApp variant="page" Extras={PageExtras} />);
		await screen.findByRole("heading", { level: 1, name: "Wi-Fi Rental Breach Check" });
		expect(document.documentElement.lang).toBe("en");
		fireEvent.click(within(group(/^Language$/)).getByLabelText(/日本語/));
		await screen.findByRole("heading", { level: 1, name: "Wi-Fiレンタル 流出チェック" });
		expect(await localePreference.getValue()).toBe("ja");
		await waitFor(() => expect(document.documentElement.lang).toBe("ja"));
	});

	test("settings reset hidden banners and forget answers", async () => {
		await hiddenBanners.setValue({ sites: { "wi-ho.net": "telecom-square-2013@1" }, companies: {} });
		await rememberedAnswers.setValue({ rentals: [{ ...EMPTY_RENTAL, vendor: "xcom-global" }], emails: {} });
		render(<CheckerApp variant="page" Extras={PageExtras} />);
		const settings = await screen.findByRole("region", { name: "Settings" });
		fireEvent.click(within(settings).getByRole("button", { name: "Show hidden banners again" }));
		await within(settings).findByText("Hidden banners will show again.");
		expect(await hiddenBanners.getValue()).toEqual({ sites: {}, companies: {} });
		fireEvent.click(within(settings).getByRole("button", { name: "Delete saved answers" }));
		await waitFor(async () => expect(await rememberedAnswers.getValue()).toBeNull());
	});

	test("shows both incidents' facts and where the sources differ", async () => {
		render(<CheckerApp variant="page" Extras={PageExtras} />);
		expect(await screen.findByRole("region", { name: /Telecom Square customer data leak/ })).toBeTruthy();
		expect(screen.getByRole("region", { name: /XCom Global customer data leak/ })).toBeTruthy();
		expect(screen.getByText(/C1: Web-B criteria: two wordings/)).toBeTruthy();
		expect(screen.getByText(/C6: Who was affected/)).toBeTruthy();
	});
});

test("the popup stays light: no facts, no settings, a link to the full checker", async () => {
	render(<CheckerApp variant="popup" />);
	expect(await screen.findByRole("link", { name: /open the full checker/ })).toBeTruthy();
	expect(screen.queryByRole("button", { name: "Add another rental" })).toBeNull();
	expect(screen.queryByRole("group", { name: /When did you leave on the trip/ })).toBeNull();
	expect(screen.queryByRole("region", { name: "Settings" })).toBeNull();
});

test("the language choice is mirrored for an instant first render, storage stays the truth", async () => {
	await localePreference.setValue("ja");
	render(<CheckerApp variant="popup" />);
	await screen.findByRole("heading", { level: 1, name: "Wi-Fiレンタル 流出チェック" });
	await waitFor(() => expect(localStorage.getItem("localePreference")).toBe("ja"));
	cleanup();
	await localePreference.setValue("en");
	render(<CheckerApp variant="popup" />);
	// The mirror said Japanese; storage says English, and storage wins.
	await screen.findByRole("heading", { level: 1, name: "Wi-Fi Rental Breach Check" });
});

test("privacy is visible, with the privacy page in a new tab", async () => {
	for (const variant of ["popup", "page"] as const) {
		render(<CheckerApp variant={variant} Extras={variant === "page" ? PageExtras : undefined} />);
		expect(await screen.findByText(/Nothing you type leaves this browser/)).toBeTruthy();
		const link = screen.getByRole("link", {
			name: "Privacy: what is kept, and how that is tested (opens in a new tab)",
		});
		expect((link as HTMLAnchorElement).href).toMatch(/\/privacy\.html$/);
		expect(link.getAttribute("target")).toBe("_blank");
		cleanup();
	}
});

describe("stored values never break a page", () => {
	const GARBAGE: unknown[] = [
		"zh-TW",
		42,
		[],
		{},
		null,
		true,
		"<img src=x onerror=alert(1)>",
		{ rentals: "x" },
		[1, 2],
	];

	test.each(GARBAGE.map((value) => [JSON.stringify(value), value] as const))(
		"every key holding %s: both pages still give a verdict",
		async (_name, value) => {
			const warn = vi.spyOn(console, "warn").mockImplementation(() => {});
			await fakeBrowser.storage.local.set(Object.fromEntries(Object.values(STORAGE_KEYS).map((key) => [key, value])));
			await fakeBrowser.storage.session.set(Object.fromEntries(Object.values(SESSION_KEYS).map((key) => [key, value])));
			for (const variant of ["popup", "page"] as const) {
				// The full page as the popup's link opens it: it reads the session's answers too.
				render(
					<CheckerApp
						variant={variant}
						fromPopup={variant === "page"}
						Extras={variant === "page" ? PageExtras : undefined}
					/>,
				);
				// Language falls back to the browser's; answers to none.
				await screen.findByRole("heading", { level: 1, name: "Wi-Fi Rental Breach Check" });
				fireEvent.click(within(group(/Which company/)).getByLabelText(/イモトのWiFi/));
				await waitFor(() =>
					expect(document.querySelector("output.verdict")?.textContent).toBe(
						"XCom Global: your rental may have been in the breach.",
					),
				);
				cleanup();
			}
			warn.mockRestore();
		},
	);

	test("the first version's remembered answers migrate to the rentals shape", async () => {
		await fakeBrowser.storage.local.set({
			[STORAGE_KEYS.rememberedAnswers]: {
				vendor: "xcom-global",
				orderedVia: "vendor-website",
				orderedOn: "2012-05",
				returnedOn: "",
			},
		});
		// What the extension does when it starts on a profile that a version 1 build wrote.
		await rememberedAnswers.migrate();
		expect(await rememberedAnswers.getValue()).toEqual({
			rentals: [{ ...EMPTY_RENTAL, vendor: "xcom-global", orderedVia: "vendor-website", orderedOn: "2012-05" }],
			emails: {},
		});
		render(<CheckerApp variant="popup" />);
		await waitFor(() =>
			expect(document.querySelector("output.verdict")?.textContent).toBe("XCom Global: your rental was in the breach."),
		);
	});
});

describe("several rentals, trips and the company's email (full page)", () => {
	test("each rental has its own answers and verdict; the summary shows all and the most severe", async () => {
		render(<CheckerApp variant="page" Extras={PageExtras} />);
		fireEvent.click(within(await screen.findByRole("group", { name: /Which company/ })).getByLabelText(/イモトのWiFi/));
		fireEvent.click(within(group(/How did you order/)).getByLabelText(/company's website/));
		fireEvent.input(within(group(/When did you order/)).getByRole("textbox"), { target: { value: "2014-01" } });
		fireEvent.click(screen.getByRole("button", { name: "Add another rental" }));
		const second = await screen.findByRole("region", { name: "Rental 2" });
		await waitFor(() => expect(document.activeElement?.textContent).toBe("Rental 2"));
		fireEvent.click(within(within(second).getByRole("group", { name: /Which company/ })).getByLabelText(/Wi-Ho!/));
		fireEvent.click(
			within(within(second).getByRole("group", { name: /How did you order/ })).getByLabelText(/company's website/),
		);
		fireEvent.input(within(within(second).getByRole("group", { name: /When did you order/ })).getByRole("textbox"), {
			target: { value: "2012-07-01" },
		});
		const verdict = () => document.querySelector("output.verdict")?.textContent ?? "";
		await waitFor(() =>
			expect(verdict()).toBe(
				"Overall: you were in Telecom Square's breach (XCom Global was not included by the published criteria).Telecom Square: your rental was in the breach.XCom Global: by the published criteria, your rental was not included.",
			),
		);
		expect(screen.getByRole("heading", { name: "Rental 1: XCom Global" })).toBeTruthy();
		expect(screen.getByRole("heading", { name: "Rental 2: Telecom Square" })).toBeTruthy();
		fireEvent.click(screen.getByLabelText<HTMLInputElement>("Remember my answers on this device"));
		await waitFor(async () => expect((await rememberedAnswers.getValue())?.rentals).toHaveLength(2));
		fireEvent.click(screen.getByRole("button", { name: "Remove rental 2" }));
		await waitFor(() => expect(screen.queryByRole("region", { name: "Rental 2" })).toBeNull());
		expect(document.activeElement?.textContent).toBe("Add another rental");
	});

	test("a trip gives the dates it implies, and says so", async () => {
		render(<CheckerApp variant="page" Extras={PageExtras} />);
		fireEvent.click(within(await screen.findByRole("group", { name: /Which company/ })).getByLabelText(/Wi-Ho!/));
		fireEvent.click(within(group(/How did you order/)).getByLabelText(/Another way/));
		fireEvent.click(within(group(/How did you return/)).getByLabelText(/At an airport return box/));
		fireEvent.input(within(group(/When did you leave on the trip/)).getByRole("textbox"), {
			target: { value: "2012-10-10" },
		});
		fireEvent.input(within(group(/When did you come back/)).getByRole("textbox"), {
			target: { value: "平成24年10月20日" },
		});
		expect(await screen.findByText(/From your trip: you ordered on or before 10 October 2012\./)).toBeTruthy();
		expect(screen.getByText(/you returned it 20 October 2012/)).toBeTruthy();
		// A return-box return on the trip's last day, inside Web-B's windows: both wordings include it.
		await waitFor(() =>
			expect(document.querySelector("output.verdict")?.textContent).toBe(
				"Telecom Square: your rental was in the breach.",
			),
		);
	});

	test("a return before the departure is an error at the field, never a verdict", async () => {
		render(<CheckerApp variant="page" Extras={PageExtras} />);
		fireEvent.click(within(await screen.findByRole("group", { name: /Which company/ })).getByLabelText(/Wi-Ho!/));
		fireEvent.input(within(group(/When did you leave on the trip/)).getByRole("textbox"), {
			target: { value: "2012-10-20" },
		});
		const back = within(group(/When did you come back/)).getByRole("textbox");
		fireEvent.input(back, { target: { value: "2012-10-10" } });
		await waitFor(() => expect(back.getAttribute("aria-invalid")).toBe("true"));
		expect(screen.getByText("The trip's return is before its departure.")).toBeTruthy();
		expect(document.querySelector("output.verdict")?.textContent).toBe("Fix the highlighted answer to see a result.");
	});

	test("the company's email: 'yes' decides, 'no' never clears", async () => {
		render(<CheckerApp variant="page" Extras={PageExtras} />);
		fireEvent.click(within(await screen.findByRole("group", { name: /Which company/ })).getByLabelText(/Wi-Ho!/));
		const email = await screen.findByRole("group", {
			name: /In 2013, did Telecom Square write to you about the breach/,
		});
		expect(within(email).getByText(/不正アクセスに関する重要なお知らせ【テレコムスクエア】/)).toBeTruthy();
		fireEvent.click(within(email).getByLabelText("No"));
		expect(await screen.findByText(/Not getting it does not mean you were not affected/)).toBeTruthy();
		await waitFor(() =>
			expect(document.querySelector("output.verdict")?.textContent).toBe(
				"Telecom Square: your rental may have been in the breach.",
			),
		);
		fireEvent.click(within(email).getByLabelText("Yes, I got it"));
		await waitFor(() =>
			expect(document.querySelector("output.verdict")?.textContent).toBe(
				"Telecom Square: by the company's own message, you were in the breach.",
			),
		);
		expect(
			screen.getByText(
				"You said Telecom Square's message about the breach reached you: so the company counted you among the customers in it.",
			),
		).toBeTruthy();
	});

	test("how to find your dates: a sourced guide, nothing read by the extension", async () => {
		render(<CheckerApp variant="page" Extras={PageExtras} />);
		const summary = await screen.findByText("How to find your dates");
		const guide = summary.closest("details") as HTMLDetailsElement;
		expect(guide.open).toBe(false);
		expect(guide.textContent).toMatch(/不正アクセスに関する重要なお知らせ【テレコムスクエア】/);
		expect(guide.textContent).toMatch(/Look these up yourself; the extension does not read your mail or statements\./);
		expect(within(guide).getAllByRole("link").length).toBeGreaterThan(2);
	});
});

describe("popup → full checker: the popup's answers, in memory only", () => {
	const verdict = () => document.querySelector("output.verdict")?.textContent;
	const vendorChecked = (label: RegExp) =>
		within(group(/Which company/)).getByLabelText<HTMLInputElement>(label).checked;
	const ANSWERS = {
		rentals: [
			{ ...EMPTY_RENTAL, vendor: "xcom-global" as const, orderedVia: "vendor-website" as const, orderedOn: "2012-05" },
		],
		emails: {},
	};

	test("the popup keeps its answers in storage.session, never storage.local, and finds them when reopened", async () => {
		render(<CheckerApp variant="popup" />);
		fireEvent.click(within(await screen.findByRole("group", { name: /Which company/ })).getByLabelText(/イモトのWiFi/));
		fireEvent.click(within(group(/How did you order/)).getByLabelText(/company's website/));
		fireEvent.input(within(group(/When did you order/)).getByRole("textbox"), { target: { value: "2012-05" } });
		await waitFor(async () =>
			expect((await popupAnswers.getValue())?.rentals[0]).toMatchObject({
				vendor: "xcom-global",
				orderedVia: "vendor-website",
				orderedOn: "2012-05",
			}),
		);
		expect(Object.keys(await fakeBrowser.storage.session.get())).toEqual([SESSION_KEYS.popupAnswers]);
		expect(await fakeBrowser.storage.local.get()).toEqual({});
		expect(screen.getByText(/Your answers stay in the browser's memory until it closes/)).toBeTruthy();
		// The popup closes whenever focus leaves it; opened again, the answers are there.
		cleanup();
		render(<CheckerApp variant="popup" />);
		await waitFor(() => expect(vendorChecked(/イモトのWiFi/)).toBe(true));
		await waitFor(() => expect(verdict()).toBe("XCom Global: your rental was in the breach."));
	});

	test("the link opens the full checker marked as from the popup", async () => {
		render(<CheckerApp variant="popup" />);
		const link = await screen.findByRole("link", { name: /open the full checker \(opens in a new tab\)/ });
		expect(link.getAttribute("href")).toMatch(/\/checker\.html#from=popup$/);
		expect(openedFromPopup(new URL((link as HTMLAnchorElement).href).hash)).toBe(true);
	});

	test("the full page from the popup starts from its answers and never writes back", async () => {
		await popupAnswers.setValue(ANSWERS);
		render(<CheckerApp variant="page" fromPopup Extras={PageExtras} />);
		await waitFor(() => expect(vendorChecked(/イモトのWiFi/)).toBe(true));
		expect(within(group(/When did you order/)).getByRole<HTMLInputElement>("textbox").value).toBe("2012-05");
		await waitFor(() => expect(verdict()).toBe("XCom Global: your rental was in the breach."));
		fireEvent.input(within(group(/When did you order/)).getByRole("textbox"), { target: { value: "2014-01" } });
		await waitFor(() =>
			expect(verdict()).toBe("XCom Global: by the published criteria, your rental was not included."),
		);
		// The full page's edit stays in its tab: the popup's answers, and storage.local, are untouched.
		expect(await popupAnswers.getValue()).toEqual(ANSWERS);
		expect(await fakeBrowser.storage.local.get()).toEqual({});
	});

	test("a banner's #vendor= still chooses the company, over the popup's", async () => {
		await popupAnswers.setValue(ANSWERS);
		render(<CheckerApp variant="page" fromPopup vendor="telecom-square" Extras={PageExtras} />);
		await waitFor(() =>
			expect(within(group(/When did you order/)).getByRole<HTMLInputElement>("textbox").value).toBe("2012-05"),
		);
		expect(vendorChecked(/Wi-Ho!/)).toBe(true);
		expect(vendorChecked(/イモトのWiFi/)).toBe(false);
	});

	test("the full page opened any other way (the banner) does not take the popup's answers", async () => {
		await popupAnswers.setValue(ANSWERS);
		render(<CheckerApp variant="page" vendor="telecom-square" Extras={PageExtras} />);
		await waitFor(() => expect(verdict()).toBe("Telecom Square: your rental may have been in the breach."));
		// Give a wrong restore the time the right one takes (the test above sees it within this).
		await new Promise((resolve) => setTimeout(resolve, 300));
		expect(vendorChecked(/Wi-Ho!/)).toBe(true);
		expect(within(group(/When did you order/)).getByRole<HTMLInputElement>("textbox").value).toBe("");
	});

	test("'remember' moves the answers to storage.local; unticking moves them back; delete clears both", async () => {
		render(<CheckerApp variant="popup" />);
		fireEvent.click(within(await screen.findByRole("group", { name: /Which company/ })).getByLabelText(/Wi-Ho!/));
		await waitFor(async () => expect((await popupAnswers.getValue())?.rentals[0]?.vendor).toBe("telecom-square"));
		const box = screen.getByLabelText<HTMLInputElement>("Remember my answers on this device");
		fireEvent.click(box);
		await waitFor(async () => expect((await rememberedAnswers.getValue())?.rentals[0]?.vendor).toBe("telecom-square"));
		expect(await fakeBrowser.storage.session.get()).toEqual({});
		expect(screen.queryByText(/Your answers stay in the browser's memory/)).toBeNull();
		// While remembered, changes go to storage.local only.
		fireEvent.click(within(group(/How did you order/)).getByLabelText(/company's website/));
		await waitFor(async () =>
			expect((await rememberedAnswers.getValue())?.rentals[0]?.orderedVia).toBe("vendor-website"),
		);
		expect(await fakeBrowser.storage.session.get()).toEqual({});

		fireEvent.click(box);
		await waitFor(async () => expect((await popupAnswers.getValue())?.rentals[0]?.orderedVia).toBe("vendor-website"));
		// Nothing of the answers stays on disk, not even the storage library's version marker.
		expect(await fakeBrowser.storage.local.get()).toEqual({});

		fireEvent.click(screen.getByRole("button", { name: "Delete saved answers" }));
		await waitFor(async () => expect(await fakeBrowser.storage.session.get()).toEqual({}));
		expect(await fakeBrowser.storage.local.get()).toEqual({});
		expect(vendorChecked(/Wi-Ho!/)).toBe(false);
	});

	test("remembered answers win over the session's: with 'remember' on, storage.local is where the popup writes", async () => {
		await rememberedAnswers.setValue({ rentals: [{ ...EMPTY_RENTAL, vendor: "telecom-square" }], emails: {} });
		await popupAnswers.setValue(ANSWERS);
		render(<CheckerApp variant="page" fromPopup Extras={PageExtras} />);
		await waitFor(() => expect(vendorChecked(/Wi-Ho!/)).toBe(true));
		expect(screen.getByLabelText<HTMLInputElement>("Remember my answers on this device").checked).toBe(true);
	});

	test.each([
		["#from=popup", true],
		["#vendor=xcom-global&from=popup", true],
		["#vendor=xcom-global", false],
		["", false],
		["#from=elsewhere", false],
	])("openedFromPopup(%j) is %s", (hash, expected) => {
		expect(openedFromPopup(hash)).toBe(expected);
	});
});

describe("the popup's language choice", () => {
	test("a labelled select that switches the popup and keeps the extension's one choice", async () => {
		render(<CheckerApp variant="popup" />);
		const select = await screen.findByRole<HTMLSelectElement>("combobox", { name: "Language / 表示言語" });
		expect(select.value).toBe("auto");
		expect([...select.options].map((option) => [option.value, option.textContent, option.lang])).toEqual([
			["auto", "Same as the browser", ""],
			["ja", "日本語 (Japanese)", "ja"],
			["en", "English", "en"],
		]);
		fireEvent.change(select, { target: { value: "ja" } });
		await screen.findByRole("heading", { level: 1, name: "Wi-Fiレンタル 流出チェック" });
		expect(await localePreference.getValue()).toBe("ja");
		await waitFor(() => expect(localStorage.getItem("localePreference")).toBe("ja"));
		expect(screen.getByRole("combobox", { name: "表示言語 / Language" })).toBeTruthy();
		// The full page's settings show the same choice.
		cleanup();
		render(<CheckerApp variant="page" Extras={PageExtras} />);
		await waitFor(() =>
			expect(within(group(/^表示言語$/)).getByLabelText<HTMLInputElement>(/^日本語$/).checked).toBe(true),
		);
	});

	test("the full page keeps its radios, without a second control in its header", async () => {
		render(<CheckerApp variant="page" Extras={PageExtras} />);
		expect(await screen.findByRole("group", { name: "Language" })).toBeTruthy();
		expect(screen.queryByRole("combobox")).toBeNull();
	});
});
