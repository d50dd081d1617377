// @vitest-environment happy-dom
import { cleanup, fireEvent, render, screen, waitFor, within } from "@testing-library/preact";
import { afterEach, beforeEach, describe, expect, test } from "vitest";
import { fakeBrowser } from "wxt/testing/fake-browser";
import { hiddenBanners, localePreference, rememberedAnswers } from "../storage/storage";
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
		await waitFor(async () => expect((await rememberedAnswers.getValue())?.vendor).toBe("telecom-square"));
		fireEvent.click(within(group(/How did you order/)).getByLabelText(/company's website/));
		await waitFor(async () => expect((await rememberedAnswers.getValue())?.orderedVia).toBe("vendor-website"));
	});

	test("come back on the next visit, and the delete button removes them", async () => {
		await rememberedAnswers.setValue({
			vendor: "xcom-global",
			orderedVia: "vendor-website",
			orderedOn: "2012-05",
			returnedOn: "",
		});
		render(<CheckerApp variant="popup" />);
		await waitFor(() =>
			expect(within(group(/Which company/)).getByLabelText<HTMLInputElement>(/イモトのWiFi/).checked).toBe(true),
		);
		expect(screen.getByLabelText<HTMLInputElement>("Remember my answers on this device").checked).toBe(true);
		expect(within(group(/When did you order/)).getByRole<HTMLInputElement>("textbox").value).toBe("2012-05");
		await waitFor(() =>
			expect(document.querySelector("output.verdict")?.textContent).toBe("Your rental was in the breach."),
		);

		fireEvent.click(screen.getByRole("button", { name: "Delete saved answers" }));
		await waitFor(async () => expect(await rememberedAnswers.getValue()).toBeNull());
		expect(await fakeBrowser.storage.local.get("rememberedAnswers")).toEqual({});
		await screen.findByText("Saved answers deleted.");
		expect(screen.getByLabelText<HTMLInputElement>("Remember my answers on this device").checked).toBe(false);
		expect(within(group(/Which company/)).getByLabelText<HTMLInputElement>(/イモトのWiFi/).checked).toBe(false);
	});

	test("unticking removes them at once", async () => {
		await rememberedAnswers.setValue({ vendor: "xcom-global", orderedOn: "", returnedOn: "" });
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
			expect(document.querySelector("output.verdict")?.textContent).toBe("Your rental may have been in the breach."),
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
		await rememberedAnswers.setValue({ vendor: "xcom-global", orderedOn: "", returnedOn: "" });
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
	expect(await screen.findByRole("link", { name: "Open the full checker" })).toBeTruthy();
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

test("privacy is visible, with where it is proven", async () => {
	render(<CheckerApp variant="popup" />);
	expect(await screen.findByText(/Nothing you type leaves this browser/)).toBeTruthy();
	expect(screen.getByRole("link", { name: /How that is proven/ }).getAttribute("href")).toMatch(/\/PRIVACY\.txt$/);
});
