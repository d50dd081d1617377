import type { Chromium } from "../support/chromium";

/**
 * Synchronous style and layout a content script forces on the page before `load` (issue 24, item
 * 3: budget 0), read from a DevTools trace: the style recalculations and layouts whose stack
 * (recorded only when script forced them) starts in the extension's script, before the load event
 * of the frame that script runs in. The lifecycle's own style and layout carry no stack.
 */
interface TraceEvent {
	name: string;
	ts: number;
	dur?: number;
	args?: {
		data?: { url?: string; frame?: string };
		beginData?: { stackTrace?: { url?: string }[]; frame?: string };
	};
}

const CATEGORIES = [
	"devtools.timeline",
	"disabled-by-default-devtools.timeline",
	"disabled-by-default-devtools.timeline.stack",
	"v8.execute",
	"loading",
];

export interface Forced {
	/** How many style recalculations and layouts the extension's script forced before load. */
	count: number;
	/** How long they took, ms. */
	ms: number;
}

export async function forcedBeforeLoad(browser: Chromium, url: string): Promise<Forced> {
	const page = await browser.context.newPage();
	const cdp = await browser.context.newCDPSession(page);
	const events: TraceEvent[] = [];
	cdp.on("Tracing.dataCollected", (chunk) => {
		events.push(...(chunk.value as unknown as TraceEvent[]));
	});
	const complete = new Promise((resolve) => cdp.once("Tracing.tracingComplete", resolve));
	await cdp.send("Tracing.start", {
		traceConfig: { includedCategories: CATEGORIES },
		transferMode: "ReportEvents",
	} as never);
	await page.goto(url, { waitUntil: "load" });
	await page.waitForTimeout(300);
	await cdp.send("Tracing.end");
	await complete;
	await page.close();
	const script = `chrome-extension://${browser.extensionId}/`;
	const frame = events.find((event) => event.name === "EvaluateScript" && event.args?.data?.url?.startsWith(script))
		?.args?.data?.frame;
	const load = events.find((event) => event.name === "MarkLoad" && event.args?.data?.frame === frame)?.ts;
	if (frame === undefined || load === undefined) return { count: 0, ms: 0 };
	const forced = events.filter(
		(event) =>
			(event.name === "Layout" || event.name === "UpdateLayoutTree") &&
			event.ts < load &&
			(event.args?.beginData?.stackTrace ?? []).some((callFrame) => callFrame.url?.startsWith(script)),
	);
	return { count: forced.length, ms: forced.reduce((sum, event) => sum + (event.dur ?? 0), 0) / 1000 };
}
