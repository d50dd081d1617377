import { describe, expect, test } from "vitest";
import { budget, inSight, middle } from "./on-screen";

const view = { width: 360, height: 640 };

describe("inSight: what a person can see", () => {
	test.each([
		["a closed banner at the bottom", { x: 0, y: 516, width: 360, height: 124 }, true],
		["a 44 px tab in a corner", { x: 8, y: 588, width: 44, height: 44 }, true],
		["an edge rounded half a pixel out", { x: -0.5, y: 516, width: 360.6, height: 124.4 }, true],
		["5 px tall (the page zoomed <html> to 5 %)", { x: 0, y: 635, width: 360, height: 5 }, false],
		["no width (max-width: 0)", { x: 0, y: 516, width: 0, height: 124 }, false],
		["moved below the window", { x: 0, y: 700, width: 360, height: 124 }, false],
		["half off to the right", { x: 200, y: 516, width: 360, height: 124 }, false],
		["above the top", { x: 0, y: -124, width: 360, height: 124 }, false],
	] as const)("%s", (_name, box, seen) => {
		expect(inSight(box, view)).toBe(seen);
	});

	test("the middle is where a person would touch", () => {
		expect(middle({ x: 10, y: 20, width: 100, height: 40 })).toEqual([60, 40]);
	});
});

describe("budget: a page that undoes every repair", () => {
	test("allows max repairs in the window, counting them for backoff, then none", () => {
		const remount = budget(3, 10_000);
		expect([remount(0), remount(100), remount(200), remount(300)]).toEqual([0, 1, 2, undefined]);
	});

	test("repairs older than the window no longer count", () => {
		const remount = budget(2, 1000);
		expect([remount(0), remount(10), remount(500)]).toEqual([0, 1, undefined]);
		// At 1005 the first (at 0) has left the window, the second (at 10) has not.
		expect(remount(1005)).toBe(1);
		expect(remount(1006)).toBe(undefined);
	});
});
