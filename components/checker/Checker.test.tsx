// @vitest-environment happy-dom
import { cleanup, fireEvent, render, screen, waitFor, within } from "@testing-library/preact";
import { useState } from "preact/hooks";
import { afterEach, describe, expect, test, vi } from "vitest";
import { type CheckerForm, EMPTY_FORM } from "../../lib/checker/checker-form";
import type { Locale } from "../../lib/i18n/text";
import { LocaleContext } from "../shared/i18n";
import { Checker } from "./Checker";

afterEach(cleanup);

function Harness({
	locale,
	initial,
	copy,
}: {
	locale: Locale;
	initial: CheckerForm;
	copy: (text: string) => Promise<boolean>;
}) {
	const [form, setForm] = useState(initial);
	return (
		<LocaleContext.Provider value={locale}>
			<Checker form={form} onFormChange={setForm} copy={copy} today="2026-11-28" />
		</LocaleContext.Provider>
	);
}

function setup(locale: Locale = "ja", initial: CheckerForm = EMPTY_FORM) {
	const copy = vi.fn(async (_text: string) => true);
	render(<Harness locale={locale} initial={initial} copy={copy} />);
	return { copy };
}

const verdict = () => document.querySelector("output.verdict") as HTMLElement;
const group = (name: RegExp) => screen.getByRole("group", { name });
const choose = (groupName: RegExp, option: RegExp) => fireEvent.click(within(group(groupName)).getByLabelText(option));
const typeDate = (groupName: RegExp, text: string) =>
	fireEvent.input(within(group(groupName)).getByRole("textbox"), { target: { value: text } });

describe("every question, in both languages, each with 'I don't remember'", () => {
	test.each([
		[
			"ja",
			[
				/どの会社/,
				/どうやって申し込み/,
				/いつ申し込み/,
				/どうやって返却/,
				/いつ返却/,
				/どこで精算/,
				/返却した時でしたか/,
			],
			/覚えていない|分からない/,
		],
		[
			"en",
			[
				/Which company/,
				/How did you order/,
				/When did you order/,
				/How did you return/,
				/When did you return/,
				/Where did you settle/,
				/Did you settle \(pay\) when you returned/,
			],
			/don't remember/,
		],
	] as const)("%s", (locale, questions, dontRemember) => {
		setup(locale);
		for (const question of questions) {
			expect(within(group(question)).getAllByLabelText(dontRemember).length).toBeGreaterThan(0);
		}
	});

	test("company by the names people know", async () => {
		setup("en");
		const vendors = group(/Which company/);
		expect(within(vendors).getByLabelText(/Wi-Ho!/)).toBeTruthy();
		expect(within(vendors).getByLabelText(/イモトのWiFi.*GLOBALDATA.*Global Cellular/)).toBeTruthy();
	});
});

describe("the answer updates as they answer", () => {
	test("no company yet: it says how it works, no verdict", async () => {
		setup("en");
		await waitFor(() => expect(verdict().textContent).toMatch(/Choose a company/));
		expect(verdict().getAttribute("aria-live")).toBe("polite");
	});

	test("exposed, in Japanese, with what leaked and the deciding answers", async () => {
		setup("ja");
		choose(/どの会社/, /Wi-Ho!/);
		choose(/どうやって申し込み/, /会社のウェブサイト/);
		typeDate(/いつ申し込み/, "平成24年7月1日");
		await waitFor(() => expect(verdict().textContent).toBe("あなたのレンタルは流出の対象でした。"));
		expect(screen.getByText(/2012年7月1日（平成24年7月1日） として判定/)).toBeTruthy();
		const webB = screen.getByRole("region", { name: /サーバ\(Web-B\)/ });
		expect(webB.textContent).toMatch(/カード番号、有効期限/);
		expect(webB.textContent).toMatch(/決め手になった回答:申込方法、申込日/);
	});

	test("possibly exposed names the answer that would settle it", async () => {
		setup("en");
		choose(/Which company/, /イモトのWiFi/);
		choose(/How did you order/, /company's website/);
		typeDate(/When did you order/, "2013-04");
		await waitFor(() => expect(verdict().textContent).toBe("Your rental may have been in the breach."));
		expect(screen.getByText(/One exact answer would settle it: when you ordered/)).toBeTruthy();
	});

	test("not exposed", async () => {
		setup("en");
		choose(/Which company/, /イモトのWiFi/);
		choose(/How did you order/, /company's website/);
		typeDate(/When did you order/, "2014-01-01");
		await waitFor(() => expect(verdict().textContent).toBe("By the published criteria, your rental was not included."));
		expect(screen.getByRole("heading", { name: "What to do now" }).parentElement?.textContent).toMatch(
			/By the published criteria your rental was not included\. If you see charges you don't recognise, ask your card company\./,
		);
	});

	test("where the notices disagree, both wordings are shown", async () => {
		setup("en");
		choose(/Which company/, /Wi-Ho!/);
		choose(/How did you order/, /company's website/);
		typeDate(/When did you order/, "2012-12-01");
		choose(/How did you return/, /At an airport counter/);
		choose(/Where did you settle/, /At an airport counter/);
		const webB = await screen.findByRole("region", { name: /Server Web-B/ });
		expect(webB.textContent).toMatch(/The published wordings give different answers \(C1\)/);
		expect(within(webB).getAllByText(/Wording quoted on the day of the announcement/).length).toBeGreaterThan(0);
		expect(within(webB).getAllByText(/Wording on the stored official report/).length).toBeGreaterThan(0);
		expect(within(webB).getAllByText("Exposed").length).toBeGreaterThan(0);
		expect(within(webB).getAllByText("Not exposed").length).toBeGreaterThan(0);
	});

	test("the moment of settling is asked, with why, only where a notice turns on it", () => {
		setup("en");
		choose(/Which company/, /Wi-Ho!/);
		const when = group(/Did you settle \(pay\) when you returned/);
		expect(when.getAttribute("aria-describedby")).toBeTruthy();
		expect(
			within(when).getByText(/official report turns on whether you settled at an airport counter when returning/),
		).toBeTruthy();
		choose(/Which company/, /イモトのWiFi/);
		expect(screen.queryByRole("group", { name: /Did you settle \(pay\) when you returned/ })).toBeNull();
	});

	test("paid at the counter at pick-up, returned by courier: the report's wording includes it (C14)", async () => {
		setup("en");
		choose(/Which company/, /Wi-Ho!/);
		choose(/How did you order/, /Another way/);
		typeDate(/When did you order/, "2012-08-01");
		choose(/How did you return/, /By courier/);
		typeDate(/When did you return/, "2012-08-10");
		choose(/Where did you settle/, /At an airport counter/);
		choose(/Did you settle \(pay\) when you returned/, /No, at another time/);
		const webB = await screen.findByRole("region", { name: /Server Web-B/ });
		expect(webB.textContent).toMatch(/The published wordings give different answers \(C1\)/);
		expect(within(webB).getAllByText("Exposed").length).toBeGreaterThan(0);
		expect(within(webB).getAllByText("Not exposed").length).toBeGreaterThan(0);
		expect(verdict().textContent).toBe("Your rental may have been in the breach.");
	});

	test("where the notice contradicts itself, it says so and names both clauses (C15)", async () => {
		setup("ja");
		choose(/どの会社/, /Wi-Ho!/);
		choose(/どうやって申し込み/, /空港カウンターで直接/);
		choose(/どうやって返却/, /宅配便/);
		typeDate(/いつ返却/, "2012-12-01");
		choose(/どこで精算/, /空港カウンターで精算/);
		choose(/返却した時でしたか/, /いいえ/);
		const webB = await screen.findByRole("region", { name: /サーバ\(Web-B\)/ });
		expect(webB.textContent).toMatch(
			/同じ告知の中で、あなたのレンタルを対象とする条件と、対象外とする条件の両方が当てはまります/,
		);
		expect(webB.textContent).toMatch(
			/対象とする条件:② 2012年10月15日〜2013年2月5日に宅配便または空港の返却BOXで返却した/,
		);
		expect(webB.textContent).toMatch(/対象外とする条件:弊社の空港カウンターで直接申し込まれて/);
		expect(verdict().textContent).toBe("流出の対象だった可能性があります。");
	});

	test("security codes: only XCom's advice mentions them", async () => {
		setup("en");
		choose(/Which company/, /イモトのWiFi/);
		expect(await screen.findByText(/This breach included security codes/)).toBeTruthy();
		cleanup();
		setup("en");
		choose(/Which company/, /Wi-Ho!/);
		expect(screen.queryByText(/This breach included security codes/)).toBeNull();
		expect(await screen.findByText(/Telecom Square said it would pay card reissue fees/)).toBeTruthy();
	});

	test("a forgotten company checks both", async () => {
		setup("en");
		choose(/Which company/, /I don't remember \(check both\)/);
		await waitFor(() => expect(verdict().querySelectorAll("p").length).toBe(2));
		await waitFor(() => expect(verdict().textContent).toMatch(/Telecom Square: .*XCom Global: /));
	});
});

describe("invalid input gets a message at the field, never a verdict", () => {
	test("an impossible day", async () => {
		setup("en");
		choose(/Which company/, /Wi-Ho!/);
		typeDate(/When did you order/, "2012-02-30");
		const input = within(group(/When did you order/)).getByRole("textbox");
		expect(input.getAttribute("aria-invalid")).toBe("true");
		const described = (input.getAttribute("aria-describedby") ?? "")
			.split(" ")
			.map((id) => document.getElementById(id)?.textContent);
		expect(described.join(" ")).toMatch(/That day does not exist/);
		await waitFor(() => expect(verdict().textContent).toMatch(/Fix the highlighted answer/));
		expect(screen.queryByRole("region", { name: /Server Web-B/ })).toBeNull();
	});

	test("a return before the order", async () => {
		setup("ja");
		choose(/どの会社/, /Wi-Ho!/);
		typeDate(/いつ申し込み/, "2012-10-05");
		typeDate(/いつ返却/, "2012-10-01");
		expect(within(group(/いつ返却/)).getByText("返却日が申込日より前になっています。")).toBeTruthy();
		await waitFor(() => expect(verdict().textContent).toMatch(/入力を直すと/));
	});

	test("'I don't remember' clears a date", async () => {
		setup("en");
		choose(/Which company/, /Wi-Ho!/);
		typeDate(/When did you order/, "2012-02-30");
		choose(/When did you order/, /I don't remember/);
		expect(within(group(/When did you order/)).getByRole<HTMLInputElement>("textbox").value).toBe("");
		await waitFor(() => expect(verdict().textContent).toBe("Your rental may have been in the breach."));
	});
});

test("copies a plain-text summary", async () => {
	const { copy } = setup("en");
	choose(/Which company/, /Wi-Ho!/);
	fireEvent.click(await screen.findByRole("button", { name: "Copy a plain-text summary" }));
	await screen.findByText("Copied.");
	const text = copy.mock.calls[0]?.[0] as string;
	expect(text).toMatch(/^Wi-Fi Rental Breach Check result/);
	expect(text).toMatch(/Server Web-B: Possibly/);
	expect(text).toMatch(/computed inside the browser and sent nowhere/);
});

test("each finding names its main source and its date, without opening anything", async () => {
	setup("en");
	choose(/Which company/, /Wi-Ho!/);
	const webB = await screen.findByRole("region", { name: /Server Web-B/ });
	expect(webB.querySelector(".primary-source")?.textContent).toBe(
		"Main source: 不正アクセスによるお客様情報流出のお知らせとお詫び (株式会社テレコムスクエア, 20 September 2013 (平成25年9月20日))",
	);
});
