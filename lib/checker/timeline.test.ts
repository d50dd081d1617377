import { describe, expect, test } from "vitest";
import { describeSpan, describeWindow } from "../calendar/era";
import type { DayWindow } from "../calendar/interval";
import { capitalized } from "../i18n/banner-messages";
import { phrasingProblems } from "../i18n/typography";
import { incidentById, incidents } from "../incidents";
import type { Incident } from "../incidents/types";
import {
	buildTimeline,
	periodLabel,
	publishedPeriods,
	type TimelineLine,
	type TimelineModel,
	type TimelineRental,
	type TimelineTextItem,
	windowOverlap,
} from "./timeline";

const TS = "telecom-square" as const;
const XC = "xcom-global" as const;
const BOTH = [TS, XC] as const;

/**
 * Days from 2008-01-01, counted by hand: 2008 and 2012 have 366 days, so 2008–2013 holds
 * 6 × 365 + 2 = 2192 days. (2008-07-01: 31 + 29 + 31 + 30 + 31 + 30 = 182; 2013-02-05: 1827 + 35 = 1862.)
 */
const DAYS_2008_2013 = 2192;

const bars = (model: TimelineModel) => model.lines.filter((line) => line.kind === "bar");
const lineByKey = (model: TimelineModel, key: string): TimelineLine => {
	const found = model.lines.find((line) => line.key === key);
	if (!found) throw new Error(`no line ${key} in ${model.lines.map((line) => line.key).join(", ")}`);
	return found;
};
const barOf = (model: TimelineModel, key: string) => {
	const line = lineByKey(model, key);
	if (line.kind !== "bar") throw new Error(`${key} is not a bar`);
	return line.bar;
};
const allText = (items: readonly TimelineTextItem[]): string[] =>
	items.flatMap((item) => [item.text, ...allText(item.items)]);
/** The items under the sentence `text`, anywhere in the tree. */
const under = (items: readonly TimelineTextItem[], text: string): string[] =>
	items.flatMap((item) => (item.text === text ? item.items.map((child) => child.text) : under(item.items, text)));

describe("the published periods come from the clauses' date conditions", () => {
	const periods = incidents.flatMap((incident) =>
		publishedPeriods(incident).map((period) => ({
			at: `${incident.id}/${period.path.id}/${period.wording.id}/${period.clause.id}`,
			field: period.field,
			bounds: period.bounds,
			en: periodLabel("en", period, incident.vendor),
			ja: periodLabel("ja", period, incident.vendor),
		})),
	);

	test("every clause of every wording, with the facts' windows and plain names", () => {
		expect(periods).toEqual([
			{
				at: "telecom-square-2013/ap-a/ap-a-notice/ap-a-corporate-site",
				field: "orderedOn",
				bounds: { from: "2008-07-01", to: "2013-04-30" },
				en: "Orders on corporate clients' sites",
				ja: "法人様専用サイトからの申込",
			},
			{
				at: "telecom-square-2013/web-b/web-b-announcement-day/web-b-v1-website-order",
				field: "orderedOn",
				bounds: { from: "2012-06-01", to: "2012-10-14" },
				en: "Orders on www.telecomsquare.co.jp",
				ja: "www.telecomsquare.co.jpからの申込",
			},
			{
				at: "telecom-square-2013/web-b/web-b-announcement-day/web-b-v1-courier-or-box-return",
				field: "returnedOn",
				bounds: { from: "2012-10-15", to: "2013-02-05" },
				en: "Returns by courier or at an airport return box",
				ja: "宅配便または空港の返却BOXでの返却",
			},
			{
				at: "telecom-square-2013/web-b/web-b-official-report/web-b-v2-website-order",
				field: "orderedOn",
				bounds: { from: "2012-06-01", to: "2013-02-05" },
				en: "Orders on www.telecomsquare.co.jp",
				ja: "www.telecomsquare.co.jpからの申込",
			},
			{
				at: "telecom-square-2013/web-b/web-b-official-report/web-b-v2-not-settled-at-counter",
				field: "returnedOn",
				bounds: { from: "2012-06-01", to: "2013-02-05" },
				en: "Returns not settled at an airport counter when returning",
				ja: "返却時に空港カウンターで精算しなかった返却",
			},
			{
				at: "xcom-global-2013/web-db/web-db-used/web-db-used-in-period",
				field: "in-use",
				bounds: { from: "2011-03-07", to: "2013-04-23" },
				en: "Rentals in use at any time, order to return",
				ja: "期間中に利用していたレンタル（申込から返却まで）",
			},
			{
				at: "xcom-global-2013/web-db/web-db-applied/web-db-applied-in-period",
				field: "orderedOn",
				bounds: { from: "2011-03-07", to: "2013-04-23" },
				en: "Orders, however made",
				ja: "申込（方法を問わず）",
			},
		]);
	});

	test("the data is read, not copied: a changed clause moves its period", () => {
		const base = incidentById("telecom-square-2013");
		const [apA, ...rest] = base.paths;
		if (!apA) throw new Error("no AP-A");
		const [wording] = apA.wordings;
		const [clause] = wording?.clauses ?? [];
		if (!wording || !clause) throw new Error("no AP-A clause");
		const moved: Incident = {
			...base,
			paths: [
				{
					...apA,
					wordings: [
						{
							...wording,
							clauses: [
								{
									...clause,
									all: [
										{ answer: "orderedVia", oneOf: ["corporate-site", "airport-counter"] },
										{ answer: "orderedOn", within: { from: "2009-01-01" } },
									],
								},
							],
						},
					],
				},
				...rest,
			],
		};
		const [period] = publishedPeriods(moved);
		expect(period?.bounds).toEqual({ from: "2009-01-01" });
		expect(period && periodLabel("en", period, TS)).toBe("Orders on corporate clients' sites or at an airport counter");
		expect(period && periodLabel("ja", period, TS)).toBe("法人様専用サイトからまたは空港カウンターでの申込");
	});

	test("a condition it has no words for fails loudly instead of naming half a period", () => {
		const [period] = publishedPeriods(incidentById("xcom-global-2013"));
		if (!period) throw new Error("no period");
		const clause = { ...period.clause, all: [...period.clause.all, { answer: "paidVia", oneOf: ["other"] } as const] };
		expect(() => periodLabel("en", { ...period, clause, field: "orderedOn" }, XC)).toThrow(/No words/);
	});
});

describe("the model", () => {
	const model = buildTimeline("en", { rentals: [], vendors: BOTH });

	test("the axis is 2008–2013, from the data, with a tick per year", () => {
		expect(model.axis.from).toBe("2008-01-01");
		expect(model.axis.to).toBe("2013-12-31");
		expect(model.axis.years.map((year) => year.year)).toEqual([2008, 2009, 2010, 2011, 2012, 2013]);
		expect(model.axis.years[0]?.start).toBe(0);
		expect(model.axis.years.at(-1)?.end).toBe(1);
		expect(model.axis.years[1]?.start).toBeCloseTo(366 / DAYS_2008_2013, 12);
		// Each year ends where the next begins.
		model.axis.years.slice(1).forEach((year, index) => {
			expect(year.start).toBe(model.axis.years[index]?.end);
		});
	});

	test("periods as fractions of the axis: from the start of the first day to the end of the last", () => {
		const apA = barOf(model, "telecom-square-2013/ap-a/ap-a-notice/ap-a-corporate-site/0");
		expect(apA?.start).toBeCloseTo(182 / DAYS_2008_2013, 12);
		// 2013-04-30 is day 1946 (1827 + 31 + 28 + 31 + 29); the period ends where the 1947th begins.
		expect(apA?.end).toBeCloseTo(1947 / DAYS_2008_2013, 12);
		expect(apA).toMatchObject({ openStart: false, openEnd: false, day: false });
	});

	test("the leak days and the ministry's access periods, from the data", () => {
		expect(barOf(model, "telecom-square-2013/web-b/leak")).toEqual({
			start: 1862 / DAYS_2008_2013,
			end: 1863 / DAYS_2008_2013,
			openStart: false,
			openEnd: false,
			day: true,
		});
		const styles = Object.fromEntries(
			bars(model)
				.filter((line) => line.style === "taken" || line.style === "accessed")
				.map((line) => [line.key, line.style]),
		);
		expect(styles).toEqual({
			"telecom-square-2013/unauthorized-access": "accessed",
			"telecom-square-2013/ap-a/leak": "taken",
			"telecom-square-2013/web-b/leak": "taken",
			"xcom-global-2013/web-db/leak": "accessed",
		});
		const words = allText(model.text);
		const server = (incident: Incident, id: string) =>
			capitalized(incident.paths.find((path) => path.id === id)?.name.en ?? "");
		const [telecomSquare, xcom] = incidents as [Incident, Incident];
		expect(words).toContain(
			`${server(telecomSquare, "ap-a")}: data taken, ${describeSpan({ from: "2013-04-24", to: "2013-04-30" }, "en")}`,
		);
		expect(words).toContain(
			`${server(telecomSquare, "web-b")}: data taken, ${describeSpan({ from: "2013-02-05", to: "2013-02-05" }, "en")}`,
		);
		expect(words.join("\n")).toContain(
			`${server(xcom, "web-db")}: unauthorized access (the ministry's period), ${describeSpan({ from: "2013-04-19", to: "2013-04-23" }, "en")}`,
		);
		expect(words.join("\n")).toContain(
			`Unauthorized access to the servers (the ministry's period), ${describeSpan({ from: "2011-01-20", to: "2013-08-13" }, "en")}`,
		);
		// XCom's access period is its path's leak period: drawn once, not twice.
		expect(
			bars(model).filter((line) => line.key.startsWith("xcom-global-2013") && line.style === "accessed"),
		).toHaveLength(1);
	});

	test("only the chosen companies, and a rental's company even when not chosen", () => {
		const xcom = buildTimeline("en", { rentals: [], vendors: [XC] });
		expect(xcom.lines.filter((line) => line.kind === "heading" && line.level === 1).map((line) => line.key)).toEqual([
			XC,
		]);
		expect(xcom.lines.some((line) => line.key.startsWith("telecom-square"))).toBe(false);
		// The axis stays the same whichever company is shown.
		expect(xcom.axis).toEqual(model.axis);
		const withRental = buildTimeline("en", {
			rentals: [{ rental: 1, vendor: TS, orderedOn: { from: "2012-07-01", to: "2012-07-31" } }],
			vendors: [XC],
		});
		expect(
			withRental.lines.filter((line) => line.kind === "heading" && line.level === 1).map((line) => line.key),
		).toEqual([TS, XC]);
	});
});

describe("rentals", () => {
	const build = (rental: Omit<TimelineRental, "rental" | "vendor">, vendor = TS as typeof TS | typeof XC) =>
		buildTimeline("en", { rentals: [{ rental: 1, vendor, ...rental }], vendors: [vendor] });

	test("a day is a point, a month a span", () => {
		const model = build({
			orderedOn: { from: "2012-09-03", to: "2012-09-03" },
			returnedOn: { from: "2012-10-01", to: "2012-10-31" },
		});
		expect(barOf(model, "telecom-square/rental-1/orderedOn")).toMatchObject({ day: true, openStart: false });
		const returned = barOf(model, "telecom-square/rental-1/returnedOn");
		expect(returned?.day).toBe(false);
		// 2012-10-01 is day 1827 - 92 = 1735 (31 + 30 + 31 days of October–December before 2013).
		expect(returned?.start).toBeCloseTo(1735 / DAYS_2008_2013, 12);
		expect(returned?.end).toBeCloseTo(1766 / DAYS_2008_2013, 12);
	});

	test("an open end runs to the edge of the axis, and does not stretch it", () => {
		const model = build({ orderedOn: { to: "2012-08-01" }, returnedOn: { from: "2012-08-10" } });
		expect(model.axis.from).toBe("2008-01-01");
		expect(model.axis.to).toBe("2013-12-31");
		expect(barOf(model, "telecom-square/rental-1/orderedOn")).toMatchObject({
			start: 0,
			openStart: true,
			openEnd: false,
		});
		expect(barOf(model, "telecom-square/rental-1/returnedOn")).toMatchObject({
			end: 1,
			openStart: false,
			openEnd: true,
		});
		expect(allText(model.text)).toContain(`Ordered: ${describeWindow({ to: "2012-08-01" }, "en")}`);
		expect(allText(model.text)).toContain(`Returned: ${describeWindow({ from: "2012-08-10" }, "en")}`);
	});

	test("a rental outside 2008–2013 widens the axis, at either end", () => {
		const late = build({ orderedOn: { from: "2016-05-01", to: "2016-05-31" } }, XC);
		expect(late.axis.years.map((year) => year.year)).toEqual([2008, 2009, 2010, 2011, 2012, 2013, 2014, 2015, 2016]);
		expect(late.title).toBe("The published periods and your rental dates, 2008–2016");
		const order = barOf(late, "xcom-global/rental-1/orderedOn");
		expect(order?.end).toBeLessThanOrEqual(1);
		expect(order?.start).toBeGreaterThan(late.axis.years.at(-1)?.start ?? 1);
		const early = build({ returnedOn: { from: "2007-12-30", to: "2007-12-30" } });
		expect(early.axis.from).toBe("2007-01-01");
		expect(barOf(early, "telecom-square/rental-1/returnedOn")?.start).toBeCloseTo(363 / (365 + DAYS_2008_2013), 12);
	});

	test("a date not remembered is said, not drawn", () => {
		const model = build({ orderedOn: { from: "2012-07-01", to: "2012-07-31" } });
		const returned = lineByKey(model, "telecom-square/rental-1/returnedOn");
		expect(returned).toMatchObject({ kind: "bar", label: "Returned: not remembered" });
		expect(returned.kind === "bar" && returned.bar).toBeFalsy();
		const nothing = build({});
		expect(allText(nothing.text)).toContain("Neither date is known, so the picture cannot place this rental.");
		expect(under(nothing.text, "Periods your dates fall in")).toEqual([]);
	});

	test("which periods the dates fall in, partly in, or outside, at the edges", () => {
		const period = (label: string, bounds: DayWindow) => `${label}, ${describeWindow(bounds, "en")}`;
		const v1Orders = period("Orders on www.telecomsquare.co.jp", { from: "2012-06-01", to: "2012-10-14" });
		const v2Orders = period("Orders on www.telecomsquare.co.jp", { from: "2012-06-01", to: "2013-02-05" });
		const apA = period("Orders on corporate clients' sites", { from: "2008-07-01", to: "2013-04-30" });
		const lastDay = build({ orderedOn: { from: "2012-10-14", to: "2012-10-14" } });
		expect(under(lastDay.text, "Periods your dates fall in")).toEqual([apA, v1Orders, v2Orders]);
		const dayAfter = build({ orderedOn: { from: "2012-10-15", to: "2012-10-15" } });
		expect(under(dayAfter.text, "Periods your dates fall in")).toEqual([apA, v2Orders]);
		expect(under(dayAfter.text, "Periods your dates fall outside")).toEqual([v1Orders]);
		const october = build({ orderedOn: { from: "2012-10-01", to: "2012-10-31" } });
		expect(under(october.text, "Periods your dates fall partly in")).toEqual([v1Orders]);
		// Periods about returns are not placed by an order date, nor the other way round.
		expect(allText(october.text).filter((text) => text.startsWith("Returns")).length).toBe(2);
		expect(under(october.text, "Periods your dates fall outside")).toEqual([]);
	});

	test("'your' periods are only those the other answers leave possible (issue 23)", () => {
		const period = (label: string, bounds: DayWindow) => `${label}, ${describeWindow(bounds, "en")}`;
		const apA = period("Orders on corporate clients' sites", { from: "2008-07-01", to: "2013-04-30" });
		const v1Orders = period("Orders on www.telecomsquare.co.jp", { from: "2012-06-01", to: "2012-10-14" });
		const v2Orders = period("Orders on www.telecomsquare.co.jp", { from: "2012-06-01", to: "2013-02-05" });
		const july = { orderedOn: { from: "2012-07-01", to: "2012-07-31" } };
		// Ordered on the public website: the corporate sites' period is not one of theirs.
		const website = build({ ...july, orderedVia: "vendor-website" });
		expect(under(website.text, "Periods your dates fall in")).toEqual([v1Orders, v2Orders]);
		// Through a corporate site: only that one.
		const corporate = build({ ...july, orderedVia: "corporate-site" });
		expect(under(corporate.text, "Periods your dates fall in")).toEqual([apA]);
		expect(under(corporate.text, "Periods your dates fall outside")).toEqual([]);
		// Not answered: each may be theirs.
		expect(under(build(july).text, "Periods your dates fall in")).toEqual([apA, v1Orders, v2Orders]);
		// "Did not settle at the counter when returning" fails only when all three are known to hold.
		const returned = { returnedOn: { from: "2012-11-01", to: "2012-11-30" }, returnedVia: "airport-counter" } as const;
		const notSettled = period("Returns not settled at an airport counter when returning", {
			from: "2012-06-01",
			to: "2013-02-05",
		});
		expect(under(build(returned).text, "Periods your dates fall in")).toContain(notSettled);
		const settledThere = build({ ...returned, paidVia: "airport-counter", paidWhen: "when-returning" });
		expect(under(settledThere.text, "Periods your dates fall in")).not.toContain(notSettled);
		// The servers' own lists still name every period.
		expect(allText(website.text)).toContain(apA);
	});

	test("whose rentals and when the servers were attacked are drawn apart, per company", () => {
		const model = buildTimeline("en", {
			rentals: [{ rental: 1, vendor: TS, orderedOn: { from: "2012-07-01", to: "2012-07-31" } }],
			vendors: [...BOTH],
		});
		for (const vendor of BOTH) {
			const at = (key: string) => model.lines.findIndex((line) => line.key === key);
			const who = at(`${vendor}/who`);
			const attacks = at(`${vendor}/attacks`);
			const next = model.lines.findIndex(
				(line, index) => index > attacks && line.kind === "heading" && line.level === 1,
			);
			const end = next === -1 ? model.lines.length : next;
			expect(who).toBeGreaterThan(at(vendor));
			expect(attacks).toBeGreaterThan(who);
			model.lines.forEach((line, index) => {
				if (line.kind !== "bar" || !line.key.startsWith(vendor === TS ? "telecom-square" : "xcom-global")) return;
				const attack = line.style === "taken" || line.style === "accessed";
				// Every attack after its heading; every period and rental date before it.
				if (attack) expect(index > attacks && index < end, line.key).toBe(true);
				else expect(index > who && index < attacks, line.key).toBe(true);
			});
		}
		expect(model.text[1]?.items.map((item) => item.text)).toEqual([
			"The published periods, and your rental",
			"When the servers were attacked",
		]);
	});

	test("XCom's period of use: ordered on or before its last day, returned on or after its first", () => {
		const use = `Rentals in use at any time, order to return, ${describeWindow({ from: "2011-03-07", to: "2013-04-23" }, "en")}`;
		const returnedTheDayBefore = build(
			{ orderedOn: { from: "2011-02-20", to: "2011-02-20" }, returnedOn: { from: "2011-03-06", to: "2011-03-06" } },
			XC,
		);
		expect(under(returnedTheDayBefore.text, "Periods your dates fall outside")).toContain(use);
		const returnedOnTheFirstDay = build(
			{ orderedOn: { from: "2011-02-20", to: "2011-02-20" }, returnedOn: { from: "2011-03-07", to: "2011-03-07" } },
			XC,
		);
		expect(under(returnedOnTheFirstDay.text, "Periods your dates fall in")).toContain(use);
		// Without a return date the period of use cannot be placed, unless the order alone rules it out.
		const orderOnly = build({ orderedOn: { from: "2012-01-01", to: "2012-01-31" } }, XC);
		expect(allText(orderOnly.text).filter((text) => text === use)).toHaveLength(1);
		const orderedAfter = build({ orderedOn: { from: "2013-04-24", to: "2013-04-24" } }, XC);
		expect(under(orderedAfter.text, "Periods your dates fall outside")).toContain(use);
	});
});

describe("windowOverlap", () => {
	test.each([
		[{ from: "2012-06-01", to: "2012-06-01" }, { from: "2012-06-01", to: "2012-10-14" }, "inside"],
		[{ from: "2012-10-14", to: "2012-10-14" }, { from: "2012-06-01", to: "2012-10-14" }, "inside"],
		[{ from: "2012-05-31", to: "2012-05-31" }, { from: "2012-06-01", to: "2012-10-14" }, "outside"],
		[{ from: "2012-10-15", to: "2012-10-15" }, { from: "2012-06-01", to: "2012-10-14" }, "outside"],
		[{ from: "2012-05-31", to: "2012-06-01" }, { from: "2012-06-01", to: "2012-10-14" }, "partly"],
		[{ to: "2012-06-01" }, { from: "2012-06-01", to: "2012-10-14" }, "partly"],
		[{ to: "2012-05-31" }, { from: "2012-06-01", to: "2012-10-14" }, "outside"],
		[{ from: "2012-10-15" }, { from: "2012-06-01", to: "2012-10-14" }, "outside"],
		[{ from: "2012-10-15" }, { from: "2012-10-15" }, "inside"],
		[{ to: "2013-04-23" }, { to: "2013-04-23" }, "inside"],
		[{ to: "2013-04-24" }, { to: "2013-04-23" }, "partly"],
		[{}, { from: "2012-06-01", to: "2012-10-14" }, "partly"],
	] as const)("%j in %j: %s", (remembered, published, expected) => {
		expect(windowOverlap(remembered, published)).toBe(expected);
	});
});

describe("the text alternative says what the picture shows, in both languages", () => {
	const rentals: TimelineRental[] = [
		{ rental: 1, vendor: TS, orderedOn: { from: "2012-03-01", to: "2012-03-31" }, returnedOn: { from: "2012-10-20" } },
		{ rental: 2, vendor: TS, orderedOn: { to: "2012-08-01" } },
		{ rental: 2, vendor: XC, orderedOn: { to: "2012-08-01" } },
	];

	test.each(["ja", "en"] as const)("%s", (locale) => {
		const model = buildTimeline(locale, { rentals, vendors: BOTH });
		const words = allText(model.text);
		// Every heading and every bar's name is a sentence, or begins one, in the same order.
		let from = 0;
		for (const line of model.lines) {
			const name = line.kind === "heading" ? line.text : line.label;
			const at = words.findIndex((text, index) => index >= from && text.startsWith(name));
			expect(at, `${name} after sentence ${from}`).toBeGreaterThanOrEqual(from);
			from = at;
		}
		// Every period and mark gives its days in both calendars; every rental is there.
		const periods = incidents.flatMap((incident) => publishedPeriods(incident));
		for (const period of periods) expect(words.join("\n")).toContain(describeWindow(period.bounds, locale));
		for (const incident of incidents)
			for (const path of incident.paths) expect(words.join("\n")).toContain(describeSpan(path.leakedOn.value, locale));
		// Rental 2's company is not remembered: it stands under each company.
		for (const [rental, times] of [
			[1, 1],
			[2, 2],
		] as const) {
			const heading = locale === "ja" ? `あなたのレンタル${rental}` : `Your rental ${rental}`;
			expect(words.filter((text) => text === heading)).toHaveLength(times);
		}
		// The description is the same sentences, in the same order.
		let position = 0;
		for (const text of words) {
			const found = model.description.indexOf(text, position);
			expect(found, text).toBeGreaterThanOrEqual(position);
			position = found + text.length;
		}
		expect(model.description.endsWith(locale === "ja" ? "。" : ".")).toBe(true);
		expect(model.description).not.toMatch(/\{\w+\}/);
	});

	test("the words are the locale's", () => {
		const ja = buildTimeline("ja", { rentals, vendors: BOTH });
		expect(ja.title).toBe("公表された期間とあなたのレンタルの日付（2008〜2013年）");
		expect(allText(ja.text)).toContain("申込：2012年3月（平成24年3月）");
		expect(allText(ja.text)).toContain("返却：覚えていない");
		const en = buildTimeline("en", { rentals: [], vendors: BOTH });
		expect(en.title).toBe("The published periods, 2008–2013");
		expect(en.description.startsWith("A timeline from 2008 to 2013. Telecom Square. ")).toBe(true);
	});
});

test("the text version's English sentences start with a capital, and no line carries two colons (audit G15, G17)", () => {
	for (const locale of ["ja", "en"] as const) {
		const model = buildTimeline(locale, {
			rentals: [{ rental: 1, vendor: "telecom-square", orderedOn: { from: "2012-07-01", to: "2012-07-31" } }],
			vendors: BOTH,
		});
		const texts: string[] = [];
		const walk = (item: { text: string; items?: readonly unknown[] }) => {
			texts.push(item.text);
			for (const child of item.items ?? []) walk(child as { text: string; items?: readonly unknown[] });
		};
		for (const part of model.text) walk(part as { text: string; items?: readonly unknown[] });
		expect(texts.length).toBeGreaterThan(5);
		const problems = texts.flatMap((text) => phrasingProblems(text, locale).map((problem) => `${text}: ${problem}`));
		expect(problems).toEqual([]);
		if (locale === "en") for (const text of texts) expect(text.charAt(0), text).toBe(text.charAt(0).toUpperCase());
	}
});
