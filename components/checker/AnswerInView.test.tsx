// @vitest-environment happy-dom
import { cleanup, fireEvent, render, screen, waitFor, within } from "@testing-library/preact";
import { useState } from "preact/hooks";
import { afterEach, beforeEach, describe, expect, test } from "vitest";
import { fakeBrowser } from "wxt/testing/fake-browser";
import { type CheckerForm, EMPTY_FORM, EMPTY_RENTAL, STEP_IDS } from "../../lib/checker/checker-form";
import { whatHappened } from "../../lib/checker/what-happened";
import type { Locale } from "../../lib/i18n/text";
import { LocaleContext } from "../shared/i18n";
import { Checker } from "./Checker";
import { CheckerApp } from "./CheckerApp";
import { PageExtras } from "./PageExtras";

/**
 * Issue 23 in the components: what happened before any answer, the verdict bar and its ways to
 * the full result, to what to do now and back from a question, every step ticked, a changed
 * verdict marked for the eyes, and no storage key names on the answer path. (Where things are on
 * screen is the browser tests' part: e2e/answer-in-view.*.e2e.ts.)
 */

beforeEach(() => {
	fakeBrowser.reset();
	localStorage.clear();
	Object.defineProperty(navigator, "languages", { value: ["en-US"], configurable: true });
});
afterEach(cleanup);

function Harness({ locale, initial }: { locale: Locale; initial: CheckerForm }) {
	const [form, setForm] = useState(initial);
	return (
		<LocaleContext.Provider value={locale}>
			<Checker form={form} onFormChange={setForm} copy={async () => true} variant="popup" today="2026-11-28" />
		</LocaleContext.Provider>
	);
}

const showChecker = (initial: CheckerForm, locale: Locale = "en") =>
	render(<Harness locale={locale} initial={initial} />);
const group = (name: RegExp) => screen.getByRole("group", { name });
const bar = () => document.querySelector(".verdict-bar") as HTMLElement;
const toggle = () => within(bar()).getByRole("button", { name: "Full result" });

describe("what happened, before any answer", () => {
	test.each(["ja", "en"] as const)(
		"%s: each breach in plain sentences, the start and the facts first",
		async (locale) => {
			Object.defineProperty(navigator, "languages", { value: [locale], configurable: true });
			render(<CheckerApp variant="popup" />);
			const told = (
				await screen.findByRole("heading", {
					level: 2,
					name: locale === "ja" ? "2013年に何があったか" : "What happened in 2013",
				})
			).closest("details") as HTMLDetailsElement;
			expect(told.open).toBe(true);
			for (const company of whatHappened(locale)) {
				const section = within(told).getByRole("region", { name: company.company });
				expect([...section.querySelectorAll("p")].map((p) => p.textContent)).toEqual(company.sentences);
			}
			// The facts, one tap away: the full checker opened at them, with the popup's answers.
			const facts = within(told).getByRole("link", {
				name: locale === "ja" ? /詳しい事実と出典/ : /All the facts, with sources/,
			});
			expect(facts.getAttribute("href")).toBe("/checker.html#from=popup&show=facts");
			expect(facts.getAttribute("target")).toBe("_blank");
		},
	);

	test("'check your rental' takes the focus to the first question; the first answer folds what happened away", async () => {
		render(<CheckerApp variant="popup" />);
		fireEvent.click(await screen.findByRole("button", { name: "Check your rental" }));
		expect((document.activeElement as HTMLInputElement).name).toBe("vendor-1");
		fireEvent.click(within(group(/Which company/)).getByLabelText(/Wi-Ho!/));
		await waitFor(() => expect((document.querySelector(".what-happened") as HTMLDetailsElement).open).toBe(false));
		expect(screen.queryByRole("button", { name: "Check your rental" })).toBeNull();
	});

	test("on the full page the facts open in place: each breach's summary first, where the sources differ last", async () => {
		render(<CheckerApp variant="page" Extras={PageExtras} />);
		const link = await screen.findByRole("link", { name: "All the facts, with sources" });
		expect(link.getAttribute("href")).toBe("#facts");
		fireEvent.click(link);
		const facts = document.getElementById("facts") as HTMLDetailsElement;
		expect(facts.open).toBe(true);
		for (const section of facts.querySelectorAll("section")) {
			const parts = [...section.children].map((child) => child.className || child.localName);
			expect(parts[1]).toBe("about-summary");
			expect(parts.at(-1)).toBe("about-conflicts");
			// The conflict ids (C1…) wait behind their own disclosure.
			expect((section.querySelector(".about-conflicts") as HTMLDetailsElement).open).toBe(false);
		}
	});

	test("the popup's 'all the facts' link opens the full page at them", async () => {
		location.hash = "#from=popup&show=facts";
		render(<CheckerApp variant="page" fromPopup Extras={PageExtras} />);
		await waitFor(() => expect((document.getElementById("facts") as HTMLDetailsElement).open).toBe(true));
		location.hash = "";
	});
});

describe("the verdict bar", () => {
	const included: CheckerForm = {
		rentals: [{ ...EMPTY_RENTAL, vendor: "telecom-square", orderedVia: "vendor-website", orderedOn: "2012-07" }],
		emails: {},
	};

	test("the sentences in the live region; the full result, closed, one tap away", async () => {
		showChecker(included);
		await waitFor(() =>
			expect(bar().querySelector("output.verdict")?.textContent).toBe("Telecom Square: your rental was in the breach."),
		);
		expect(bar().querySelector("output")?.getAttribute("aria-live")).toBe("polite");
		expect(toggle().getAttribute("aria-expanded")).toBe("false");
		expect(toggle().getAttribute("aria-controls")).toBe("result-panel");
		fireEvent.click(toggle());
		expect(toggle().getAttribute("aria-expanded")).toBe("true");
		// Under the verdict: its reasons, then what to do now, then the picture and the cards.
		const panel = document.getElementById("result-panel") as HTMLElement;
		const order = [".reasons", ".todo", ".timeline", ".finding"].map((selector) =>
			[...panel.querySelectorAll("*")].indexOf(panel.querySelector(selector) as Element),
		);
		expect(order.every((at) => at >= 0)).toBe(true);
		expect(order).toEqual([...order].sort((a, b) => a - b));
	});

	test("'what to do now' opens the full result at its heading", async () => {
		showChecker(included);
		const jump = await within(await waitFor(() => bar())).findByRole("button", { name: "What to do now" });
		fireEvent.click(jump);
		await waitFor(() => expect(document.activeElement?.id).toBe("todo-heading"));
		expect(toggle().getAttribute("aria-expanded")).toBe("true");
	});

	test("a way forward takes the person to its question and leaves a way back to it", async () => {
		showChecker({ rentals: [{ ...EMPTY_RENTAL, vendor: "xcom-global", orderedOn: "2013-04" }], emails: {} });
		const forward = await screen.findByRole("button", {
			name: /When you ordered: on or before 23 April 2013, or after\?/,
		});
		fireEvent.click(toggle());
		fireEvent.click(forward);
		await waitFor(() => expect((document.activeElement as HTMLInputElement).type).toBe("text"));
		expect(document.activeElement?.closest("fieldset")?.querySelector("legend")?.textContent).toBe(
			"When did you order?",
		);
		// The way back stands in the full result's place in the bar, so the bar keeps one row.
		expect(within(bar()).queryByRole("button", { name: "Full result" })).toBeNull();
		const back = within(bar()).getByRole("button", { name: "Back to result" });
		fireEvent.click(back);
		await waitFor(() => expect(document.activeElement).toBe(forward));
		expect(toggle().getAttribute("aria-expanded")).toBe("true");
		expect(within(bar()).queryByRole("button", { name: "Back to result" })).toBeNull();
	});

	test("a changed verdict is marked for the eyes (the live region says it), not on the first", async () => {
		showChecker({ rentals: [{ ...EMPTY_RENTAL, vendor: "xcom-global", orderedOn: "2013-04" }], emails: {} });
		await waitFor(() =>
			expect(bar().querySelector("p.sentence")?.getAttribute("data-verdict")).toBe("possibly-exposed"),
		);
		expect(bar().querySelector(".changed-note")).toBeNull();
		fireEvent.input(within(group(/When did you order/)).getByRole("textbox"), { target: { value: "2013-04-10" } });
		await waitFor(() => expect(bar().querySelector(".changed-note")?.textContent).toBe("The result changed"));
		expect(bar().querySelector(".changed-note")?.getAttribute("aria-hidden")).toBe("true");
		expect(bar().querySelector("output")?.contains(bar().querySelector(".changed-note"))).toBe(false);
	});

	test("ticking every step says so", async () => {
		showChecker({ ...included, done: STEP_IDS.slice(0, -1) });
		await waitFor(() => expect(document.querySelector(".todo .all-done")).not.toBeNull());
		const status = document.querySelector(".todo .all-done") as HTMLElement;
		expect(status.getAttribute("role")).toBe("status");
		expect(status.textContent).toBe("");
		const boxes = document.querySelectorAll<HTMLInputElement>(".todo input[type=checkbox]");
		fireEvent.click(boxes[boxes.length - 1] as HTMLInputElement);
		await waitFor(() => expect(status.textContent).toBe("You have done every step."));
	});

	test("nothing chosen yet: no bar controls, the way it works", () => {
		showChecker(EMPTY_FORM);
		expect(bar().querySelectorAll("button")).toHaveLength(0);
		expect(bar().textContent).toMatch(/Choose a company/);
	});
});

test.each(["ja", "en"] as const)("%s: no storage key names on the answer path", async (locale) => {
	Object.defineProperty(navigator, "languages", { value: [locale], configurable: true });
	render(<CheckerApp variant="page" Extras={PageExtras} />);
	fireEvent.click(
		within(await screen.findByRole("group", { name: locale === "ja" ? /どの会社/ : /Which company/ })).getByLabelText(
			/Wi-Ho!/,
		),
	);
	await waitFor(() => expect(document.querySelector(".result-panel")).not.toBeNull());
	expect(document.body.textContent).not.toMatch(/storage\.|localStorage|rememberedAnswers|popupAnswers/);
});
