/**
 * How the banner hears a person, and only a person. The listener sits on the window in the capture
 * phase and is registered when the content script starts (`document_start`), before any page
 * script: it hears every event first, so a page cannot stop one before it, and it acts only on
 * events the browser made from real input (`isTrusted`), never on a page script's `click()` or
 * `dispatchEvent`. A click is resolved by where it landed inside the closed root, so a page that
 * captures the pointer or retargets the click cannot steal it. Events aimed at the banner go no
 * further: the page learns nothing of what a person does in it, and cannot act on it after us —
 * nor cancel what the browser does next (Enter on a button is a click made at `keypress`).
 */
export interface Ears {
	/** Whether the listener is still registered (`document.open()` erases every listener). */
	alive: () => boolean;
	/** Registers it again; after `document.open()` it can no longer be the first. */
	relisten: () => void;
	stop: () => void;
}

const PROBE = "wifi-breach-banner-probe";
/**
 * What a person does with a pointer, a finger or the keyboard; and, not input but news for the
 * banner, `toggle` (something entered or left the top layer) and `pageshow` (back from the
 * back/forward cache).
 */
const TYPES = [
	"click",
	"keydown",
	"keypress",
	"keyup",
	"pointerdown",
	"pointerup",
	"mousedown",
	"mouseup",
	"touchstart",
	"touchend",
	"auxclick",
	"dblclick",
	"toggle",
	"pageshow",
	PROBE,
];

export function listenFirst(
	host: HTMLElement,
	root: ShadowRoot,
	on: { act: (action: string) => void; news: (event: Event) => void },
): Ears {
	let heard = false;
	const listener = (event: Event) => {
		if (event.type === PROBE) {
			heard = true;
			event.stopImmediatePropagation();
			return;
		}
		if (!event.isTrusted) return;
		if (event.type === "toggle" || event.type === "pageshow") return on.news(event);
		let inside = event.target === host;
		if (event.type === "click") {
			const click = event as MouseEvent;
			// A keyboard's click (Enter, Space) has no position: it is for the focused button.
			const target =
				click.detail === 0 ? (inside ? root.activeElement : null) : landedOn(root, click.clientX, click.clientY);
			inside ||= target !== null;
			const action = target?.closest("[data-action]")?.getAttribute("data-action");
			if (action) on.act(action);
		} else if (event.type === "keydown" && inside && (event as KeyboardEvent).key === "Escape") on.act("escape");
		if (inside) event.stopImmediatePropagation();
	};
	// Passive: a touch listener on the window never makes the page's scrolling wait for it.
	const listen = () => {
		for (const type of TYPES) window.addEventListener(type, listener, { capture: true, passive: true });
	};
	listen();
	return {
		alive() {
			heard = false;
			window.dispatchEvent(new Event(PROBE));
			return heard;
		},
		relisten: listen,
		stop() {
			for (const type of TYPES) window.removeEventListener(type, listener, true);
		},
	};
}

/** The banner's element under a point, or null if what is there is not the banner's. */
function landedOn(root: ShadowRoot, x: number, y: number): Element | null {
	const hit = root.elementFromPoint(x, y);
	return hit && hit.getRootNode() === root ? hit : null;
}
