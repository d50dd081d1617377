import { cpSync, readFileSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import { type BrowserContext, type CDPSession, chromium, type Page, type Worker } from "playwright-core";
import WebSocket from "ws";
import { Banner } from "./banner";
import { CHROME_BUILD, freshDir } from "./paths";

/** The extension API inside the service worker, where these helpers evaluate code. */
declare const chrome: {
	tabs: { query(filter: object): Promise<{ id?: number }[]> };
	action: {
		getBadgeText(details: { tabId: number }): Promise<string>;
		getTitle(details: { tabId: number }): Promise<string>;
		getPopup(details: { tabId: number }): Promise<string>;
	};
	storage: {
		local: {
			get(keys: null): Promise<Record<string, unknown>>;
			set(items: object): Promise<void>;
			clear(): Promise<void>;
		};
	};
};

/** The flags measured to keep Debian's Chromium quiet here (shared/notes/browser-testing.md). */
const QUIET = [
	"--no-sandbox",
	"--disable-gpu",
	"--disable-quic",
	"--no-first-run",
	"--disable-background-networking",
	"--disable-component-update",
	"--disable-sync",
];

export interface Chromium {
	context: BrowserContext;
	/** Undefined when launched without the extension (the benchmark's baseline). */
	extensionId: string | undefined;
	serviceWorker: Worker | undefined;
	userDataDir: string;
	netLogPath: string;
	close(): Promise<void>;
}

export interface LaunchOptions {
	proxyPort: number;
	extension?: boolean;
	locale?: string;
	/** Also open a DevTools port, for the network monitor. */
	debuggingPort?: boolean;
	/** Another unpacked build to load (the network self-test's probe copy). */
	extensionDir?: string;
	/** A profile to open again (a browser restart); a fresh one otherwise. */
	userDataDir?: string;
	/** Keep pages in the back/forward cache, as Chromium does for people (Playwright turns it off). */
	backForwardCache?: boolean;
}

export async function launchChromium({
	proxyPort,
	extension = true,
	locale = "ja-JP",
	debuggingPort = false,
	extensionDir = CHROME_BUILD,
	userDataDir = freshDir("chromium"),
	backForwardCache = false,
}: LaunchOptions): Promise<Chromium> {
	const netLogPath = join(userDataDir, "netlog.json");
	const args = [
		...QUIET,
		// Everything goes to the fixture server, which is also the egress trap; names resolve nowhere.
		`--proxy-server=http://127.0.0.1:${proxyPort}`,
		"--proxy-bypass-list=<-loopback>",
		"--host-resolver-rules=MAP * ~NOTFOUND, EXCLUDE localhost, EXCLUDE 127.0.0.1",
		"--force-webrtc-ip-handling-policy=disable_non_proxied_udp",
		`--log-net-log=${netLogPath}`,
		"--net-log-capture-mode=IncludeSensitive",
		...(debuggingPort ? ["--remote-debugging-port=0"] : []),
		...(extension ? [`--disable-extensions-except=${extensionDir}`, `--load-extension=${extensionDir}`] : []),
	];
	const context = await chromium.launchPersistentContext(userDataDir, {
		executablePath: "/usr/bin/chromium",
		headless: true,
		locale,
		args,
		ignoreDefaultArgs: [
			...(extension ? ["--disable-extensions"] : []),
			...(backForwardCache ? ["--disable-back-forward-cache"] : []),
		],
		viewport: { width: 1200, height: 800 },
	});
	let serviceWorker: Worker | undefined;
	let extensionId: string | undefined;
	if (extension) {
		// The id depends on the folder the build is in: read it, never assume it.
		serviceWorker = context.serviceWorkers()[0] ?? (await context.waitForEvent("serviceworker"));
		extensionId = new URL(serviceWorker.url()).host;
	}
	return { context, extensionId, serviceWorker, userDataDir, netLogPath, close: () => context.close() };
}

/** The extension's service worker, woken again if Chromium stopped it while idle. */
export async function serviceWorkerOf(browser: Chromium): Promise<Worker> {
	const running = browser.context.serviceWorkers()[0];
	if (running) return running;
	const page = await browser.context.newPage();
	await page.goto(`chrome-extension://${browser.extensionId}/popup.html`);
	const worker = browser.context.serviceWorkers()[0] ?? (await browser.context.waitForEvent("serviceworker"));
	await page.close();
	return worker;
}

export async function storageOf(browser: Chromium): Promise<Record<string, unknown>> {
	const worker = await serviceWorkerOf(browser);
	return worker.evaluate(() => chrome.storage.local.get(null));
}

export async function setStorage(browser: Chromium, values: Record<string, unknown>): Promise<void> {
	const worker = await serviceWorkerOf(browser);
	await worker.evaluate((items) => chrome.storage.local.set(items), values);
}

/** The ids of every open tab, as the extension sees them; the newest tab has the largest. */
export async function tabIds(browser: Chromium): Promise<number[]> {
	const worker = await serviceWorkerOf(browser);
	return worker.evaluate(async () => (await chrome.tabs.query({})).map((tab) => tab.id as number));
}

/** The toolbar badge the extension set for a tab ("!" where a page keeps the banner from being seen). */
export async function badgeOf(browser: Chromium, tabId: number): Promise<string> {
	const worker = await serviceWorkerOf(browser);
	return worker.evaluate((id) => chrome.action.getBadgeText({ tabId: id }), tabId);
}

/** The toolbar button as it is for a tab: its tooltip, and the popup it opens (with its address fragment). */
export async function toolbarOf(browser: Chromium, tabId: number): Promise<{ title: string; popup: string }> {
	const worker = await serviceWorkerOf(browser);
	return worker.evaluate(
		async (id) => ({
			title: await chrome.action.getTitle({ tabId: id }),
			popup: await chrome.action.getPopup({ tabId: id }),
		}),
		tabId,
	);
}

/** A new tab, and its id as the extension knows it. */
export async function newTab(browser: Chromium): Promise<{ page: Page; tabId: number }> {
	const page = await browser.context.newPage();
	return { page, tabId: Math.max(...(await tabIds(browser))) };
}

export async function clearStorage(browser: Chromium): Promise<void> {
	const worker = await serviceWorkerOf(browser);
	await worker.evaluate(() => chrome.storage.local.clear());
}

/** The banner on a page, read through DevTools and used with the mouse (support/banner.ts). */
export function bannerOf(page: Page): Banner {
	return new Banner({
		inRoot: (fn, arg) => inBannerRoot(page, fn, arg),
		click: (x, y) => page.mouse.click(x, y),
		screenshot: (box) => page.screenshot({ clip: box }),
		pause: (ms) => page.waitForTimeout(ms),
	});
}

const sessions = new WeakMap<Page, Promise<CDPSession>>();
function devTools(page: Page): Promise<CDPSession> {
	let session = sessions.get(page);
	if (!session) {
		session = page.context().newCDPSession(page);
		sessions.set(page, session);
	}
	return session;
}

/**
 * DevTools' way into the closed root: the host's node described with `pierce` gives its shadow
 * root, which is resolved into an isolated world of the test's (page scripts cannot patch what
 * runs there) and handed to `fn`. Arguments and results travel as JSON.
 */
async function inBannerRoot<T, A>(
	page: Page,
	fn: (root: ShadowRoot, arg: A) => T | Promise<T>,
	arg?: A,
	world: "isolated" | "main" = "isolated",
): Promise<T | undefined> {
	const cdp = await devTools(page);
	let contextId: number | undefined;
	if (world === "isolated") {
		const { frameTree } = await cdp.send("Page.getFrameTree");
		({ executionContextId: contextId } = await cdp.send("Page.createIsolatedWorld", {
			frameId: frameTree.frame.id,
			worldName: "banner-probe",
		}));
	}
	const { result: host } = await cdp.send("Runtime.evaluate", {
		expression: 'document.querySelector("[data-wifi-breach-banner]")',
		...(contextId !== undefined && { contextId }),
	});
	if (!host.objectId) return undefined;
	const { node } = await cdp.send("DOM.describeNode", { objectId: host.objectId, depth: 1, pierce: true });
	const shadow = node.shadowRoots?.[0];
	if (!shadow) return undefined;
	const { object } = await cdp.send("DOM.resolveNode", {
		backendNodeId: shadow.backendNodeId,
		...(contextId !== undefined && { executionContextId: contextId }),
	});
	const { result, exceptionDetails } = await cdp.send("Runtime.callFunctionOn", {
		objectId: object.objectId as string,
		functionDeclaration: `async function (arg) { return JSON.stringify(await (${fn})(this, JSON.parse(arg))) ?? "null"; }`,
		arguments: [{ value: JSON.stringify(arg ?? null) }],
		returnByValue: true,
		awaitPromise: true,
	});
	if (exceptionDetails)
		throw new Error(`in the banner: ${exceptionDetails.exception?.description ?? exceptionDetails.text}`);
	return JSON.parse(result.value as string) as T;
}

/**
 * Lets axe-core (which walks `element.shadowRoot`) see into the closed root, as DevTools shows it:
 * the root is handed to the page's world and set as the host's `shadowRoot`. Only for an axe run
 * at the end of a test: the page could use it from then on.
 */
export async function showRootToAxe(page: Page): Promise<void> {
	await inBannerRoot(
		page,
		(root) => {
			Object.defineProperty(root.host, "shadowRoot", { configurable: true, get: () => root });
			return true;
		},
		null,
		"main",
	);
}

/** Every name in the page's accessibility tree, as a screen reader gets it (DevTools' Accessibility domain). */
export async function accessibleNames(page: Page): Promise<string[]> {
	const cdp = await devTools(page);
	const { nodes } = (await cdp.send("Accessibility.getFullAXTree")) as {
		nodes: { ignored?: boolean; name?: { value?: string } }[];
	};
	return nodes.filter((node) => !node.ignored && node.name?.value).map((node) => node.name?.value as string);
}

/** How many banner hosts the page has right now. */
export function bannerCount(page: Page): Promise<number> {
	return page.evaluate(() => document.querySelectorAll("[data-wifi-breach-banner]").length);
}

/** Every request each DevTools target makes, with the script frames that started it. */
export interface ObservedRequest {
	url: string;
	targetType: string;
	targetUrl: string;
	/** The document the request was made for, as the browser reports it with the request. */
	documentUrl: string;
	initiatorUrls: string[];
}

/**
 * A browser-level DevTools monitor: auto-attaches to every target (pages, extension pages, the
 * service worker, frames) and records every request with its initiator stack; Playwright's
 * context-wide request events are recorded alongside.
 */
export async function monitorNetwork(browser: Chromium): Promise<{
	requests: ObservedRequest[];
	evaluateInContentScript: (pageUrlPart: string, expression: string) => Promise<void>;
	close: () => void;
}> {
	const [port, path] = readFileSync(join(browser.userDataDir, "DevToolsActivePort"), "utf8").trim().split("\n");
	const socket = new WebSocket(`ws://127.0.0.1:${port}${path}`);
	await new Promise((resolve, reject) => {
		socket.once("open", resolve);
		socket.once("error", reject);
	});
	let nextId = 1;
	const pending = new Map<number, (result: unknown) => void>();
	const send = (method: string, params: object = {}, sessionId?: string) =>
		new Promise<unknown>((resolve) => {
			const id = nextId++;
			pending.set(id, resolve);
			socket.send(JSON.stringify({ id, method, params, ...(sessionId && { sessionId }) }));
		});
	const targets = new Map<string, { targetId: string; type: string; url: string }>();
	const isolatedWorlds: { sessionId: string; contextId: number }[] = [];
	const requests: ObservedRequest[] = [];
	socket.on("message", (raw) => {
		const message = JSON.parse(String(raw));
		if (message.id && pending.has(message.id)) {
			pending.get(message.id)?.(message.result);
			pending.delete(message.id);
			return;
		}
		if (message.method === "Target.attachedToTarget") {
			const { sessionId, targetInfo } = message.params;
			targets.set(sessionId, { targetId: targetInfo.targetId, type: targetInfo.type, url: targetInfo.url });
			void send("Network.enable", {}, sessionId);
			if (targetInfo.type === "page" || targetInfo.type === "iframe") void send("Runtime.enable", {}, sessionId);
			void send("Target.setAutoAttach", { autoAttach: true, waitForDebuggerOnStart: false, flatten: true }, sessionId);
			void send("Runtime.runIfWaitingForDebugger", {}, sessionId);
		}
		if (message.method === "Target.targetInfoChanged") {
			const info = message.params.targetInfo;
			for (const target of targets.values()) if (target.targetId === info.targetId) target.url = info.url;
		}
		if (message.method === "Runtime.executionContextCreated") {
			const context = message.params.context;
			if (
				context.auxData?.type === "isolated" &&
				String(context.origin).startsWith(`chrome-extension://${browser.extensionId}`) &&
				context.name !== "__playwright_utility_world__"
			) {
				isolatedWorlds.push({ sessionId: message.sessionId, contextId: context.id });
			}
		}
		if (message.method === "Network.requestWillBeSent") {
			const target = targets.get(message.sessionId) ?? { type: "browser", url: "" };
			const frames: string[] = [];
			let stack = message.params.initiator?.stack;
			while (stack) {
				for (const frame of stack.callFrames ?? []) frames.push(frame.url);
				stack = stack.parent;
			}
			if (message.params.initiator?.url) frames.push(message.params.initiator.url);
			requests.push({
				url: message.params.request.url,
				targetType: target.type,
				targetUrl: target.url,
				documentUrl: message.params.documentURL ?? "",
				initiatorUrls: frames,
			});
		}
	});
	// Playwright's own per-page view too: a page whose DevTools session was swapped during a
	// cross-process navigation (about:blank → extension page) is still seen here.
	browser.context.on("request", (request) => {
		let frameUrl = "";
		try {
			frameUrl = request.frame().url();
		} catch {
			frameUrl = request.serviceWorker()?.url() ?? "";
		}
		requests.push({
			url: request.url(),
			targetType: request.serviceWorker() ? "service_worker" : "page",
			targetUrl: frameUrl,
			documentUrl: frameUrl,
			initiatorUrls: [],
		});
	});
	await send("Target.setDiscoverTargets", { discover: true });
	await send("Target.setAutoAttach", { autoAttach: true, waitForDebuggerOnStart: false, flatten: true });
	return {
		requests,
		async evaluateInContentScript(pageUrlPart, expression) {
			// The world's creation event can trail the page: wait for it rather than race it.
			for (let tries = 0; tries < 50; tries++) {
				const world = isolatedWorlds.findLast((candidate) =>
					targets.get(candidate.sessionId)?.url.includes(pageUrlPart),
				);
				if (world) {
					await send(
						"Runtime.evaluate",
						{ expression, contextId: world.contextId, awaitPromise: true },
						world.sessionId,
					);
					return;
				}
				await new Promise((resolve) => setTimeout(resolve, 100));
			}
			throw new Error(`no content-script world on ${pageUrlPart}`);
		},
		close: () => socket.close(),
	};
}

/** A request made by the extension itself, by any of its contexts, to anything but itself. */
export function leavesExtension(request: ObservedRequest, extensionId: string): boolean {
	const origin = `chrome-extension://${extensionId}`;
	const fromExtension =
		request.targetUrl.startsWith(origin) ||
		request.documentUrl.startsWith(origin) ||
		request.initiatorUrls.some((url) => url.startsWith(origin));
	return fromExtension && !request.url.startsWith(origin) && !request.url.startsWith("data:");
}

/** NetLog requests whose initiator or isolation key is the extension, to anything but itself. */
export function netLogExtensionRequests(netLogPath: string, extensionId: string): string[] {
	const log = JSON.parse(readFileSync(netLogPath, "utf8"));
	const types: Record<string, number> = log.constants.logEventTypes;
	const start = types.URL_REQUEST_START_JOB;
	const origin = `chrome-extension://${extensionId}`;
	const found: string[] = [];
	for (const event of log.events as { type: number; params?: Record<string, string> }[]) {
		if (event.type !== start || !event.params) continue;
		const { url = "", initiator = "", network_isolation_key: key = "" } = event.params;
		const byExtension = initiator.startsWith(origin) || String(key).includes(origin);
		if (byExtension && !url.startsWith(origin) && !url.startsWith("data:")) found.push(url);
	}
	return found;
}

/** Every NetLog request start, with its initiator, for attributing the browser's own traffic. */
export function netLogRequests(netLogPath: string): { url: string; initiator: string }[] {
	const log = JSON.parse(readFileSync(netLogPath, "utf8"));
	const start = log.constants.logEventTypes.URL_REQUEST_START_JOB;
	return (log.events as { type: number; params?: Record<string, string> }[])
		.filter((event) => event.type === start && event.params)
		.map((event) => ({ url: event.params?.url ?? "", initiator: event.params?.initiator ?? "" }));
}

/**
 * A copy of the build without its extension-page CSP. The real build cannot connect anywhere, so
 * the detectors' self-test needs this copy to make deliberate requests that they must catch.
 */
export function buildWithoutCsp(): string {
	const dir = freshDir("probe-build");
	cpSync(CHROME_BUILD, dir, { recursive: true });
	const manifestPath = join(dir, "manifest.json");
	const manifest = JSON.parse(readFileSync(manifestPath, "utf8"));
	delete manifest.content_security_policy;
	writeFileSync(manifestPath, JSON.stringify(manifest));
	return dir;
}
