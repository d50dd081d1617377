// @vitest-environment happy-dom
import { cleanup, render, screen, within } from "@testing-library/preact";
import axe from "axe-core";
import { afterEach, describe, expect, test, vi } from "vitest";
import { buildTimeline, type TimelineRental } from "../../lib/checker/timeline";
import type { Locale } from "../../lib/i18n/text";
import type { VendorId } from "../../lib/incidents/rental";
import { LocaleContext } from "../shared/i18n";
import { Timeline, textWidth, wrapText } from "./Timeline";

afterEach(() => {
	cleanup();
	vi.restoreAllMocks();
});

const BOTH: VendorId[] = ["telecom-square", "xcom-global"];
const RENTALS: TimelineRental[] = [
	{
		rental: 1,
		vendor: "telecom-square",
		orderedOn: { from: "2012-09-03", to: "2012-09-03" },
		returnedOn: { from: "2012-10-20" },
	},
	{ rental: 2, vendor: "telecom-square", orderedOn: { to: "2012-08-01" } },
	{ rental: 2, vendor: "xcom-global", orderedOn: { to: "2012-08-01" } },
];

function show(locale: Locale, props: { rentals?: TimelineRental[]; vendors?: VendorId[]; compact?: boolean } = {}) {
	return render(
		<LocaleContext.Provider value={locale}>
			<main>
				<Timeline rentals={props.rentals ?? RENTALS} vendors={props.vendors ?? BOTH} compact={props.compact} />
			</main>
		</LocaleContext.Provider>,
	);
}

const svgOf = (container: Element) => container.querySelector("svg") as SVGSVGElement;
/** The words one row of the picture shows, its wrapped lines joined again. */
const rowWords = (row: Element, locale: Locale) =>
	[...row.querySelectorAll("tspan")].map((line) => line.textContent).join(locale === "ja" ? "" : " ");
const rows = (svg: SVGSVGElement) => [...svg.querySelectorAll("g.tl-row, g.tl-h1, g.tl-h2, g.tl-h3, g.tl-h4")];

describe("names and descriptions", () => {
	test.each([
		["ja", "公表された期間とあなたのレンタルの日付（2008〜2013年）"],
		["en", "The published periods and your rental dates, 2008–2013"],
	] as const)("%s: the figure and its picture are named", (locale, title) => {
		show(locale);
		const figure = screen.getByRole("figure", { name: title });
		expect(within(figure).getByRole("img", { name: title })).toBe(svgOf(figure));
	});

	test.each(["ja", "en"] as const)("%s: the description says every row the picture draws, in order", (locale) => {
		const { container } = show(locale);
		const svg = svgOf(container);
		const description = document.getElementById(svg.getAttribute("aria-describedby") ?? "");
		expect(description?.tagName.toLowerCase()).toBe("desc");
		expect(svg.contains(description)).toBe(true);
		const text = description?.textContent ?? "";
		const drawn = rows(svg);
		expect(drawn.length).toBe(buildTimeline(locale, { rentals: RENTALS, vendors: BOTH }).lines.length);
		let position = 0;
		for (const row of drawn) {
			const words = rowWords(row, locale);
			const found = text.indexOf(words, position);
			expect(found, words).toBeGreaterThanOrEqual(position);
			position = found;
		}
	});

	test.each(["ja", "en"] as const)("%s: the list under the picture holds the same sentences", (locale) => {
		const { container } = show(locale);
		const description = svgOf(container).querySelector("desc")?.textContent ?? "";
		const items = [...container.querySelectorAll(".timeline-words li")].map(
			(item) => item.firstChild?.textContent ?? "",
		);
		expect(items.length).toBeGreaterThan(20);
		let position = 0;
		for (const item of items) {
			const found = description.indexOf(item, position);
			expect(found, item).toBeGreaterThanOrEqual(position);
			position = found + item.length;
		}
		// Nothing in the description that the list leaves out: only the sentence ends are added.
		const rest = items.reduce((left, item) => left.replace(item, ""), description);
		expect(rest.replace(/[\s.。:：]/g, "")).toBe("");
	});

	test("the words are one tap away, on the full page and in the popup", () => {
		for (const compact of [false, true]) {
			const { container } = show("en", { compact });
			const details = container.querySelector("details.timeline-words");
			expect(details?.hasAttribute("open")).toBe(false);
			expect(
				within(details as HTMLElement)
					.getByText("The picture in words")
					.tagName.toLowerCase(),
			).toBe("summary");
			cleanup();
		}
	});
});

describe("what is drawn", () => {
	test("a day is a point, an open end fades to an arrow at the edge, a forgotten date is not drawn", () => {
		const { container } = show("en", {
			rentals: [{ rental: 1, vendor: "xcom-global", orderedOn: { from: "2012-09-03", to: "2012-09-03" } }],
			vendors: ["xcom-global"],
		});
		const svg = svgOf(container);
		const [ordered, returned] = [...svg.querySelectorAll("g.tl-row-ordered, g.tl-row-returned")];
		expect(ordered?.querySelectorAll("circle.tl-rental")).toHaveLength(1);
		expect(returned?.querySelector("rect, circle, path")).toBeNull();
		expect(rowWords(returned as Element, "en")).toBe("Returned: not remembered");
		cleanup();
		const open = show("en", {
			rentals: [{ rental: 1, vendor: "xcom-global", returnedOn: { from: "2012-10-20" } }],
			vendors: ["xcom-global"],
		});
		const row = svgOf(open.container).querySelector("g.tl-row-returned") as Element;
		const fade = row.querySelector("rect.tl-rental-open")?.getAttribute("fill") ?? "";
		expect(fade).toMatch(/^url\(#.+-fade-end\)$/);
		expect(row.querySelectorAll("path.tl-arrow")).toHaveLength(1);
	});

	test("every kind of bar has its own pattern or shape, not only its own colour", () => {
		const { container } = show("en");
		const svg = svgOf(container);
		const fills = (selector: string) =>
			new Set(
				[...svg.querySelectorAll(selector)].map((shape) => shape.getAttribute("fill")?.replace(/#.*-/, "#") ?? "solid"),
			);
		expect(fills("g.tl-row-period rect")).toEqual(new Set(["url(#hatch)"]));
		expect(fills("g.tl-row-accessed rect")).toEqual(new Set(["url(#dots)"]));
		expect(fills("g.tl-row-taken rect")).toEqual(new Set(["solid"]));
		expect(svg.querySelectorAll("g.tl-row-returned rect.tl-rental-open")).toHaveLength(1);
		expect(svg.querySelectorAll("g.tl-row-ordered circle.tl-rental")).toHaveLength(1);
	});

	test.each([
		[320, "ja"],
		[320, "en"],
		[392, "en"],
		[860, "ja"],
		[860, "en"],
	] as const)("at %i px (%s) every word and bar stays inside the picture", (width, locale) => {
		// happy-dom has no layout: give the frame the width a browser would.
		vi.spyOn(HTMLElement.prototype, "clientWidth", "get").mockReturnValue(width);
		const { container } = show(locale);
		const svg = svgOf(container);
		expect(svg.getAttribute("viewBox")).toMatch(new RegExp(`^0 0 ${width} `));
		for (const text of svg.querySelectorAll("text")) {
			const size = Number(text.getAttribute("font-size"));
			const bold = !text.closest("g.tl-row");
			const anchored = text.getAttribute("text-anchor") === "middle";
			for (const line of text.querySelectorAll("tspan")) {
				expect(Number(line.getAttribute("x")) + textWidth(line.textContent ?? "", size, bold)).toBeLessThanOrEqual(
					width,
				);
			}
			if (anchored) expect(Number(text.getAttribute("x"))).toBeLessThan(width);
		}
		for (const shape of svg.querySelectorAll("g.tl-row rect")) {
			const x = Number(shape.getAttribute("x"));
			expect(x).toBeGreaterThanOrEqual(0);
			expect(x + Number(shape.getAttribute("width"))).toBeLessThanOrEqual(width);
		}
	});
});

describe("ids", () => {
	test("two timelines on one page share no id, and each refers only to its own", () => {
		const { container } = render(
			<LocaleContext.Provider value="en">
				<Timeline rentals={RENTALS} vendors={BOTH} />
				<Timeline rentals={[]} vendors={["xcom-global"]} compact />
			</LocaleContext.Provider>,
		);
		const ids = [...container.querySelectorAll("[id]")].map((element) => element.id);
		// Caption, title, description, two patterns, two gradients: seven each.
		expect(ids).toHaveLength(2 * 7);
		expect(new Set(ids).size).toBe(ids.length);
		const figures = [...container.querySelectorAll("figure")];
		expect(figures).toHaveLength(2);
		for (const figure of figures) {
			const refs = [
				figure.getAttribute("aria-labelledby"),
				...[...figure.querySelectorAll("[aria-labelledby], [aria-describedby]")].flatMap((element) => [
					element.getAttribute("aria-labelledby"),
					element.getAttribute("aria-describedby"),
				]),
				...[...figure.querySelectorAll("[fill^='url(']")].map((element) =>
					element.getAttribute("fill")?.slice("url(#".length, -1),
				),
			].filter((ref): ref is string => Boolean(ref));
			expect(refs.length).toBeGreaterThan(4);
			for (const ref of refs) expect(figure.contains(document.getElementById(ref)), ref).toBe(true);
		}
		expect(screen.getByRole("img", { name: "The published periods, 2008–2013" })).toBeTruthy();
	});
});

describe("axe (the rules that need no layout; colour contrast is left to the browser tests)", () => {
	test.each(["ja", "en"] as const)("%s", async (locale) => {
		document.documentElement.lang = locale;
		const { container } = show(locale);
		const result = await axe.run(container);
		expect(result.violations.map((violation) => `${violation.id}: ${violation.nodes.length}`)).toEqual([]);
		expect(result.passes.map((rule) => rule.id)).toContain("svg-img-alt");
	});
});

describe("wrapText", () => {
	test("English breaks at spaces and keeps an era date whole", () => {
		const text = "Returned: on or after 20 October 2012 (平成24年10月20日)";
		const lines = wrapText(text, 150, 13, false, false);
		expect(lines.join(" ")).toBe(text);
		expect(lines).toContain("(平成24年10月20日)");
		for (const line of lines) expect(textWidth(line, 13)).toBeLessThanOrEqual(150);
	});

	test("Japanese breaks between characters, never inside brackets, after a number or before its last two", () => {
		const text = "返却：2012年10月20日（平成24年10月20日）以降";
		const lines = wrapText(text, 200, 13);
		expect(lines.join("")).toBe(text);
		expect(lines).toEqual(["返却：2012年10月20日", "（平成24年10月20日）以降"]);
		const narrow = wrapText("期間中に利用していたレンタル（申込から返却まで）", 120, 13);
		expect(narrow.join("")).toBe("期間中に利用していたレンタル（申込から返却まで）");
		for (const line of narrow) expect([...line].length).toBeGreaterThan(2);
		for (const line of narrow) expect(line[0]).not.toMatch(/[)、。]/);
	});

	test("a word longer than the line is cut rather than run past the edge", () => {
		const lines = wrapText("www.telecomsquare.co.jp", 80, 13);
		expect(lines.join("")).toBe("www.telecomsquare.co.jp");
		expect(lines.length).toBeGreaterThan(1);
		for (const line of lines) expect(textWidth(line, 13)).toBeLessThanOrEqual(80);
	});
});
