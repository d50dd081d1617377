// @vitest-environment happy-dom
import { afterEach, beforeEach, describe, expect, test, vi } from "vitest";
import { type Guard, guardBanner } from "./banner-guard";

/**
 * The guard's repairs, in happy-dom. It has no layout, so what a person would see is stubbed:
 * every part of the banner in a box at the bottom of the window, and the page's answer to "what
 * is here?". The same attacks in real browsers: e2e/banner-defences.e2e.ts.
 */
const settle = (ms = 0) => new Promise((resolve) => setTimeout(resolve, ms));
const HEALTHY = { x: 0, y: 600, width: 360, height: 40, top: 600, left: 0, right: 360, bottom: 640 };

/**
 * Chromium's occlusion tracking (IntersectionObserver v2), which happy-dom lacks: the test reports
 * what it would find. Other browsers leave `trackVisibility` unset, and the guard does without.
 */
class Occlusion {
	static last: Occlusion | undefined;
	/** Chromium's; a test of what other browsers do leaves it off (and the guard falls back on hit tests). */
	static tracks = false;
	trackVisibility = Occlusion.tracks;
	targets = new Set<Element>();
	constructor(private readonly callback: (entries: object[]) => void) {
		Occlusion.last = this;
	}
	observe(target: Element) {
		this.targets.add(target);
	}
	disconnect() {
		this.targets.clear();
	}
	/** What it finds: something painted over the banner, or not. */
	report(isVisible: boolean) {
		this.callback([...this.targets].map((target) => ({ target, isIntersecting: true, isVisible })));
	}
}

let guard: Guard | undefined;
let host: HTMLElement;
let root: ShadowRoot;
let onTop: () => Element | null;
/** The top layer, as far as the host's popover goes (happy-dom has no popover API). */
let open: boolean;
const ears = { alive: vi.fn(() => true), relisten: vi.fn(), stop: vi.fn() };
const blocked = vi.fn();

function guarded() {
	host = document.createElement("div");
	host.setAttribute("data-wifi-breach-banner", "");
	open = false;
	host.showPopover = vi.fn(() => {
		open = true;
	});
	host.hidePopover = vi.fn(() => {
		open = false;
	});
	const matches = host.matches.bind(host);
	host.matches = ((selector: string) =>
		selector === ":popover-open" ? open : matches(selector)) as typeof host.matches;
	root = host.attachShadow({ mode: "closed" });
	const sheet = new CSSStyleSheet();
	sheet.replaceSync(":host{all:initial}");
	root.adoptedStyleSheets = [sheet];
	root.innerHTML = `<p class="headline">headline</p><button>check</button>`;
	guard = guardBanner(host, root, {
		ears,
		seen: () => [...root.children],
		surfaces: () => [...root.children],
		blocked,
	});
}

/** The zoom the host's own rule takes. */
const hostZoom = () =>
	(root.adoptedStyleSheets[0]?.cssRules[0] as CSSStyleRule | undefined)?.style.getPropertyValue("zoom");

beforeEach(() => {
	vi.restoreAllMocks();
	ears.alive.mockReturnValue(true);
	ears.relisten.mockClear();
	blocked.mockClear();
	window.innerWidth = 360;
	window.innerHeight = 640;
	vi.stubGlobal("IntersectionObserver", Occlusion);
	vi.spyOn(Element.prototype, "getBoundingClientRect").mockReturnValue(HEALTHY as DOMRect);
	onTop = () => host;
	document.elementFromPoint = () => onTop();
	guarded();
});
afterEach(() => {
	guard?.stop();
	host.remove();
	document.documentElement.style.removeProperty("zoom");
	vi.unstubAllGlobals();
});

describe("the host", () => {
	test("is mounted as a child of <html> at once, and goes into the top layer once the page has loaded", async () => {
		expect(host.parentNode).toBe(document.documentElement);
		// Showing a popover forces the page's style and layout: not while it loads.
		expect(host.hasAttribute("popover")).toBe(false);
		expect(open).toBe(false);
		await settle(20);
		expect(host.getAttribute("popover")).toBe("manual");
		expect(open).toBe(true);
	});

	test("loses at once whatever attributes a page adds (inert, hidden, style…) and keeps its own", async () => {
		host.inert = true;
		host.setAttribute("hidden", "until-found");
		host.setAttribute("style", "display:none");
		host.removeAttribute("data-wifi-breach-banner");
		host.setAttribute("popover", "auto");
		await settle();
		expect(host.getAttributeNames().sort()).toEqual(["data-wifi-breach-banner", "popover"]);
		expect(host.getAttribute("popover")).toBe("manual");
		expect(blocked).not.toHaveBeenCalled();
	});

	test("moved into <head> or a page's closed root, is put back in <html>", async () => {
		document.head.append(host);
		await settle(10);
		expect(host.parentNode).toBe(document.documentElement);
		const page = document.body.appendChild(document.createElement("div"));
		page.attachShadow({ mode: "closed" }).append(host);
		await settle(300);
		expect(host.parentNode).toBe(document.documentElement);
		page.remove();
	});

	test("a page that keeps moving it: a few times with backoff, then the toolbar warns and the guard stops", async () => {
		let moves = 0;
		const mover = new MutationObserver(() => {
			if (host.parentNode === document.documentElement) {
				moves++;
				document.head.append(host);
			}
		});
		mover.observe(document.documentElement, { childList: true });
		document.head.append(host);
		await settle(1600);
		mover.disconnect();
		expect(moves).toBe(3);
		expect(blocked).toHaveBeenCalledOnce();
	});

	test("a page that undoes every attribute repair: the toolbar warns, no endless loop", async () => {
		const fighter = new MutationObserver(() => host.hasAttribute("inert") || host.setAttribute("inert", ""));
		fighter.observe(host, { attributes: true });
		host.setAttribute("inert", "");
		await settle(100);
		fighter.disconnect();
		expect(blocked).toHaveBeenCalledOnce();
	});
});

test("document.open() (a new <html>, every listener erased): listens again, remounts, and warns on the toolbar", async () => {
	const old = document.documentElement;
	ears.alive.mockReturnValue(false);
	const fresh = document.createElement("html");
	old.remove();
	document.append(fresh);
	await settle(10);
	expect(ears.relisten).toHaveBeenCalledOnce();
	expect(blocked).toHaveBeenCalledOnce();
	expect(host.parentNode).toBe(fresh);
	fresh.remove();
	document.append(old);
});

describe("judged by what a person sees", () => {
	test("on screen and on top: no warning, and room at the page's end, after <body>, that the page cannot style away", async () => {
		Object.defineProperty(document.documentElement, "scrollHeight", { configurable: true, value: 2000 });
		await settle(200);
		expect(blocked).not.toHaveBeenCalled();
		const space = document.documentElement.lastElementChild as HTMLElement | null;
		expect(space?.localName).toBe("div");
		expect(document.body.compareDocumentPosition(space as Node) & Node.DOCUMENT_POSITION_FOLLOWING).toBeTruthy();
		expect(space?.style.getPropertyPriority("display")).toBe("important");
		expect(space?.style.getPropertyValue("display")).toBe("block");
		// As tall as the banner.
		expect(space?.style.getPropertyValue("height")).toBe("40px");
		guard?.stop();
		expect(space?.isConnected).toBe(false);
		Reflect.deleteProperty(document.documentElement, "scrollHeight");
	});

	test("a page that ends above the banner gets no room: nothing to uncover, no scroll bar for nothing", async () => {
		Object.defineProperty(document.documentElement, "scrollHeight", { configurable: true, value: 500 });
		await settle(200);
		expect(blocked).not.toHaveBeenCalled();
		expect(document.documentElement.lastElementChild).toBe(host);
		Reflect.deleteProperty(document.documentElement, "scrollHeight");
	});

	test("covered by something of the page's that will not go: the toolbar warns", async () => {
		onTop = () => document.body;
		await settle(300);
		expect(blocked).toHaveBeenCalledOnce();
	});

	test("a moment's cover that goes after one repair is no warning", async () => {
		let covered = true;
		onTop = () => {
			const answer = covered ? document.body : host;
			covered = false;
			return answer;
		};
		await settle(300);
		expect(blocked).not.toHaveBeenCalled();
	});

	test("too small to read, or off screen: the toolbar warns", async () => {
		vi.spyOn(Element.prototype, "getBoundingClientRect").mockReturnValue({ ...HEALTHY, height: 5 } as DOMRect);
		await settle(300);
		expect(blocked).toHaveBeenCalledOnce();
	});
});

describe('covers that hit testing passes through (issue "the vendor\'s page, round two")', () => {
	beforeEach(() => {
		guard?.stop();
		host.remove();
		Occlusion.tracks = true;
		guarded();
	});
	afterEach(() => {
		Occlusion.tracks = false;
	});

	test("where occlusion tracking reports what is drawn over it, its checks do without hit tests (cheaper)", async () => {
		const hit = vi.fn(() => host);
		document.elementFromPoint = hit;
		guard?.soon();
		await settle(200);
		expect(hit).not.toHaveBeenCalled();
		expect(blocked).not.toHaveBeenCalled();
	});

	test("occlusion tracking finds something painted over it: a click does not act, and the banner is raised above it", async () => {
		await settle(50);
		expect(guard?.clear()).toBe(true);
		Occlusion.last?.report(false);
		expect(guard?.clear()).toBe(false);
		await settle(100);
		expect(host.hidePopover).toHaveBeenCalledOnce();
		expect(open).toBe(true);
		// Asked afresh after the raise; until it says otherwise, the banner is seen.
		expect(Occlusion.last?.targets.size).toBe(2);
		expect(guard?.clear()).toBe(true);
		expect(blocked).not.toHaveBeenCalled();
	});

	test("a page that paints its look-alike over it again after every raise: the toolbar warns, the fight stops", async () => {
		await settle(50);
		for (let round = 0; round < 14; round++) {
			Occlusion.last?.report(false);
			await settle(80);
		}
		expect(blocked).toHaveBeenCalledOnce();
		expect(guard?.clear()).toBe(false);
		const raises = vi.mocked(host.hidePopover).mock.calls.length;
		Occlusion.last?.report(false);
		await settle(100);
		expect(vi.mocked(host.hidePopover).mock.calls.length).toBe(raises);
	});

	test("a page's element that enters the top layer after it, over its box: raised above it, no click acts meanwhile", async () => {
		await settle(50);
		const theirs = document.body.appendChild(document.createElement("div"));
		theirs.matches = ((selector: string) => selector.includes(":popover-open")) as typeof theirs.matches;
		const toggle = new Event("toggle");
		Object.assign(toggle, { newState: "open" });
		Object.defineProperty(toggle, "target", { value: theirs });
		guard?.toggled(toggle);
		expect(guard?.clear()).toBe(false);
		await settle(100);
		expect(host.hidePopover).toHaveBeenCalledOnce();
		expect(guard?.clear()).toBe(true);
		expect(blocked).not.toHaveBeenCalled();
		theirs.remove();
	});
});

test("a page that closes the banner's popover: it is shown again at once, no warning", async () => {
	await settle(50);
	host.hidePopover();
	const toggle = new Event("toggle");
	Object.assign(toggle, { newState: "closed" });
	Object.defineProperty(toggle, "target", { value: host });
	guard?.toggled(toggle);
	await settle(200);
	expect(open).toBe(true);
	expect(blocked).not.toHaveBeenCalled();
});

describe("zoom: the page's is undone, a phone's shrink made up for, a person's own left alone", () => {
	test("a page's zoom on <html>, once: undone on the host, no warning", async () => {
		document.documentElement.style.zoom = "0.05";
		await settle(200);
		expect(hostZoom()).toBe("20");
		expect(blocked).not.toHaveBeenCalled();
	});

	test("a page that shrinks <html> again each time the host is back at full size: the toolbar warns", async () => {
		await settle(50);
		let zoom = 1;
		for (let round = 0; round < 10 && blocked.mock.calls.length === 0; round++) {
			zoom *= 0.2;
			document.documentElement.style.zoom = String(zoom);
			guard?.soon();
			await settle(60);
		}
		expect(blocked).toHaveBeenCalledOnce();
	});

	test("a phone drawing the page shrunk (a desktop viewport): the host takes the inverse; a person pinching costs no repair", async () => {
		guard?.stop();
		host.remove();
		const viewport = Object.assign(new EventTarget(), { scale: 0.25 });
		vi.stubGlobal("visualViewport", viewport);
		// The page is laid out 1 / scale times wider than the phone, and the host, zoomed, as wide.
		const shrunk = () => 1 / Math.min(1, viewport.scale);
		vi.spyOn(Element.prototype, "getBoundingClientRect").mockImplementation(
			() => ({ x: 0, y: 600 * shrunk(), width: 360 * shrunk(), height: 40 * shrunk() }) as DOMRect,
		);
		Object.defineProperties(window, {
			innerWidth: { configurable: true, get: () => 360 * shrunk() },
			innerHeight: { configurable: true, get: () => 640 * shrunk() },
		});
		guarded();
		await settle(200);
		expect(hostZoom()).toBe("4");
		for (const scale of [0.3, 0.4, 0.5, 0.6, 0.7, 0.8, 0.9, 1, 1.5, 2, 0.5, 0.6, 0.7, 0.8]) {
			viewport.scale = scale;
			viewport.dispatchEvent(new Event("resize"));
			await settle(60);
		}
		expect(hostZoom()).toBe(String(1 / 0.8));
		viewport.scale = 3;
		viewport.dispatchEvent(new Event("resize"));
		await settle(60);
		// Zoomed in by the person: the banner grows with the page, as everything else does.
		expect(hostZoom()).toBe("1");
		expect(blocked).not.toHaveBeenCalled();
		Object.defineProperties(window, {
			innerWidth: { configurable: true, writable: true, value: 360 },
			innerHeight: { configurable: true, writable: true, value: 640 },
		});
	});
});

test("given up, no click acts: the warning is on the toolbar", async () => {
	onTop = () => document.body;
	await settle(300);
	expect(blocked).toHaveBeenCalledOnce();
	expect(guard?.clear()).toBe(false);
});
