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

let guard: Guard | undefined;
let host: HTMLElement;
let onTop: () => Element | null;
const ears = { alive: vi.fn(() => true), relisten: vi.fn(), stop: vi.fn() };
const blocked = vi.fn();

beforeEach(() => {
	vi.restoreAllMocks();
	ears.alive.mockReturnValue(true);
	ears.relisten.mockClear();
	blocked.mockClear();
	window.innerWidth = 360;
	window.innerHeight = 640;
	vi.spyOn(Element.prototype, "getBoundingClientRect").mockReturnValue(HEALTHY as DOMRect);
	onTop = () => host;
	document.elementFromPoint = () => onTop();
	host = document.createElement("wifi-breach-banner");
	host.setAttribute("data-wifi-breach-banner", "");
	const root = host.attachShadow({ mode: "closed" });
	root.innerHTML = `<p class="headline">headline</p><button>check</button>`;
	guard = guardBanner(host, root, { ears, seen: () => [...root.children], blocked });
});
afterEach(() => {
	guard?.stop();
	host.remove();
});

describe("the host", () => {
	test("is mounted as a child of <html>, as a manual popover", () => {
		expect(host.parentNode).toBe(document.documentElement);
		expect(host.getAttribute("popover")).toBe("manual");
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
