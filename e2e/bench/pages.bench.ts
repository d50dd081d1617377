import { execFileSync } from "node:child_process";
import { readFileSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import { test } from "vitest";
import { launchChromium } from "../support/chromium";
import { startFixtureServer } from "../support/fixture-server";
import { FIXTURE_HOSTS } from "../support/hosts";
import { CHROME_BUILD, ROOT } from "../support/paths";
import { type AnswerFrame, answerFrames } from "./answer-frame";
import { type BudgetRow, budgetTable, copyOfBuild, gzip, kb, median, ms, quiet } from "./common";
import { PAGES, type PageName, type Paints, pageAgainstStaticCopy, writeStaticCopy } from "./first-paint";

/**
 * The popup and the full checker (issue 24, items 1 and 2): each page's first contentful paint
 * against a static copy of its own first screen, opened alternately in the same browser; and, for
 * each answer, the frame with the new verdict against the frame with the control's own change.
 */

/** Each page's first contentful paint, as a ratio to its static copy's (README, "Budgets"). */
const PAGE_BUDGET = 1.1;
/** Opens of each extension page and of its static copy (paint times come in coarse steps: 30+). */
const PAGE_ROUNDS = Number(process.env.BENCH_PAGE_ROUNDS ?? 30);
/** Opens of each surface for the answers' frames. */
const ANSWER_ROUNDS = Number(process.env.BENCH_ANSWER_ROUNDS ?? 5);
/** The verdict's frame at most this many frames after the control's (issue 24, item 2). */
const FRAMES_APART_BUDGET = 1;

/** The scripts a page loads before its first paint: its own module scripts and what they preload. */
function scriptsBeforePaint(page: string): string[] {
	return [
		...readFileSync(join(CHROME_BUILD, page), "utf8").matchAll(
			/<(?:script[^>]*src|link[^>]*rel="modulepreload"[^>]*href)="([^"]+)"/g,
		),
	].map((match) => join(CHROME_BUILD, (match[1] as string).replace(/^\//, "")));
}

test("the popup and the full checker: first paint, and the verdict in the frame of the answer", async () => {
	const loads: [string, number][] = [];
	const server = await startFixtureServer(FIXTURE_HOSTS, 0);
	const build = copyOfBuild("pages");
	const browser = await launchChromium({ proxyPort: server.port, extensionDir: build });
	const firstPaints = {} as Record<PageName, { page: Paints[]; copy: Paints[] }>;
	for (const name of Object.keys(PAGES) as PageName[]) {
		await writeStaticCopy(browser, build, name);
		await quiet(name, loads);
		firstPaints[name] = await pageAgainstStaticCopy(browser, name, PAGE_ROUNDS);
	}
	await quiet("answers", loads);
	const frames = await answerFrames(browser, ANSWER_ROUNDS);
	await browser.close();
	await server.close();

	const rows: BudgetRow[] = [];
	for (const name of Object.keys(PAGES) as PageName[])
		for (const [paint, words] of [
			["fcp", "first contentful paint"],
			["lcp", "largest contentful paint (the whole first screen)"],
		] as const) {
			const page = median(firstPaints[name].page.map((paints) => paints[paint]));
			const copy = median(firstPaints[name].copy.map((paints) => paints[paint]));
			rows.push([
				`${name === "popup" ? "Popup" : "Full checker"} ${words} (medians, n=${PAGE_ROUNDS})`,
				ms(page),
				`static copy of its first screen ${ms(copy)}`,
				`${(page / copy).toFixed(2)}×`,
				`≤ ${PAGE_BUDGET}×`,
				page <= PAGE_BUDGET * copy,
			]);
		}
	const bySurface = new Map<string, AnswerFrame[]>();
	for (const row of frames) bySurface.set(row.surface, [...(bySurface.get(row.surface) ?? []), row]);
	for (const [surface, rowsOf] of bySurface) {
		const worst = Math.max(...rowsOf.map((row) => row.framesApart));
		rows.push([
			`${surface}: input → frame with the new verdict (median of ${rowsOf.length} answers; worst frames apart)`,
			ms(median(rowsOf.map((row) => row.verdict))),
			`input → frame with the control's change ${ms(median(rowsOf.map((row) => row.control)))}`,
			`${worst} frame${worst === 1 ? "" : "s"} apart`,
			`≤ ${FRAMES_APART_BUDGET} frame apart`,
			worst <= FRAMES_APART_BUDGET,
		]);
	}
	const popupStart = scriptsBeforePaint("popup.html").reduce((sum, file) => sum + gzip(file), 0);
	const checkerStart = scriptsBeforePaint("checker.html").reduce((sum, file) => sum + gzip(file), 0);
	rows.push(
		["Popup script before its first paint, gzip -9", kb(popupStart), "—", "—", "≤ 30 KB", popupStart <= 30 * 1024],
		["Full checker script before its first paint, gzip -9", kb(checkerStart), "—", "—", "reported", true],
	);

	const chromium = execFileSync("/usr/bin/chromium", ["--version"], { encoding: "utf8" }).trim();
	const report = [
		"# The popup and the full checker",
		"",
		`Measured by \`npm run bench\` (e2e/bench/pages.bench.ts) on ${new Date().toISOString().slice(0, 10)}: ${chromium}, headless. The popup (a 400×600 tab) and the full checker (1200×800) are each opened ${PAGE_ROUNDS} times alternately with a static copy of their own first screen (the HTML and CSS the browser rendered once settled, no script), written into the same unpacked build and opened the same way, after two warm-up opens of each; first contentful paint from paint timing, and largest contentful paint (the last candidate 500 ms after load), which holds a page that paints its header first to its whole first screen. The answers' frames: the popup and the full checker, each at its size and as a 360×640 phone (3 device pixels a CSS pixel; clicked, as the answer-in-view bench does), opened ${ANSWER_ROUNDS} times; as soon as the app has rendered, four answers one after another (the company clicked, an order month typed, the other company, the first again); for each, from the input event's time to the frame whose animation-frame callbacks first see the control's own change and to the frame that first sees the new verdict, a frame named by the time stamp its callbacks share. 1-min load average before each batch: ${loads.map(([batch, load]) => `${batch} ${load.toFixed(2)}`).join(", ")}.`,
		"",
		...budgetTable(rows),
		"",
		"Every answer:",
		"",
		"| Surface | Answer | Input → control's frame | Input → verdict's frame | Frames apart |",
		"|---|---|---|---|---|",
		...frames.map(
			(row) => `| ${row.surface} | ${row.answer} | ${ms(row.control)} | ${ms(row.verdict)} | ${row.framesApart} |`,
		),
		"",
	].join("\n");
	writeFileSync(process.env.BENCH_PAGES_OUT ?? join(ROOT, "bench/pages.md"), report);
	console.log(report);
});
