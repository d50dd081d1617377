import { describe, expect, test, vi } from "vitest";
import { parseRemembered } from "./remembered";

describe("dates read through the grammar the page has loaded", () => {
	test("before the grammar comes a date is pending, and the hand-over says one was missed", async () => {
		vi.resetModules();
		const reader = await import("./reader");
		expect(reader.readDate("March 2013")).toEqual({ ok: false, problem: "pending" });
		expect(reader.installGrammar(parseRemembered)).toBe(true);
		expect(reader.readDate("March 2013")).toEqual({ ok: true, span: { from: "2013-03-01", to: "2013-03-31" } });
		// Nothing was missed since: a second hand-over asks for no second reading.
		expect(reader.installGrammar(parseRemembered)).toBe(false);
	});

	test("a grammar that comes before any date misses nothing", async () => {
		vi.resetModules();
		const reader = await import("./reader");
		expect(reader.installGrammar(parseRemembered)).toBe(false);
		expect(reader.readDate("03/04/2013")).toMatchObject({ ok: false, problem: "ambiguous" });
	});
});
