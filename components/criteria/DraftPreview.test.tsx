// @vitest-environment happy-dom
import { cleanup, fireEvent, render, screen, waitFor, within } from "@testing-library/preact";
import { afterEach, describe, expect, test } from "vitest";
import { applyPatch } from "../../lib/criteria/patch";
import { SHIPPED_RECORDS } from "../../lib/criteria/records";
import type { Locale } from "../../lib/i18n/text";
import { LocaleContext } from "../shared/i18n";
import { DraftPreview } from "./DraftPreview";
import { DraftPreviewEntry } from "./DraftPreviewEntry";

afterEach(cleanup);

const xcom = SHIPPED_RECORDS["xcom-global-2013"];

function preview(text: string, locale: Locale = "en") {
	return render(
		<LocaleContext.Provider value={locale}>
			<DraftPreview file={{ name: "draft.json", text }} onClose={() => undefined} />
		</LocaleContext.Provider>,
	);
}

describe("a valid record", () => {
	test("is shown as a draft, with its banner and its result for answers given here", () => {
		preview(JSON.stringify(xcom));
		expect(screen.getByRole("heading", { name: "Draft: not verified, not shipped" })).toBeTruthy();
		expect(screen.getByText(/The file “draft\.json” is shown inside this page only/)).toBeTruthy();
		expect(screen.getByText("This record passes the format's schema and its checks.")).toBeTruthy();
		const banner = screen.getByRole("region", { name: "Banner preview (what its company's sites would show)" });
		expect(within(banner).getByText(/XCom Global/, { selector: ".headline" })).toBeTruthy();
		expect(within(banner).getByText(/globaldata\.jp/)).toBeTruthy();
		const result = screen.getByRole("region", { name: "Result by this draft" });
		expect(within(result).getByText("XCom Global: Possibly included")).toBeTruthy();
		fireEvent.input(within(result).getByLabelText("when you ordered (on or after)"), {
			target: { value: "2011-03-07" },
		});
		fireEvent.input(within(result).getByLabelText("when you ordered (on or before)"), {
			target: { value: "2011-03-07" },
		});
		expect(within(result).getByText("XCom Global: Included")).toBeTruthy();
		fireEvent.input(within(result).getByLabelText("when you ordered (on or after)"), {
			target: { value: "2013-04-24" },
		});
		expect(within(result).getByText("The period for when you ordered ends before it begins.")).toBeTruthy();
	});

	test("the company's message counts, by the format's rule", () => {
		preview(JSON.stringify(xcom));
		const result = screen.getByRole("region", { name: "Result by this draft" });
		fireEvent.input(within(result).getByLabelText("when you ordered (on or before)"), {
			target: { value: "2011-03-06" },
		});
		fireEvent.change(within(result).getByLabelText("Did a message about the breach from XCom Global reach you?"), {
			target: { value: "received" },
		});
		expect(within(result).getByText("XCom Global: Included (by the company's message)")).toBeTruthy();
	});

	test("in Japanese", () => {
		preview(JSON.stringify(xcom), "ja");
		expect(
			screen.getByRole("heading", { name: "下書き：検証されておらず、この拡張機能には含まれていません" }),
		).toBeTruthy();
		expect(screen.getByText("エクスコムグローバル：可能性あり")).toBeTruthy();
	});

	test("a record's strings are text, never markup", () => {
		const hostile = applyPatch(xcom, [
			{ op: "replace", path: "/organization/name/en", value: '<img src=x onerror="alert(1)">Evil' },
		]);
		const { container } = preview(JSON.stringify(hostile));
		expect(container.querySelector("img")).toBeNull();
		expect(screen.getAllByText(/<img src=x onerror="alert\(1\)">Evil/).length).toBeGreaterThan(0);
	});
});

describe("an invalid record", () => {
	test("shows the validator's errors with their codes, paths and sentences, not a crash", () => {
		const broken = applyPatch(SHIPPED_RECORDS["telecom-square-2013"], [
			{ op: "remove", path: "/paths/1/conflict" },
			{ op: "replace", path: "/paths/0/sources/0", value: "cs012" },
		]);
		const { container } = preview(JSON.stringify(broken));
		expect(screen.getByRole("heading", { name: "Draft: not verified, not shipped" })).toBeTruthy();
		expect(screen.getByRole("heading", { name: "This record did not pass the checks (2)" })).toBeTruthy();
		expect(screen.getByText("OBC-WRD-001")).toBeTruthy();
		expect(screen.getByText("$.paths[1]")).toBeTruthy();
		expect(screen.getByText(/This path has 2 wordings but names no conflict/)).toBeTruthy();
		expect(container.querySelector("[data-draft]")?.getAttribute("data-draft")).toBe("invalid");
		expect(screen.queryByRole("region", { name: "Result by this draft" })).toBeNull();
	});

	test("a file that is not JSON is an error too", () => {
		preview("not json", "ja");
		expect(screen.getByText("OBC-JSON-001")).toBeTruthy();
		expect(screen.getByText(/JSONとして読めません/)).toBeTruthy();
	});
});

test("the entry loads the preview only when a file is chosen, and closing it leaves nothing", async () => {
	render(
		<LocaleContext.Provider value="en">
			<DraftPreviewEntry />
		</LocaleContext.Provider>,
	);
	expect(screen.queryByRole("heading", { name: "Draft: not verified, not shipped" })).toBeNull();
	const input = screen.getByLabelText("Open a record file (.json)") as HTMLInputElement;
	const file = new File([JSON.stringify(xcom)], "xcom.json", { type: "application/json" });
	Object.defineProperty(input, "files", { value: [file], configurable: true });
	fireEvent.change(input);
	await waitFor(() => expect(screen.getByRole("heading", { name: "Draft: not verified, not shipped" })).toBeTruthy());
	fireEvent.click(screen.getByRole("button", { name: "Close the preview" }));
	expect(screen.queryByRole("heading", { name: "Draft: not verified, not shipped" })).toBeNull();
});
