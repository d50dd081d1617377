// @vitest-environment happy-dom
import { cleanup, fireEvent, render, screen, waitFor, within } from "@testing-library/preact";
import { useState } from "preact/hooks";
import { afterEach, describe, expect, test, vi } from "vitest";
import { type CheckerForm, EMPTY_FORM, EMPTY_RENTAL } from "../../lib/checker/checker-form";
import type { Locale } from "../../lib/i18n/text";
import { LocaleContext } from "../shared/i18n";
import { Checker } from "./Checker";

afterEach(cleanup);

function Harness({
	locale,
	initial,
	copy,
	variant,
	onChange,
}: {
	locale: Locale;
	initial: CheckerForm;
	copy: (text: string) => Promise<boolean>;
	variant: "popup" | "page";
	onChange?: (form: CheckerForm) => void;
}) {
	const [form, setForm] = useState(initial);
	return (
		<LocaleContext.Provider value={locale}>
			<Checker
				form={form}
				onFormChange={(next) => {
					onChange?.(next);
					setForm(next);
				}}
				copy={copy}
				variant={variant}
				today="2026-11-28"
			/>
		</LocaleContext.Provider>
	);
}

function setup(
	locale: Locale = "ja",
	initial: CheckerForm = EMPTY_FORM,
	variant: "popup" | "page" = "popup",
	onChange?: (form: CheckerForm) => void,
) {
	const copy = vi.fn(async (_text: string) => true);
	render(<Harness locale={locale} initial={initial} copy={copy} variant={variant} onChange={onChange} />);
	return { copy };
}

const verdict = () => document.querySelector("output.verdict") as HTMLElement;
const group = (name: RegExp) => screen.getByRole("group", { name });
const choose = (groupName: RegExp, option: RegExp) => fireEvent.click(within(group(groupName)).getByLabelText(option));
const typeDate = (groupName: RegExp, text: string) =>
	fireEvent.input(within(group(groupName)).getByRole("textbox"), { target: { value: text } });

const card = (name: RegExp) => screen.getByRole("region", { name });
const findCard = (name: RegExp) => screen.findByRole("region", { name });

describe("every question, in both languages, each with 'I don't remember'", () => {
	test.each([
		[
			"ja",
			[
				/どの会社/,
				/テレコムスクエアから、流出についてのお知らせ/,
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
				/did Telecom Square write to you about the breach/,
				/How did you order/,
				/When did you order/,
				/How did you return/,
				/When did you return/,
				/Where did you settle/,
				/Did you settle \(pay\) when you returned/,
			],
			/don't remember/,
		],
	] as const)("%s: the company first, then its message, then how and when", async (locale, questions, dontRemember) => {
		setup(locale);
		choose(questions[0], /Wi-Ho!/);
		await screen.findByRole("group", { name: questions[1] });
		const order = [...document.querySelectorAll("fieldset > legend")].map((legend) => legend.textContent ?? "");
		const positions = questions.map((question) => order.findIndex((legend) => question.test(legend)));
		expect(positions.every((position) => position >= 0)).toBe(true);
		expect(positions).toEqual([...positions].sort((a, b) => a - b));
		for (const question of questions) {
			expect(within(group(question)).getAllByLabelText(dontRemember).length).toBeGreaterThan(0);
		}
	});

	test("until a company is chosen, only that question shows", () => {
		setup("en");
		expect(screen.getAllByRole("group").map((fieldset) => fieldset.querySelector("legend")?.textContent)).toEqual([
			"Which company did you rent from?",
		]);
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

	test("included, in Japanese, with what leaked at a glance", async () => {
		setup("ja");
		choose(/どの会社/, /Wi-Ho!/);
		choose(/どうやって申し込み/, /会社のウェブサイト/);
		typeDate(/いつ申し込み/, "平成24年7月1日");
		await waitFor(() => expect(verdict().textContent).toBe("テレコムスクエア：あなたのレンタルは流出の対象でした。"));
		expect(screen.getByText(/2012年7月1日（平成24年7月1日）として判定/)).toBeTruthy();
		const leaked = screen.getByRole("list", { name: "流出した可能性のある情報（告知の表現）" });
		expect(
			within(leaked)
				.getAllByRole("listitem")
				.map((item) => item.textContent),
		).toEqual(["カード番号", "有効期限"]);
		const webB = card(/カード決済のサーバ/);
		expect(webB.textContent).toMatch(/このサーバから流出した可能性のある情報（告知の表現）：カード番号、有効期限/);
		expect(webB.textContent).toMatch(/① 2012年6月1日〜10月14日に www.telecomsquare.co.jp から申し込んだ/);
	});

	test("possibly: the question that would settle it is a control that takes the person there", async () => {
		setup("en");
		choose(/Which company/, /イモトのWiFi/);
		typeDate(/When did you order/, "2013-04");
		await waitFor(() => expect(verdict().textContent).toBe("XCom Global: your rental may have been in the breach."));
		// The company's message, not answered yet, could settle it too: it comes first.
		expect(screen.getByText("3 answers could each settle this:")).toBeTruthy();
		fireEvent.click(screen.getByRole("button", { name: "If XCom Global's message reached you: say so" }));
		expect(document.activeElement).toBe(
			within(group(/did XCom Global write to you about the breach/)).getAllByRole("radio")[0],
		);
		// "April 2013" was typed: the question is the day inside it that matters, and where each side leads.
		fireEvent.click(screen.getByRole("button", { name: "When you ordered: on or before 23 April 2013, or after?" }));
		expect(document.activeElement).toBe(within(group(/When did you order/)).getByRole("textbox"));
		const order = screen.getByRole("button", { name: /When you ordered: on or before 23 April 2013/ }).closest("li");
		expect(order?.querySelector(".leads")?.textContent).toBe(
			"If 1–23 April 2013, includedIf 24–30 April 2013, not included",
		);
		expect(screen.getByRole("list", { name: "If you were included, what leaked" }).textContent).toMatch(
			/security code/,
		);
	});

	test("not included", async () => {
		setup("en");
		choose(/Which company/, /イモトのWiFi/);
		typeDate(/When did you order/, "2014-01-01");
		await waitFor(() =>
			expect(verdict().textContent).toBe("XCom Global: by the published criteria, your rental was not included."),
		);
		expect(screen.getByRole("heading", { name: "What to do now" }).parentElement?.textContent).toMatch(
			/By the published criteria your rental was not included\. If you see charges you don't recognise, ask your card company\./,
		);
	});

	test("where the notices disagree, both wordings are shown with their results", async () => {
		setup("en");
		choose(/Which company/, /Wi-Ho!/);
		choose(/How did you order/, /company's website/);
		typeDate(/When did you order/, "2012-12-01");
		choose(/How did you return/, /At an airport counter/);
		choose(/Where did you settle/, /At an airport counter/);
		const webB = await findCard(/The card-payment server/);
		expect(webB.textContent).toMatch(/The two published wordings give different answers/);
		// Each wording's clauses under its own name (G6).
		expect(webB.textContent).toMatch(/The announcement-day wording \(not included\): ① Applied through/);
		expect(webB.textContent).toMatch(/The official report's wording \(included\): ① Applied through/);
		expect(webB.textContent).toMatch(/The wording quoted on the day of the announcement: Not included/);
		expect(webB.textContent).toMatch(/The wording of the stored official report: Included/);
		// The conflict's id only among the sources.
		expect(webB.querySelector(".card-summary")?.textContent).not.toMatch(/C1/);
		expect(webB.querySelector(".card-sources")?.textContent).toMatch(/C1: Web-B criteria: two wordings/);
	});

	test("the moment of settling is asked, with why, only where a notice turns on it", () => {
		setup("en");
		choose(/Which company/, /Wi-Ho!/);
		const when = group(/Did you settle \(pay\) when you returned/);
		expect(when.getAttribute("aria-describedby")).toBeTruthy();
		expect(within(when).getByText(/did not settle at an airport counter when returning/)).toBeTruthy();
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
		const webB = await findCard(/The card-payment server/);
		expect(webB.textContent).toMatch(/: Not included/);
		expect(webB.textContent).toMatch(/: Included/);
		expect(verdict().textContent).toBe("Telecom Square: your rental may have been in the breach.");
		expect(screen.getByText(/No answer about the rental settles this: the two published wordings/)).toBeTruthy();
	});

	test("where the notice contradicts itself, it says so and names both clauses (C15)", async () => {
		setup("ja");
		choose(/どの会社/, /Wi-Ho!/);
		choose(/どうやって申し込み/, /空港カウンターで直接/);
		choose(/どうやって返却/, /宅配便/);
		typeDate(/いつ返却/, "2012-12-01");
		choose(/どこで精算/, /空港カウンターで精算/);
		choose(/返却した時でしたか/, /いいえ/);
		const webB = await findCard(/カード決済のサーバ/);
		expect(webB.textContent).toMatch(
			/同じ告知の中で、このレンタルを対象とする条件と、対象外とする条件の両方が当てはまります/,
		);
		expect(webB.textContent).toMatch(
			/対象とする条件（発表当日の表現）：② 2012年10月15日〜2013年2月5日に宅配便または空港の返却BOXで返却した/,
		);
		expect(webB.textContent).toMatch(/対象外とする条件：弊社の空港カウンターで直接申し込まれて/);
		expect(verdict().textContent).toBe("テレコムスクエア：あなたのレンタルは流出の対象だった可能性があります。");
		expect(screen.getByText(/同じ告知が、このようなレンタルを対象とも対象外とも言っているためです/)).toBeTruthy();
	});

	test("security codes: only XCom's advice mentions them", async () => {
		setup("en");
		choose(/Which company/, /イモトのWiFi/);
		expect(await screen.findByText(/XCom Global's breach took security codes too/)).toBeTruthy();
		cleanup();
		setup("en");
		choose(/Which company/, /Wi-Ho!/);
		await findCard(/The card-payment server/);
		expect(screen.queryByText(/XCom Global's breach took security codes too/)).toBeNull();
		expect(await screen.findByText(/Telecom Square said it would pay card reissue fees/)).toBeTruthy();
	});

	test("a forgotten company checks both, with an overall sentence", async () => {
		setup("en");
		choose(/Which company/, /I don't remember \(check both\)/);
		await waitFor(() => expect(verdict().querySelectorAll("p").length).toBe(3));
		expect(verdict().textContent).toMatch(
			// One rental is one company's: never "both" (G1).
			/^Overall: you may have been in one of the two breaches\.Telecom Square: if your rental was Telecom Square's, .*XCom Global: if your rental was XCom Global's, /,
		);
	});
});

describe("the company's message, per server", () => {
	test("a Telecom Square phone order with the message: the card-payment server, and why the corporate one is not", async () => {
		setup("en");
		choose(/Which company/, /Wi-Ho!/);
		choose(
			await screen
				.findByRole("group", { name: /did Telecom Square write to you/ })
				.then(() => /did Telecom Square write to you/),
			/Yes, I got it/,
		);
		choose(/How did you order/, /Another way/);
		choose(/How did you return/, /By courier/);
		await waitFor(() =>
			expect(verdict().textContent).toBe("Telecom Square: by the company's own message, you were in the breach."),
		);
		expect(screen.getByText("Of its servers, your other answers fit only the card-payment server.")).toBeTruthy();
		// What leaked is the card-payment server's data, not the corporate server's.
		expect(screen.getByRole("list", { name: "What may have leaked (the notice's words)" }).textContent).toBe(
			"card numberexpiry date",
		);
		expect(screen.queryByRole("list", { name: /Held only by/ })).toBeNull();
		const apA = card(/The server for corporate clients' sites/);
		expect(apA.querySelector(".badge")?.textContent).toBe("Not included (by the published criteria)");
		expect(apA.querySelector(".card-context")?.textContent).toBe(
			"This server's published criteria do not include this rental; Telecom Square's result comes from the card-payment server.",
		);
		expect(card(/The card-payment server/).querySelector(".badge")?.textContent).toBe("Included");
	});
});

describe("questions that cannot change the result step back", () => {
	test("XCom names no channel: how you ordered, returned and paid step back, still reachable", async () => {
		setup("en");
		choose(/Which company/, /イモトのWiFi/);
		const back = await screen.findByText("Questions that cannot change this result now (3)");
		const details = back.closest("details") as HTMLDetailsElement;
		expect(details.open).toBe(false);
		expect(within(details).getByRole("group", { name: /How did you order/ })).toBeTruthy();
		expect(within(details).getByRole("group", { name: /Where did you settle/ })).toBeTruthy();
		// The dates can still change it: they stay in front.
		expect(within(details).queryByRole("group", { name: /When did you order/ })).toBeNull();
	});

	test("a definite answer leaves every unanswered question stepping back; answered ones stay", async () => {
		setup("en");
		choose(/Which company/, /イモトのWiFi/);
		typeDate(/When did you order/, "2012-05");
		await waitFor(() => expect(verdict().textContent).toBe("XCom Global: your rental was in the breach."));
		const details = screen.getByText(/Questions that cannot change this result now/).closest("details") as HTMLElement;
		expect(within(details).queryByRole("group", { name: /When did you order/ })).toBeNull();
		expect(within(details).getByRole("group", { name: /When did you return/ })).toBeTruthy();
	});
});

describe("one rental, one set of ids: two rentals never share a card's name", () => {
	test("each card is named by its own heading", async () => {
		setup(
			"en",
			{
				rentals: [
					{ ...EMPTY_RENTAL, vendor: "telecom-square", orderedVia: "vendor-website", orderedOn: "2012-07-01" },
					{ ...EMPTY_RENTAL, vendor: "telecom-square", orderedVia: "vendor-website", orderedOn: "2014-07-01" },
				],
				emails: {},
			},
			"page",
		);
		await waitFor(() => expect(document.querySelectorAll(".finding").length).toBe(4));
		const ids = [...document.querySelectorAll(".finding h4")].map((heading) => heading.id);
		expect(new Set(ids).size).toBe(4);
		const second = screen.getAllByRole("region", { name: /The card-payment server/ })[1] as HTMLElement;
		expect(second.querySelector(".badge")?.textContent).toBe("Not included (by the published criteria)");
		expect(verdict().textContent).toBe("Overall: you were in the breach.Telecom Square: rental 1 was in the breach.");
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
		expect(screen.queryByRole("region", { name: /The card-payment server/ })).toBeNull();
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
		await waitFor(() => expect(verdict().textContent).toBe("Telecom Square: your rental may have been in the breach."));
	});
});

describe("what to do now", () => {
	test("numbered steps a person can tick off, kept with the answers", async () => {
		const changes: CheckerForm[] = [];
		setup("en", EMPTY_FORM, "popup", (form) => changes.push(form));
		choose(/Which company/, /イモトのWiFi/);
		await screen.findByRole("heading", { name: "What to do now" });
		expect(document.querySelector("ol.steps")?.children.length).toBe(4);
		const box = await screen.findByRole("checkbox", {
			name: /Check whether the card you paid the rental with has been reissued/,
		});
		fireEvent.click(box);
		await waitFor(() => expect(changes.at(-1)?.done).toEqual(["card-history"]));
		expect(screen.getByRole<HTMLInputElement>("checkbox", { name: /Check whether the card/ }).checked).toBe(true);
	});
});

test("copies a plain-text summary that says what the screen says", async () => {
	const { copy } = setup("en");
	choose(/Which company/, /Wi-Ho!/);
	choose(
		await screen.findByRole("group", { name: /did Telecom Square write/ }).then(() => /did Telecom Square write/),
		/Yes, I got it/,
	);
	fireEvent.click(await screen.findByRole("button", { name: "Copy a plain-text summary" }));
	await screen.findByText("Copied.");
	const text = copy.mock.calls[0]?.[0] as string;
	expect(text).toMatch(/^Wi-Fi Rental Breach Check result/);
	expect(text).toContain(verdict().textContent as string);
	expect(text).toMatch(/The card-payment server: Possibly included/);
	expect(text).toMatch(/Telecom Square's message about the breach: Yes, I got it/);
	expect(text).not.toMatch(/above|below/);
	expect(text).toMatch(/computed inside the browser and sent nowhere/);
});

test("each card's main source carries its kind and date, among the sources", async () => {
	setup("en");
	choose(/Which company/, /Wi-Ho!/);
	const webB = await findCard(/The card-payment server/);
	expect(webB.querySelector(".primary-source")?.textContent).toBe(
		"Main source: 不正アクセスによるお客様情報流出のお知らせとお詫び (official, 株式会社テレコムスクエア, 20 September 2013)",
	);
	expect(webB.querySelector(".primary-source")?.closest("details")).toBeTruthy();
});

describe("the copied summary and the screen show the same dates, figures and source kinds", () => {
	const DATES = {
		ja: /\d{4}年\d{1,2}月(?:\d{1,2}日)?(?:〜(?:\d{4}年)?(?:\d{1,2}月)?\d{1,2}日)?/g,
		en: /\b\d{1,2}(?:–\d{1,2})? (?:January|February|March|April|May|June|July|August|September|October|November|December) \d{4}\b/g,
	};
	const FIGURES = /\d[\d,]*(?:件|枚| records| cards| cases)/g;
	const KINDS = { ja: /（(公式|報道|ブログ|利用者)、/g, en: /\((official|press|blog|customer), /g };

	test.each([
		["en", [/Which company/, /Wi-Ho!/], [/How did you order/, /company's website/]],
		["ja", [/どの会社/, /イモトのWiFi/], [/どの会社/, /イモトのWiFi/]],
		["en", [/Which company/, /I don't remember \(check both\)/], [/Which company/, /I don't remember \(check both\)/]],
	] as const)("%s", async (locale, first, second) => {
		const { copy } = setup(locale);
		choose(first[0], first[1]);
		choose(second[0], second[1]);
		fireEvent.click(
			await screen.findByRole("button", {
				name: locale === "ja" ? "結果をテキストでコピー" : "Copy a plain-text summary",
			}),
		);
		await waitFor(() => expect(copy).toHaveBeenCalled());
		const summary = copy.mock.calls[0]?.[0] as string;
		const page = document.body.textContent ?? "";
		const found = [
			...summary.matchAll(DATES[locale]),
			...summary.matchAll(FIGURES),
			...summary.matchAll(KINDS[locale]),
		].map((match) => match[0]);
		expect(found.length).toBeGreaterThan(2);
		expect(found.filter((token) => !page.includes(token))).toEqual([]);
	});
});
