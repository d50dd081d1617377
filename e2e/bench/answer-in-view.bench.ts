import { mkdirSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import type { Page } from "playwright-core";
import { test } from "vitest";
import { type InView, inViewProbe, STORIES, type Step, SURFACES, stepSelector } from "../support/answer-in-view";
import { type Chromium, launchChromium } from "../support/chromium";
import { startFixtureServer } from "../support/fixture-server";
import { FIXTURE_HOSTS } from "../support/hosts";
import { CHROME_BUILD, ROOT } from "../support/paths";
import { REVEAL } from "../support/result-scenarios";

/**
 * Issue 23's closing note: per story and surface, how many window heights lie between the verdict
 * and the question just answered (0 when both are in view), after each answer; and how far the
 * first "what to do now" step is from the verdict. Measured on this build and, where BEFORE_BUILD
 * names another unpacked build (main before the change), on that one in the same run, with the
 * same stories answered the same way. Writes bench/answer-in-view.md.
 */
const BUILDS: [string, string][] = [
	...(process.env.BEFORE_BUILD ? [["before", process.env.BEFORE_BUILD] as [string, string]] : []),
	["after", CHROME_BUILD],
];

/** A step's place, for the first "what to do now" step: on screen, one tap away, or this many screens from the verdict. */
const STEP_PROBE = `(() => {
	const verdict = document.querySelector("output.verdict p.sentence");
	const step = document.querySelector(".todo .steps li");
	const jump = document.querySelector(".verdict-bar .todo-jump");
	const shown = (element) => element && element.getBoundingClientRect().height > 0;
	if (!verdict) return { kind: "none" };
	if (shown(step)) {
		const a = verdict.getBoundingClientRect();
		const b = step.getBoundingClientRect();
		if (b.top >= 0 && b.bottom <= innerHeight) return { kind: "screens", screens: 0 };
		if (shown(jump)) return { kind: "tap" };
		return { kind: "screens", screens: Math.abs(b.top - a.top) / innerHeight };
	}
	return shown(jump) ? { kind: "tap" } : { kind: "none" };
})()`;

type StepPlace = { kind: "screens"; screens: number } | { kind: "tap" } | { kind: "none" };

interface Row {
	story: string;
	surface: string;
	/** Window heights between the verdict and the question, after each answer. */
	screens: number[];
	/** The first step's place after the last answer. */
	step: StepPlace;
}

async function answer(page: Page, step: Step): Promise<void> {
	const toggle = page.locator(".verdict-bar .toggle-result");
	if ((await toggle.count()) > 0 && (await toggle.getAttribute("aria-expanded")) === "true") await toggle.click();
	const selector = stepSelector(step);
	await page.locator(selector).waitFor({ state: "attached" });
	await page.evaluate(REVEAL, selector);
	if ("fill" in step) await page.locator(selector).fill(step.text);
	else if ("click" in step) await page.locator(selector).click();
	else await page.locator(selector).check();
}

async function measure(browser: Chromium): Promise<Row[]> {
	const rows: Row[] = [];
	const base = `chrome-extension://${browser.extensionId}`;
	for (const surface of SURFACES) {
		const page = await browser.context.newPage();
		if (surface.phone) {
			const cdp = await browser.context.newCDPSession(page);
			await cdp.send("Emulation.setDeviceMetricsOverride", {
				width: surface.width,
				height: surface.height,
				deviceScaleFactor: 3,
				mobile: true,
			});
		} else await page.setViewportSize({ width: surface.width, height: surface.height });
		for (const story of STORIES) {
			if (story.pageOnly && surface.path === "/popup.html") continue;
			await page.goto(`${base}/privacy.html`);
			await page.evaluate(() =>
				(
					globalThis as unknown as { chrome: { storage: { session: { clear(): Promise<void> } } } }
				).chrome.storage.session.clear(),
			);
			await page.goto(`${base}${surface.path}`);
			await page.locator("#q-r1-vendor").waitFor();
			const screens: number[] = [];
			for (const step of story.steps) {
				await answer(page, step);
				let seen: InView | undefined;
				for (let tries = 0; tries < 50 && !seen?.sentences.length; tries++) {
					if (tries > 0) await page.waitForTimeout(100);
					seen = (await page.evaluate(inViewProbe(step))) as InView;
				}
				await page.waitForTimeout(50);
				seen = (await page.evaluate(inViewProbe(step))) as InView;
				screens.push(seen.screens ?? Number.NaN);
			}
			rows.push({
				story: story.name,
				surface: surface.name,
				screens,
				step: (await page.evaluate(STEP_PROBE)) as StepPlace,
			});
		}
		await page.close();
	}
	return rows;
}

const fixed = (value: number) => value.toFixed(1);
const place = (step: StepPlace) =>
	step.kind === "tap" ? "one tap (the bar)" : step.kind === "screens" ? `${fixed(step.screens)} screens` : "—";

test("screens between the verdict and the question, before and after", async () => {
	const server = await startFixtureServer(FIXTURE_HOSTS);
	const results: Record<string, Row[]> = {};
	try {
		for (const [name, dir] of BUILDS) {
			for (const locale of ["ja-JP", "en-US"] as const) {
				const browser = await launchChromium({ proxyPort: server.port, locale, extensionDir: dir });
				try {
					results[`${name} ${locale.slice(0, 2)}`] = await measure(browser);
				} finally {
					await browser.close();
				}
			}
		}
	} finally {
		await server.close();
	}
	const columns = Object.keys(results);
	const first = results[columns[0] as string] ?? [];
	const lines = [
		"# The answer in view: screens between the verdict and the question (issue 23)",
		"",
		"Written by `e2e/bench/answer-in-view.bench.ts` (`npm run bench`; `BEFORE_BUILD=<unpacked build>` adds a build",
		"to compare). Chromium, the same stories answered one answer at a time as in the browser tests. Per",
		"story and surface: the window heights between the verdict sentence and the question just",
		"answered, the largest after any answer and their mean (0: both in view); then where the first",
		"“what to do now” step was after the last answer.",
		"",
		`| Story | Surface | ${columns.map((column) => `${column}: max / mean`).join(" | ")} | ${columns.map((column) => `${column}: first step`).join(" | ")} |`,
		`|---|---|${columns.map(() => "---|").join("")}${columns.map(() => "---|").join("")}`,
		...first.map((row, index) => {
			const cells = columns.map((column) => {
				const other = results[column]?.[index];
				if (!other) return "—";
				const max = Math.max(...other.screens);
				const mean = other.screens.reduce((sum, value) => sum + value, 0) / other.screens.length;
				return `${fixed(max)} / ${fixed(mean)}`;
			});
			const steps = columns.map((column) => {
				const other = results[column]?.[index];
				return other ? place(other.step) : "—";
			});
			return `| ${row.story} | ${row.surface} | ${cells.join(" | ")} | ${steps.join(" | ")} |`;
		}),
		"",
	];
	mkdirSync(join(ROOT, "bench"), { recursive: true });
	writeFileSync(join(ROOT, "bench/answer-in-view.md"), lines.join("\n"));
	console.log(lines.join("\n"));
});
