// @vitest-environment happy-dom
import { afterEach, describe, expect, test, vi } from "vitest";
import { type Ears, listenFirst } from "./banner-input";

/**
 * A browser retargets an event from inside a closed root to its host, and only the browser makes
 * trusted events. happy-dom does neither, so a person's keyboard click is made here as the window
 * sees it: trusted, aimed at the host, for the focused button (detail 0). Real pointer clicks,
 * resolved by where they land, are tested in both browsers (e2e/banner-defences.e2e.ts).
 */
function personClick(host: HTMLElement, type = "click", init: MouseEventInit & KeyboardEventInit = {}) {
	const event = type.startsWith("key")
		? new KeyboardEvent(type, { bubbles: true, composed: true, ...init })
		: new MouseEvent(type, { bubbles: true, composed: true, detail: 0, ...init });
	Object.defineProperty(event, "isTrusted", { value: true });
	host.dispatchEvent(event);
}

let ears: Ears | undefined;
let host: HTMLElement;
afterEach(() => {
	ears?.stop();
	host?.remove();
});

function banner() {
	host = document.createElement("div");
	document.documentElement.append(host);
	const root = host.attachShadow({ mode: "closed" });
	root.innerHTML = `<button data-action="check">check</button><button data-action="details">details</button>`;
	const on = { act: vi.fn(), news: vi.fn() };
	ears = listenFirst(host, root, on);
	const button = (action: string) => root.querySelector(`[data-action="${action}"]`) as HTMLButtonElement;
	return { root, on, button };
}

describe("only a person is heard", () => {
	test("a person's click on a focused button does what it names", () => {
		const { on, button } = banner();
		button("details").focus();
		personClick(host);
		expect(on.act).toHaveBeenCalledWith("details");
	});

	test("a page script's click(), or an event it dispatches at the host, does nothing", () => {
		const { on, button } = banner();
		button("check").focus();
		button("check").click();
		host.dispatchEvent(new MouseEvent("click", { bubbles: true, composed: true }));
		host.dispatchEvent(new KeyboardEvent("keydown", { key: "Escape", bubbles: true, composed: true }));
		expect(on.act).not.toHaveBeenCalled();
	});

	test("Escape from inside the banner", () => {
		const { on } = banner();
		personClick(host, "keydown", { key: "Escape" });
		expect(on.act).toHaveBeenCalledWith("escape");
	});

	test("what a person does in the banner goes no further: the page's own listeners never hear it", () => {
		const { button } = banner();
		const page = vi.fn();
		window.addEventListener("click", page, true);
		window.addEventListener("pointerdown", page, true);
		button("check").focus();
		personClick(host);
		personClick(host, "pointerdown");
		expect(page).not.toHaveBeenCalled();
		// Its own events are the page's business.
		host.dispatchEvent(new MouseEvent("click", { bubbles: true }));
		expect(page).toHaveBeenCalledTimes(1);
		window.removeEventListener("click", page, true);
		window.removeEventListener("pointerdown", page, true);
	});

	test("Enter's keypress (where the browser makes its click) goes no further either: the page cannot cancel it", () => {
		const { button } = banner();
		const page = vi.fn((event: Event) => event.preventDefault());
		window.addEventListener("keypress", page, true);
		button("details").focus();
		personClick(host, "keypress", { key: "Enter" });
		expect(page).not.toHaveBeenCalled();
		window.removeEventListener("keypress", page, true);
	});

	test("the browser's toggles anywhere (the top layer) and pageshow are passed on as news; a page's own are not", () => {
		const { on } = banner();
		const trusted = (target: EventTarget, type: string) => {
			const event = new Event(type);
			Object.defineProperty(event, "isTrusted", { value: true });
			target.dispatchEvent(event);
		};
		trusted(document.body, "toggle");
		trusted(window, "pageshow");
		document.body.dispatchEvent(new Event("toggle"));
		expect(on.news.mock.calls.map(([event]) => event.type)).toEqual(["toggle", "pageshow"]);
	});
});

describe("after document.open() erased every listener", () => {
	test("alive() tells, and relisten() registers it again", () => {
		const { on, button } = banner();
		expect(ears?.alive()).toBe(true);
		ears?.stop();
		expect(ears?.alive()).toBe(false);
		ears?.relisten();
		expect(ears?.alive()).toBe(true);
		button("check").focus();
		personClick(host);
		expect(on.act).toHaveBeenCalledWith("check");
	});
});
