import { execFileSync } from "node:child_process";
import { cpSync, existsSync, readFileSync, rmSync, symlinkSync, writeFileSync } from "node:fs";
import { loadavg } from "node:os";
import { join } from "node:path";
import { gzipSync } from "node:zlib";
import { test } from "vitest";
import { type Chromium, launchChromium } from "../support/chromium";
import { startFixtureServer } from "../support/fixture-server";
import { FIXTURE_HOSTS } from "../support/hosts";
import { CHROME_BUILD, ROOT } from "../support/paths";
import { REALISTIC_PATH, realisticRoutes, totalBytes } from "./realistic-site";

/**
 * The banner's budgets, measured against the floor (shared/notes/perf-floor.md): a build whose
 * content script is empty and has the same `matches`, loaded in the same interleaved run, so what
 * is reported is the banner's own work. Main-thread CPU is `Performance.getMetrics` TaskDuration
 * with `timeDomain: 'threadTicks'` (robust to preemption on this 2-core machine); load-blocking
 * script is ScriptDuration. The build of main before the banner issue (BENCH_BASELINE_REF) is
 * built and measured in the same run, for ratios.
 */
const LOADS = Number(process.env.BENCH_LOADS ?? 30);
const REALISTIC_LOADS = Number(process.env.BENCH_REALISTIC_LOADS ?? 15);
const POPUP_OPENS = 20;
const BASELINE_REF = process.env.BENCH_BASELINE_REF ?? "be989f1";
const SMALL = "http://www.telecomsquare.co.jp/";
const REALISTIC = `http://www.telecomsquare.co.jp${REALISTIC_PATH}`;
const WORK = join(ROOT, ".tmp/bench");

const median = (values: readonly number[]) => {
	const sorted = [...values].sort((a, b) => a - b);
	const middle = Math.floor(sorted.length / 2);
	return sorted.length % 2
		? (sorted[middle] as number)
		: ((sorted[middle - 1] as number) + (sorted[middle] as number)) / 2;
};
const kb = (bytes: number) => `${(bytes / 1024).toFixed(1)} KB`;
const ms = (value: number) => `${value.toFixed(1)} ms`;
const gzip = (file: string) => gzipSync(readFileSync(file), { level: 9 }).length;

/** This build with another content script: same manifest, same `matches`. */
function buildWithScript(name: string, script: string): string {
	const dir = join(WORK, name);
	rmSync(dir, { recursive: true, force: true });
	cpSync(CHROME_BUILD, dir, { recursive: true });
	writeFileSync(join(dir, "banner.js"), script);
	return dir;
}

/**
 * What any banner that meets the issue's other requirements must do, measured in the same run,
 * so the report shows how much of the budget is left for the banner's own text and style: the
 * one storage read (hidden banners, the chosen language); and that read plus an empty shadow-root
 * host put in the top layer. Neither shows anything.
 */
const REFERENCES = {
	storageRead: `(async () => {
	const api = globalThis.browser ?? globalThis.chrome;
	await api.storage.local.get(["localePreference", "hiddenBanners"]);
})();`,
	emptyHost: `(async () => {
	const api = globalThis.browser ?? globalThis.chrome;
	const reading = api.storage.local.get(["localePreference", "hiddenBanners"]);
	const host = document.createElement("wifi-breach-banner");
	host.attachShadow({ mode: "open" });
	await reading;
	document.documentElement.append(host);
	host.setAttribute("popover", "manual");
	host.showPopover();
})();`,
};

/**
 * Main before the banner issue, built from git with this checkout's node_modules; or, for an
 * experiment, any unpacked build given as BENCH_BASELINE_DIR.
 */
function buildBaseline(): { dir: string; script: string } {
	const given = process.env.BENCH_BASELINE_DIR;
	if (given) return { dir: given, script: join(given, "banner.js") };
	const source = join(WORK, "baseline-src");
	rmSync(source, { recursive: true, force: true });
	execFileSync("git", ["worktree", "prune"], { cwd: ROOT });
	execFileSync("git", ["worktree", "add", "--force", "--detach", source, BASELINE_REF], { cwd: ROOT, stdio: "ignore" });
	symlinkSync(join(ROOT, "node_modules"), join(source, "node_modules"));
	execFileSync("npx", ["wxt", "build"], { cwd: source, stdio: "ignore" });
	const dir = join(source, ".output/chrome-mv3");
	const script = ["content-scripts/banner.js", "banner.js"]
		.map((file) => join(dir, file))
		.find((file) => existsSync(file));
	if (!script) throw new Error("the baseline build has no banner script");
	return { dir, script };
}

interface Load {
	cpu: number;
	script: number;
	load: number;
	storageToMounted?: number;
}

async function loadOnce(browser: Chromium, url: string, banner: boolean): Promise<Load> {
	const page = await browser.context.newPage();
	const cdp = await browser.context.newCDPSession(page);
	await cdp.send("Performance.enable", { timeDomain: "threadTicks" });
	await page.goto(url, { waitUntil: "load" });
	// Nothing of the test harness runs in the page before the metrics are read: no polling locator.
	await new Promise((resolve) => setTimeout(resolve, 600));
	const { metrics } = (await cdp.send("Performance.getMetrics")) as { metrics: { name: string; value: number }[] };
	if (banner && (await page.locator("[data-wifi-breach-banner] .banner, wifi-breach-banner .banner").count()) === 0)
		throw new Error(`no banner on ${url}`);
	const metric = (name: string) => (metrics.find((entry) => entry.name === name)?.value ?? 0) * 1000;
	const timing = await page.evaluate(() => {
		const navigation = performance.getEntriesByType("navigation")[0] as PerformanceNavigationTiming;
		const mark = (name: string) => performance.getEntriesByName(`wifi-breach-banner:${name}`)[0]?.startTime;
		const storage = mark("storage");
		const mounted = mark("mounted");
		return {
			load: navigation.loadEventEnd,
			storageToMounted: storage !== undefined && mounted !== undefined ? mounted - storage : undefined,
		};
	});
	await page.close();
	return { cpu: metric("TaskDuration"), script: metric("ScriptDuration"), ...timing };
}

/** As the floor notes did: start a batch only once the machine is quiet (1-min load < 1.0), or after 3 minutes. */
async function quiet() {
	for (let waited = 0; waited < 180 && (loadavg()[0] ?? 0) >= 1; waited += 5)
		await new Promise((resolve) => setTimeout(resolve, 5000));
}

/** Interleaved rounds, rotating which build goes first, so drift hits every build alike. */
async function rounds(builds: { name: string; browser: Chromium; banner: boolean }[], url: string, count: number) {
	await quiet();
	const results = new Map(builds.map((build) => [build.name, [] as Load[]]));
	for (const build of builds) await loadOnce(build.browser, url, build.banner);
	for (let round = 0; round < count; round++) {
		const order = builds.map((_, index) => builds[(index + round) % builds.length] as (typeof builds)[number]);
		for (const build of order) results.get(build.name)?.push(await loadOnce(build.browser, url, build.banner));
	}
	return results;
}

const paired = (a: readonly Load[], b: readonly Load[], key: "cpu" | "script") =>
	median(a.map((load, index) => load[key] - ((b[index] as Load)[key] ?? 0)));

test("benchmark", async () => {
	const routes = await realisticRoutes();
	const server = await startFixtureServer(FIXTURE_HOSTS, 0, routes);
	// The floor: an empty content script.
	const floorDir = buildWithScript("floor", "");
	const baseline = buildBaseline();
	const oldSize = gzip(baseline.script);
	const browsers = {
		floor: await launchChromium({ proxyPort: server.port, extensionDir: floorDir }),
		banner: await launchChromium({ proxyPort: server.port }),
		baseline: await launchChromium({ proxyPort: server.port, extensionDir: baseline.dir }),
		storageRead: await launchChromium({
			proxyPort: server.port,
			extensionDir: buildWithScript("storage-read", REFERENCES.storageRead),
		}),
		emptyHost: await launchChromium({
			proxyPort: server.port,
			extensionDir: buildWithScript("empty-host", REFERENCES.emptyHost),
		}),
	};
	const builds = [
		{ name: "floor", browser: browsers.floor, banner: false },
		{ name: "banner", browser: browsers.banner, banner: true },
		{ name: "baseline", browser: browsers.baseline, banner: true },
		{ name: "storageRead", browser: browsers.storageRead, banner: false },
		{ name: "emptyHost", browser: browsers.emptyHost, banner: false },
	];
	await quiet();
	const loadAverage = loadavg()[0] ?? 0;
	const small = await rounds(builds, SMALL, LOADS);
	const realistic =
		REALISTIC_LOADS > 0
			? [
					await rounds(builds.slice(0, 2), REALISTIC, REALISTIC_LOADS),
					await rounds(builds.slice(0, 2), REALISTIC, REALISTIC_LOADS),
				]
			: [];

	const renders: number[] = [];
	for (let open = 0; open < POPUP_OPENS + 2; open++) {
		const popup = await browsers.banner.context.newPage();
		await popup.goto(`chrome-extension://${browsers.banner.extensionId}/popup.html`);
		await popup.locator("output.verdict").waitFor();
		const rendered = await popup.evaluate(() => performance.getEntriesByName("checker:first-render")[0]?.startTime);
		if (open >= 2 && rendered !== undefined) renders.push(rendered);
		await popup.close();
	}
	for (const browser of Object.values(browsers)) await browser.close();
	await server.close();
	if (!process.env.BENCH_BASELINE_DIR)
		execFileSync("git", ["worktree", "remove", "--force", join(WORK, "baseline-src")], { cwd: ROOT });

	const get = (results: Map<string, Load[]>, name: string) => results.get(name) ?? [];
	const floor = get(small, "floor");
	const banner = get(small, "banner");
	const old = get(small, "baseline");
	const cpu = paired(banner, floor, "cpu");
	const script = paired(banner, floor, "script");
	const oldCpu = paired(old, floor, "cpu");
	const oldScript = paired(old, floor, "script");
	const references = (["storageRead", "emptyHost"] as const).map((name) => ({
		cpu: paired(get(small, name), floor, "cpu"),
		script: paired(get(small, name), floor, "script"),
	}));
	const size = gzip(join(CHROME_BUILD, "banner.js"));
	const mounted = median(
		banner.flatMap((load) => (load.storageToMounted === undefined ? [] : [load.storageToMounted])),
	);
	const loadRatios = realistic.map(
		(run) => median(get(run, "banner").map((load) => load.load)) / median(get(run, "floor").map((load) => load.load)),
	);
	const popupFiles = [
		...readFileSync(join(CHROME_BUILD, "popup.html"), "utf8").matchAll(
			/<(?:script[^>]*src|link[^>]*rel="modulepreload"[^>]*href)="([^"]+)"/g,
		),
	].map((match) => join(CHROME_BUILD, (match[1] as string).replace(/^\//, "")));
	const popupSize = popupFiles.reduce((sum, file) => sum + gzip(file), 0);

	const rows: [string, string, string, string, boolean][] = [
		["Banner main-thread CPU above the floor, small fixture (paired median)", ms(cpu), ms(oldCpu), "≤ 8 ms", cpu <= 8],
		[
			"Load-blocking script above the floor (ScriptDuration, paired median)",
			ms(script),
			ms(oldScript),
			"≤ 1 ms",
			script <= 1,
		],
		["Content script, gzip -9", kb(size), kb(oldSize), "≤ 6 KB", size <= 6 * 1024],
		...loadRatios.map((ratio, run): [string, string, string, string, boolean] => [
			`Realistic page loadEventEnd, banner / floor, run ${run + 1} (medians, n=${REALISTIC_LOADS})`,
			`${ratio.toFixed(3)}×`,
			"—",
			"≤ 1.03×",
			ratio <= 1.03,
		]),
		["Storage reply → banner mounted (median)", ms(mounted), "—", "≤ 2 ms", mounted <= 2],
		["Popup script at start, gzip -9", kb(popupSize), "—", "≤ 30 KB", popupSize <= 30 * 1024],
		["Popup first render after navigation start (median)", ms(median(renders)), "—", "≤ 50 ms", median(renders) <= 50],
	];
	const chromium = execFileSync("/usr/bin/chromium", ["--version"], { encoding: "utf8" }).trim();
	const report = [
		"# Benchmark results",
		"",
		`Measured by \`npm run bench\` on ${new Date().toISOString().slice(0, 10)}: ${chromium}, headless; ${LOADS} interleaved rounds of the small vendor fixture over five builds (the floor: this build with an empty content script and the same \`matches\`; this build; main before the banner issue, \`${BASELINE_REF}\`, built from git by the bench; two reference scripts, below), and two runs of ${REALISTIC_LOADS} rounds of a realistic vendor-like page (${kb(totalBytes(routes))}: HTML, 4 stylesheets, 7 scripts that do real work, 13 images, 30 ms per response). CPU is \`Performance.getMetrics\` TaskDuration in thread ticks, each figure the median of per-round differences against the floor. 1-min load average at the start: ${loadAverage.toFixed(2)}.`,
		"",
		"| Figure | This build | Before (baseline) | Budget | Met |",
		"|---|---|---|---|---|",
		...rows.map(
			([name, measured, before, budget, met]) =>
				`| ${name} | ${measured} | ${before} | ${budget} | ${met ? "yes" : "**no**"} |`,
		),
		"",
		`Ratios against the baseline: CPU above floor ${(cpu / oldCpu).toFixed(2)}×, load-blocking script ${(script / oldScript).toFixed(2)}×, content script size ${(size / oldSize).toFixed(2)}×.`,
		"",
		"What any banner must spend before it shows a word, measured in the same rounds against the same floor (reference content scripts that show nothing):",
		"",
		"| Reference | CPU above the floor | Script above the floor |",
		"|---|---|---|",
		`| The one storage read (hidden banners, chosen language) | ${ms(references[0]?.cpu ?? 0)} | ${ms(references[0]?.script ?? 0)} |`,
		`| That read, and an empty shadow-root host in the top layer | ${ms(references[1]?.cpu ?? 0)} | ${ms(references[1]?.script ?? 0)} |`,
		"",
	].join("\n");
	writeFileSync(process.env.BENCH_OUT ?? join(ROOT, "bench/results.md"), report);
	console.log(report);
});
