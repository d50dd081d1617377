// @vitest-environment happy-dom
import { cleanup, fireEvent, render, screen, waitFor, within } from "@testing-library/preact";
import { useState } from "preact/hooks";
import { afterEach, describe, expect, test, vi } from "vitest";
import { readDate } from "../../lib/calendar/reader";
import type { Locale } from "../../lib/i18n/text";
import { LocaleContext } from "../shared/i18n";
import { DateQuestion } from "./DateQuestion";

afterEach(cleanup);

/** The question as the checker holds it: the person's words, and the form's reading of them. */
function Harness({ locale, initial }: { locale: Locale; initial: string }) {
	const [value, setValue] = useState(initial);
	const parsed = value.trim() ? readDate(value) : undefined;
	return (
		<LocaleContext.Provider value={locale}>
			<DateQuestion
				legend={locale === "ja" ? "いつ申し込みましたか？" : "When did you order?"}
				value={value}
				onChange={setValue}
				error={parsed && !parsed.ok ? parsed.problem : undefined}
			/>
		</LocaleContext.Provider>
	);
}

function setup(locale: Locale, initial = "") {
	render(<Harness locale={locale} initial={initial} />);
	const group = screen.getByRole("group", { name: locale === "ja" ? "いつ申し込みましたか？" : "When did you order?" });
	const field = within(group).getByRole<HTMLInputElement>("textbox");
	const type = (text: string) => fireEvent.input(field, { target: { value: text } });
	return { group, field, type };
}

/** The texts an element's aria-describedby points to, in order. */
const description = (element: HTMLElement) =>
	(element.getAttribute("aria-describedby") ?? "")
		.split(" ")
		.map((id) => document.getElementById(id)?.textContent ?? `(missing ${id})`);

describe("the box belongs to 'I remember'", () => {
	test("'I remember' first and chosen, its box next, 'I don't remember' second", () => {
		const { group, field } = setup("en");
		const radios = within(group).getAllByRole<HTMLInputElement>("radio");
		expect(radios.map((radio) => radio.closest("label")?.textContent)).toEqual(["I remember", "I don't remember"]);
		expect(radios.map((radio) => radio.checked)).toEqual([true, false]);
		const order = [radios[0], field, radios[1]].map((element) =>
			[...group.querySelectorAll("input")].indexOf(element as HTMLInputElement),
		);
		expect(order).toEqual([0, 1, 2]);
		expect(field.closest(".date-entry")).not.toBeNull();
		expect(field.disabled).toBe(false);
	});

	test("'I don't remember' empties and disables the box; 'I remember' gives the words back", async () => {
		const { group, field, type } = setup("ja");
		type("2013年3月");
		fireEvent.click(within(group).getByLabelText("覚えていない"));
		await waitFor(() => expect(field.value).toBe(""));
		expect(field.disabled).toBe(true);
		fireEvent.click(within(group).getByLabelText("覚えている"));
		await waitFor(() => expect(field.value).toBe("2013年3月"));
		expect(field.disabled).toBe(false);
	});
});

describe("hints and what was read, in the person's language", () => {
	test("English: English examples, no 和暦 in the hint", () => {
		const { field } = setup("en");
		const hint = description(field).at(-1) ?? "";
		expect(hint).toMatch(/^A day, a month, a season or a year: March 2013, 14 Sep 2012/);
		expect(hint).not.toMatch(/[平年月]/);
	});

	test("Japanese: 和暦 and 2013年3月", () => {
		const { field } = setup("ja");
		const hint = description(field).at(-1) ?? "";
		expect(hint).toMatch(/2013年3月、平成25年3月14日/);
		expect(hint).not.toMatch(/March|summer/);
	});

	test.each([
		["en", "March 2013", "Checked as March 2013.", undefined],
		["en", "14 Sep 2012", "Checked as 14 September 2012.", undefined],
		["en", "summer 2012", "Checked as June – August 2012.", /A season is checked as these three months/],
		["en", "about March 2013", "Checked as March 2013.", /checked as exactly this/],
		["ja", "2013年3月頃", "2013年3月（平成25年3月）として判定しています。", /「頃」などのおおよその時期は/],
		["ja", "2012年夏", "2012年6月〜8月（平成24年）として判定しています。", /季節はこの3か月として判定しています/],
		["ja", "H24.10", "2012年10月（平成24年10月）として判定しています。", undefined],
	] as const)("%s %j is read back as %j", async (locale, text, shown, note) => {
		const { field, type } = setup(locale);
		type(text);
		await screen.findByText(shown);
		const described = description(field);
		expect(described[0]).toBe(shown);
		if (note) expect(described[1]).toMatch(note);
		else expect(described).toHaveLength(2);
		expect(field.getAttribute("aria-invalid")).toBeNull();
	});

	test("an error at the field: aria-invalid, and the message first in its description", async () => {
		const { field, type } = setup("en");
		type("30 Feb 2013");
		await screen.findByText("That day does not exist (like 30 February).");
		expect(field.getAttribute("aria-invalid")).toBe("true");
		expect(description(field)[0]).toBe("That day does not exist (like 30 February).");
		type("someday");
		await screen.findByText("We can't read this as a date. Try March 2013, 14 Sep 2012 or summer 2012.");
	});
});

describe("a day that reads two ways is never read as one of them", () => {
	test("English: both readings as buttons; choosing one writes it the unambiguous way", async () => {
		const { field, type } = setup("en");
		type("03/04/2013");
		const choices = await screen.findByRole("group", { name: "This can be read two ways. Which did you mean?" });
		expect(field.getAttribute("aria-invalid")).toBe("true");
		expect(description(field)[0]).toBe("This can be read two ways. Which did you mean?");
		expect(screen.queryByText(/^Checked as/)).toBeNull();
		const buttons = within(choices).getAllByRole("button");
		expect(buttons.map((button) => button.textContent)).toEqual(["4 March 2013", "3 April 2013"]);
		fireEvent.click(buttons[1] as HTMLElement);
		await waitFor(() => expect(field.value).toBe("2013-04-03"));
		await screen.findByText("Checked as 3 April 2013.");
		expect(document.activeElement).toBe(field);
		expect(screen.queryByRole("group", { name: /two ways/ })).toBeNull();
	});

	test("Japanese: the readings in Japanese with 和暦", async () => {
		const { field, type } = setup("ja");
		type("3/4/2013");
		const choices = await screen.findByRole("group", { name: "2通りに読めます。どちらの意味ですか？" });
		const buttons = within(choices).getAllByRole("button");
		expect(buttons.map((button) => button.textContent)).toEqual([
			"2013年3月4日（平成25年3月4日）",
			"2013年4月3日（平成25年4月3日）",
		]);
		fireEvent.click(buttons[0] as HTMLElement);
		await waitFor(() => expect(field.value).toBe("2013-03-04"));
	});

	test("a winter named by one year: the one that ends in it, or the one that starts in it", async () => {
		const { field, type } = setup("ja");
		type("2012年冬");
		const choices = await screen.findByRole("group", { name: "2通りに読めます。どちらの意味ですか？" });
		const buttons = within(choices).getAllByRole("button");
		expect(buttons.map((button) => button.textContent)).toEqual([
			"2011年12月〜2012年2月（平成23年〜24年）",
			"2012年12月〜2013年2月（平成24年〜25年）",
		]);
		fireEvent.click(buttons[1] as HTMLElement);
		await waitFor(() => expect(field.value).toBe("2012〜2013年の冬"));
		await screen.findByText("2012年12月〜2013年2月（平成24年〜25年）として判定しています。");
	});

	test("an answer given before the question opened is read too", async () => {
		setup("en", "13/04/2013");
		await screen.findByText("Checked as 13 April 2013.");
	});
});

describe("the grammar loads after the first render", () => {
	test("an answer the form read before the grammar came is read again once it has come", async () => {
		// A page as it opens: no grammar yet (the test setup's is in the modules reset here).
		vi.resetModules();
		const { readDate } = await import("../../lib/calendar/reader");
		const fresh = await import("./DateQuestion");
		const shared = await import("../shared/i18n");
		const reads: string[] = [];
		// As the checker holds it: each change is a new form, read anew.
		function Form() {
			const [form, setForm] = useState({ orderedOn: "March 2013" });
			const value = form.orderedOn;
			const setValue = (orderedOn: string) => setForm({ orderedOn });
			const parsed = readDate(value);
			reads.push(parsed.ok ? "read" : parsed.problem);
			return (
				<shared.LocaleContext.Provider value="en">
					<fresh.DateQuestion
						legend="When did you order?"
						value={value}
						onChange={setValue}
						error={parsed.ok ? undefined : parsed.problem}
					/>
				</shared.LocaleContext.Provider>
			);
		}
		render(<Form />);
		// Pending is no mistake of the person's: nothing is flagged while the grammar loads.
		expect(reads[0]).toBe("pending");
		expect(screen.getByRole("textbox").getAttribute("aria-invalid")).toBeNull();
		expect(document.querySelector('[id$="-status"]')?.textContent).toBe("");
		await screen.findByText("Checked as March 2013.");
		expect(reads.at(-1)).toBe("read");
	});
});
