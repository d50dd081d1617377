import { describe, expect, test } from "vitest";
import { westernDay } from "../calendar/era";
import { dataKindLabel, figureText } from "../i18n/banner-messages";
import { LOCALES } from "../i18n/text";
import { incidentById } from "../incidents";
import { vendorById } from "../incidents/vendors";
import { pathReach, whatHappened, whatHappenedInBoth } from "./what-happened";

/**
 * "What happened" before any answer (issue 23): two or three sentences per breach, every date,
 * site, data kind and figure from the data, every qualifier the facts file gives.
 */
const TS = incidentById("telecom-square-2013");
const XC = incidentById("xcom-global-2013");

describe.each(LOCALES)("%s", (locale) => {
	const [telecomSquare, xcom] = whatHappened(locale);

	test("one block per breach, in the data's order, named by the company, two or three sentences each", () => {
		expect(whatHappened(locale).map((block) => block.company)).toEqual([
			vendorById("telecom-square").name[locale],
			vendorById("xcom-global").name[locale],
		]);
		for (const block of whatHappened(locale)) {
			expect(block.sentences.length).toBeGreaterThanOrEqual(2);
			expect(block.sentences.length).toBeLessThanOrEqual(3);
		}
	});

	test("when each was announced, from the data", () => {
		expect(telecomSquare?.sentences[0]).toContain(westernDay(TS.announced.value, locale));
		expect(xcom?.sentences[0]).toContain(westernDay(XC.announced.value, locale));
	});

	test("whose rentals: each server's published periods, first day to last, from the clauses", () => {
		const [corporate, web] = TS.paths;
		const whose = telecomSquare?.sentences[1] ?? "";
		for (const path of [corporate, web]) {
			const reach = pathReach(TS, path as (typeof TS.paths)[number]);
			expect(whose).toContain(westernDay(reach.from, locale));
			expect(whose).toContain(westernDay(reach.to, locale));
		}
		expect(pathReach(TS, corporate as (typeof TS.paths)[number])).toEqual({ from: "2008-07-01", to: "2013-04-30" });
		expect(pathReach(TS, web as (typeof TS.paths)[number])).toEqual({ from: "2012-06-01", to: "2013-02-05" });
		expect(whose).toContain("www.telecomsquare.co.jp");
		// The two wordings of the card-payment server are not merged silently.
		expect(whose).toMatch(
			// Both wordings and the notice's own exclusion are named (fact check, round five: H10).
			locale === "ja" ? /発表当日に引用された表現はこれより狭く/ : /wording quoted on the announcement day is narrower/,
		);
		expect(pathReach(XC, XC.paths[0] as (typeof XC.paths)[number])).toEqual({ from: "2011-03-07", to: "2013-04-23" });
		expect(xcom?.sentences[1]).toContain(westernDay("2011-03-07", locale));
		expect(xcom?.sentences[1]).toContain(westernDay("2013-04-23", locale));
		// XCom's two wordings: "used" (the notice) and "applied" (the press and the email).
		expect(xcom?.sentences[1]).toMatch(locale === "ja" ? /利用した.*「申し込んだ」/ : /used the service.*“applied”/);
	});

	test("what leaked: Telecom Square's in the notice's words, a maximum; XCom Global's confirmed; units kept", () => {
		const leaked = telecomSquare?.sentences[2] ?? "";
		expect(leaked).toContain(
			locale === "ja" ? "流出した可能性のある情報（告知の表現）" : "What may have leaked, in the notice's words",
		);
		expect(leaked).toContain(figureText(locale, TS.records.value));
		expect(figureText("en", TS.records.value)).toBe("up to 97,438 records");
		// What every server held, and what only the corporate sites' server held, said apart.
		for (const kind of ["card-number", "card-expiry", "company", "department", "cardholder-name"] as const)
			expect(leaked).toContain(dataKindLabel(locale, kind));
		expect(leaked).not.toContain(dataKindLabel(locale, "card-security-code"));
		const confirmed = xcom?.sentences[2] ?? "";
		expect(confirmed).toContain(figureText(locale, XC.records.value));
		expect(confirmed).toMatch(locale === "ja" ? /流出が確認された/ : /confirmed/);
		for (const kind of XC.paths[0]?.leaked.value ?? []) expect(confirmed).toContain(dataKindLabel(locale, kind));
	});

	test("nothing in the present tense about who runs a site today, and no era in English", () => {
		const all = whatHappened(locale)
			.flatMap((block) => block.sentences)
			.join(" ");
		expect(all).not.toMatch(/Wi-Ho!|runs|運営しています/);
		if (locale === "en") expect(all).not.toMatch(/平成/);
	});
});

test("the build writes both languages (virtual:what-happened)", () => {
	expect(Object.keys(whatHappenedInBoth()).sort()).toEqual([...LOCALES].sort());
});
