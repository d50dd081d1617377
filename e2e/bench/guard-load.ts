import type { CDPSession, Page } from "playwright-core";
import { TOOLBAR } from "../../lib/banner/toolbar";
import { badgeOf, type Chromium, newTab } from "../support/chromium";
import type { ExtraRoute } from "../support/fixture-server";

/**
 * What the guard costs once the page has loaded (issue 24, items 3 and 4): on a page that does not
 * touch it, and on pages that attack it or keep the main thread busy — each measured over a
 * window of seconds, as main-thread CPU (TaskDuration in thread ticks) against the floor build on
 * the same page, with a person's clicks on the page during the window (input → the next frame,
 * against the page's own, with the floor) and the toolbar's word at the end.
 */
export const WINDOW_MS = Number(process.env.BENCH_WINDOW_MS ?? 10_000);
/** One core over the window, for "≤ 5 % of one core". */
export const CORE_SHARE_BUDGET = 0.05;
/** A frame at 60 Hz: the input budget is the page's own latency plus one frame. */
export const FRAME_MS = 1000 / 60;

const page = (title: string, script: string) => ({
	type: "text/html; charset=utf-8",
	body: `<!doctype html><html lang="ja"><head><meta charset="utf-8"><meta name="viewport" content="width=device-width, initial-scale=1"><title>${title}</title><style>body{font-family:sans-serif;margin:0}header{background:#036;color:#fff;padding:12px}main{padding:16px}.grid span{display:inline-block;width:40px}</style></head><body><header>海外Wi-Fiレンタル</header><main><h1>${title}</h1><div class="grid"></div></main><script>${script}</script></body></html>`,
});

/** The banner's host as a page finds it (never what is inside its closed root). */
const HOST = "document.querySelector('[data-wifi-breach-banner]')";

/**
 * The pages under attack: one that hides the banner again every frame; one that makes 2,000
 * mutations unrelated to it every frame; one that opens and closes a popover of its own every
 * frame (at the top, not over the banner).
 */
export const GUARD_PAGES = {
	"re-hides it every frame": {
		path: "/bench/re-hide",
		route: page(
			"re-hide",
			`(function frame(){const h=${HOST};if(h){h.setAttribute('hidden','');try{h.hidePopover()}catch(e){}}requestAnimationFrame(frame)})()`,
		),
	},
	"2,000 unrelated mutations per frame": {
		path: "/bench/mutations",
		route: page(
			"mutations",
			"const g=document.querySelector('.grid');for(let i=0;i<2000;i++)g.append(document.createElement('span'));let n=0;(function frame(){n++;for(const s of g.children)s.textContent=n%10;requestAnimationFrame(frame)})()",
		),
	},
	"toggles a popover of its own every frame": {
		path: "/bench/popovers",
		route: page(
			"popovers",
			"const p=document.createElement('div');p.popover='manual';p.textContent='menu';p.style.cssText='position:fixed;inset:8px auto auto 8px;margin:0;width:120px;height:40px';document.body.append(p);(function frame(){p.togglePopover();requestAnimationFrame(frame)})()",
		),
	},
} as const;
export type GuardPage = keyof typeof GUARD_PAGES;

export const guardRoutes = (): Record<string, ExtraRoute> =>
	Object.fromEntries(Object.values(GUARD_PAGES).map(({ path, route }) => [path, route]));

/** In the page's own world, before its scripts: the delay from each pointerdown to the next frame. */
const LATENCY_PROBE = `window.__latencies=[];addEventListener('pointerdown',(e)=>{const t=e.timeStamp;requestAnimationFrame(()=>window.__latencies.push(performance.now()-t))},true);`;

export interface Window {
	/** Main-thread CPU over the window, ms. */
	cpu: number;
	/**
	 * The content script's own main-thread time over the window, ms, from a DevTools trace: its
	 * script (outermost calls into it, with whatever style and layout they force) and the
	 * intersection computations of its occlusion tracking (the bench pages observe nothing themselves).
	 */
	attributed: number;
	/** Median delay from a person's click to the next frame, ms. */
	latency: number;
	/** The toolbar badge for the tab at the end of the window. */
	badge: string;
}

const median = (values: readonly number[]) => {
	const sorted = [...values].sort((a, b) => a - b);
	return sorted.length === 0 ? 0 : (sorted[Math.floor(sorted.length / 2)] as number);
};

async function taskDuration(cdp: CDPSession): Promise<number> {
	const { metrics } = (await cdp.send("Performance.getMetrics")) as { metrics: { name: string; value: number }[] };
	return (metrics.find((metric) => metric.name === "TaskDuration")?.value ?? 0) * 1000;
}

/**
 * One window on one page: load, a second to settle (the guard's first check, or its giving up),
 * then `WINDOW_MS` with a person's click on the page (away from the banner) every second.
 */
export async function measureWindow(browser: Chromium, url: string, extension: boolean): Promise<Window> {
	let tabId: number | undefined;
	let tab: Page;
	if (extension) ({ page: tab, tabId } = await newTab(browser));
	else tab = await browser.context.newPage();
	await tab.addInitScript(LATENCY_PROBE);
	const cdp = await browser.context.newCDPSession(tab);
	await cdp.send("Performance.enable", { timeDomain: "threadTicks" });
	await tab.goto(url, { waitUntil: "load" });
	await tab.waitForTimeout(1000);
	const events: TraceEvent[] = [];
	cdp.on("Tracing.dataCollected", (chunk) => {
		for (const event of chunk.value as unknown as TraceEvent[])
			if (event.ph === "X" && (event.name === INTERSECTIONS || event.args?.data?.url)) events.push(event);
	});
	const traced = new Promise((resolve) => cdp.once("Tracing.tracingComplete", resolve));
	await cdp.send("Tracing.start", {
		traceConfig: { includedCategories: ["devtools.timeline"] },
		transferMode: "ReportEvents",
	} as never);
	const before = await taskDuration(cdp);
	const clicks = Math.max(1, Math.floor(WINDOW_MS / 1000));
	for (let click = 0; click < clicks; click++) {
		await tab.waitForTimeout(WINDOW_MS / clicks - 20);
		await tab.mouse.click(30, 30);
	}
	const cpu = (await taskDuration(cdp)) - before;
	await cdp.send("Tracing.end");
	await traced;
	const attributed = attributedTime(events, `chrome-extension://${browser.extensionId}/`);
	const latency = median(await tab.evaluate(() => (window as unknown as { __latencies: number[] }).__latencies));
	const badge = tabId === undefined ? "" : await badgeOf(browser, tabId);
	await tab.close();
	return { cpu, attributed, latency, badge };
}

const INTERSECTIONS = "IntersectionObserverController::computeIntersections";

interface TraceEvent {
	name: string;
	ph: string;
	ts: number;
	dur?: number;
	tdur?: number;
	tid: number;
	args?: { data?: { url?: string } };
}

/** Thread time of the outermost calls into the script, and of the intersection computations, ms. */
function attributedTime(events: readonly TraceEvent[], script: string): number {
	const ours = events
		.filter((event) => event.name === INTERSECTIONS || event.args?.data?.url?.startsWith(script))
		.sort((a, b) => a.ts - b.ts);
	let total = 0;
	const ends = new Map<number, number>();
	for (const event of ours) {
		// A call nested in one already counted (on the same thread) is part of it.
		if (event.ts < (ends.get(event.tid) ?? 0)) continue;
		ends.set(event.tid, event.ts + (event.dur ?? 0));
		total += event.tdur ?? event.dur ?? 0;
	}
	return total / 1000;
}

/** In words, for the report: what the toolbar said at the end of the window. */
export function badgeWords(badge: string): string {
	if (badge === TOOLBAR.blocked.text) return `gave up, the toolbar warns ("${badge}")`;
	if (badge === TOOLBAR.shown.text) return `banner kept ("${badge}")`;
	return badge === "" ? "no badge" : `"${badge}"`;
}
