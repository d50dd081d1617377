import { budget, HOST_ATTRIBUTES, inSight, middle } from "../../lib/banner/on-screen";
import type { Ears } from "./banner-input";

/**
 * Keeps the banner where a person sees it, on a page that may be trying to silence it. The closed
 * root and the host's `all: initial !important` (style.css) take the page's CSS and scripts out of
 * the banner; what is left to the page is the host element itself and the page around it, and
 * this watches those:
 * - attributes the page adds to the host (inert, hidden, style…) are taken off at once;
 * - the host stays a child of <html> in the top layer: put back where a page moves or removes it
 *   (with backoff), shown again where a page closes its popover, raised again where a page's own
 *   top-layer element covers it;
 * - a page's zoom on <html> is undone on the host, and its script animations of the host cancelled;
 * - and the banner is judged by what a person sees: the parts `seen()` names must be on screen,
 *   big enough, and be what the page finds at their middles.
 * Checks are cheap (a few boxes and hit tests, no loops of forced layouts) and off the critical
 * path: the first runs once the page has loaded, then every few seconds while the tab is shown,
 * and soon after anything that may have moved the banner. Each repair is budgeted; a page that
 * undoes them all gets the toolbar badge instead (`blocked`), and the guard stops fighting, so the
 * tab stays responsive.
 */
export interface Guard {
	/** Checks soon (coalesced): something may have changed. */
	soon: () => void;
	/** Stops guarding and takes away the page-end space. */
	stop: () => void;
}

export interface GuardOptions {
	ears: Ears;
	/** The parts a person must see right now. */
	seen: () => Element[];
	/** The warning moves to the toolbar (once is enough; the background keeps it for the tab). */
	blocked: () => void;
}

/** A page that removes the banner this many times within the window gets the toolbar badge instead. */
const MAX_REMOUNTS = 3;
const MAX_REPAIRS = 12;
const WINDOW_MS = 10_000;
const BACKOFF_MS = [0, 250, 1000];
const EVERY_MS = 2000;
/** A page that never finishes loading is checked after this long all the same. */
const LATEST_FIRST_MS = 3000;
const SOON_MS = 50;

export function guardBanner(host: HTMLElement, root: ShadowRoot, { ears, seen, blocked }: GuardOptions): Guard {
	const remounts = budget(MAX_REMOUNTS, WINDOW_MS);
	const repairs = budget(MAX_REPAIRS, WINDOW_MS);
	let html = document.documentElement;
	let remounting: ReturnType<typeof setTimeout> | undefined;
	let checking: ReturnType<typeof setTimeout> | undefined;
	let every: ReturnType<typeof setInterval> | undefined;
	let started = false;
	let done = false;
	let misses = 0;
	let zoom = 1;
	let space: HTMLElement | undefined;

	const show = () => {
		if (typeof host.showPopover !== "function") return;
		try {
			host.showPopover();
		} catch {
			// Not connected, or already showing.
		}
	};
	const mount = () => {
		document.documentElement?.append(host);
		show();
	};
	/** Repairs within the budget; past it, the toolbar warns and the guard stops. */
	const repair = (fix: () => void) => (repairs(performance.now()) === undefined ? giveUp() : fix());
	const giveUp = () => {
		if (done) return;
		halt();
		blocked();
	};
	const remountSoon = () => {
		if (remounting !== undefined || done) return;
		const count = remounts(performance.now());
		if (count === undefined) return giveUp();
		remounting = setTimeout(() => {
			remounting = undefined;
			if (host.parentNode !== document.documentElement) mount();
		}, BACKOFF_MS[count] ?? 1000);
	};

	const attributes = new MutationObserver(() => {
		const foreign = host.getAttributeNames().filter((name) => !(HOST_ATTRIBUTES as readonly string[]).includes(name));
		const ours = host.getAttribute("popover") === "manual" && host.hasAttribute("data-wifi-breach-banner");
		if (foreign.length === 0 && ours) return;
		repair(() => {
			for (const name of foreign) host.removeAttribute(name);
			host.setAttribute("data-wifi-breach-banner", "");
			if (host.getAttribute("popover") !== "manual") host.setAttribute("popover", "manual");
			show();
		});
	});
	const tree = new MutationObserver(() => {
		if (document.documentElement !== html) {
			html = document.documentElement;
			if (html) tree.observe(html, { childList: true });
			// document.open() erased every listener: listen again, and since a page script may now be
			// heard first, let the toolbar warn too.
			if (!ears.alive()) {
				ears.relisten();
				blocked();
			}
		}
		if (host.parentNode !== document.documentElement) remountSoon();
	});

	function check() {
		checking = undefined;
		if (done || document.hidden) return;
		const page = document.documentElement;
		if (!page || host.parentNode !== page) return remountSoon();
		if (typeof host.showPopover === "function" && !host.matches(":popover-open")) {
			repair(show);
			return soon();
		}
		// Firefox runs a page's script animation of the host's opacity or transform on the compositor,
		// past the host's !important values: the host runs none of its own, so any is the page's.
		const animations = host.getAnimations();
		if (animations.length > 0)
			repair(() => {
				for (const animation of animations) animation.cancel();
			});
		const style = window.getComputedStyle(page);
		// Firefox draws a filter on <html> over the top layer too: the banner cannot be seen through it.
		if (style.filter && style.filter !== "none") return giveUp();
		const pageZoom = Number.parseFloat(style.zoom) || 1;
		if (pageZoom !== zoom) unzoom(pageZoom);
		const view = { width: window.innerWidth, height: window.innerHeight };
		let covered = false;
		for (const part of seen()) {
			const box = part.getBoundingClientRect();
			if (!inSight(box, view)) return miss(false);
			const [x, y] = middle(box);
			covered ||= document.elementFromPoint(x, y) !== host;
		}
		if (covered) return miss(true);
		misses = 0;
		keepSpace(page, host.getBoundingClientRect().height);
	}
	/** Twice in a row unseen: nothing left to repair, so the toolbar warns. A covered banner is raised first. */
	function miss(covered: boolean) {
		if (++misses > 1) return giveUp();
		if (covered)
			repair(() => {
				host.hidePopover?.();
				show();
			});
		soon();
	}
	/** <html>'s zoom multiplies into the host's: the host takes the inverse, in its own rule. */
	function unzoom(pageZoom: number) {
		const sheet = root.adoptedStyleSheets[0] ?? root.querySelector("style")?.sheet;
		const rule = sheet?.cssRules[0] as CSSStyleRule | undefined;
		if (!rule?.style) return;
		rule.style.setProperty("zoom", String(1 / pageZoom), "important");
		zoom = pageZoom;
	}
	/**
	 * Room at the page's end as tall as the banner, after <body>: the page can be scrolled until
	 * its last line is above the banner, and nothing of the page's own layout moves. Inline
	 * `!important` outranks any page style sheet. It follows the banner's height at each check
	 * (and the banner asks for one whenever a person changes it). A page that ends above the
	 * banner gets none: there is nothing to uncover, and no scroll bar appears for nothing.
	 */
	function keepSpace(page: HTMLElement, height: number) {
		if (!space && page.scrollHeight <= window.innerHeight - height) return;
		if (!space) {
			space = document.createElement("div");
			// Through the CSSOM, which no page policy (style-src) blocks; one declaration block, one style change.
			space.style.cssText =
				"display:block!important;position:static!important;float:none!important;margin:0!important;padding:0!important;border:0!important;min-height:0!important;max-height:none!important";
		}
		const px = `${Math.ceil(height)}px`;
		if (space.style.height !== px) space.style.setProperty("height", px, "important");
		if (space.parentNode !== page) page.append(space);
	}

	function soon() {
		if (checking === undefined && !done) checking = setTimeout(check, SOON_MS);
	}
	function start() {
		if (started || done) return;
		started = true;
		every = setInterval(soon, EVERY_MS);
		// When the loaded page leaves the main thread idle, so the check takes nothing from it.
		if (typeof window.requestIdleCallback === "function") window.requestIdleCallback(check, { timeout: EVERY_MS });
		else soon();
	}
	function halt() {
		done = true;
		attributes.disconnect();
		tree.disconnect();
		clearTimeout(remounting);
		clearTimeout(checking);
		clearInterval(every);
		window.removeEventListener("load", start);
	}

	host.setAttribute("popover", "manual");
	mount();
	attributes.observe(host, { attributes: true });
	tree.observe(document, { childList: true });
	if (html) tree.observe(html, { childList: true });
	// The first check waits for the page's load, off its critical path.
	if (document.readyState === "complete") setTimeout(start, 0);
	else window.addEventListener("load", start);
	setTimeout(start, LATEST_FIRST_MS);
	return {
		soon,
		stop() {
			halt();
			space?.remove();
		},
	};
}
