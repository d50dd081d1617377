import { budget, HOST_ATTRIBUTES, inSight, middle, overlaps } from "../../lib/banner/on-screen";
import { HTML_NS } from "./banner-dom";
import type { Ears } from "./banner-input";

/**
 * Keeps the banner where a person sees it, on a page that may be trying to silence it. The closed
 * root and the host's `all: initial !important` (style.css) take the page's CSS and scripts out of
 * the banner; what is left to the page is the host element itself and the page around it, and
 * this watches those:
 * - attributes the page adds to the host (inert, hidden, style…) are taken off at once;
 * - the host stays a child of <html>, in the top layer once the page has loaded: put back where a
 *   page moves or removes it (with backoff), shown again where a page closes its popover, raised
 *   again where something of the page's is drawn over it — found by hit testing, by the page's own
 *   top-layer elements that opened after it, and in Chromium by occlusion tracking
 *   (IntersectionObserver v2), which also sees what hit testing passes through
 *   (`pointer-events: none`);
 * - a page's zoom on <html> is undone on the host, and its script animations of the host
 *   cancelled; where a phone draws the page shrunk (a desktop viewport), the host takes the
 *   inverse scale, so it is drawn at its own size (a person's own zoom is left alone);
 * - and the banner is judged by what a person sees: the parts `seen()` names must be on screen,
 *   big enough as drawn, and be what the page finds at their middles.
 * A click or a key acts on the banner only while it is seen uncovered (`clear`): a look-alike that
 * clicks pass through cannot make a person hide the banner.
 * Checks are cheap (a few boxes and hit tests, no loops of forced layouts) and off the critical
 * path: the first runs once the page has loaded, then every few seconds while the tab is shown —
 * ever less often while they find nothing, so a page that leaves the banner alone pays next to
 * nothing — and soon after anything that may have moved the banner. Each repair is budgeted, and
 * a check that finds what the last one repaired undone counts as a miss; a page that undoes them
 * gets the toolbar warning instead (`blocked`), and the guard stops fighting, so the tab stays
 * responsive.
 */
export interface Guard {
	/** Checks soon (coalesced): something may have changed. */
	soon: () => void;
	/** Something entered or left the top layer (a trusted `toggle` event). */
	toggled: (event: Event) => void;
	/** Whether a person sees the banner, uncovered, right now: only then may a click or key act on it. */
	clear: () => boolean;
	/** Stops guarding and takes away the page-end space. */
	stop: () => void;
}

export interface GuardOptions {
	ears: Ears;
	/** The parts a person must see right now (banner-dom.ts). */
	seen: () => Element[];
	/** What the page must not paint over. */
	surfaces: () => Element[];
	/** The warning moves to the toolbar (once is enough; the background keeps it for the tab). */
	blocked: () => void;
}

/** A page that removes the banner this many times within the window gets the toolbar badge instead. */
const MAX_REMOUNTS = 3;
const MAX_REPAIRS = 12;
const WINDOW_MS = 10_000;
const BACKOFF_MS = [0, 250, 1000];
const EVERY_MS = 2000;
/** While every check finds the banner as it should be, they come ever less often, down to this. */
const QUIET_EVERY_MS = 16_000;
/** A page that never finishes loading is checked after this long all the same. */
const LATEST_FIRST_MS = 3000;
const SOON_MS = 50;

export function guardBanner(host: HTMLElement, root: ShadowRoot, options: GuardOptions): Guard {
	const { ears, seen, surfaces, blocked } = options;
	const remounts = budget(MAX_REMOUNTS, WINDOW_MS);
	const repairs = budget(MAX_REPAIRS, WINDOW_MS);
	let html = document.documentElement;
	let remounting: ReturnType<typeof setTimeout> | undefined;
	let checking: ReturnType<typeof setTimeout> | undefined;
	let every: ReturnType<typeof setTimeout> | undefined;
	let interval = EVERY_MS;
	let started = false;
	let done = false;
	let misses = 0;
	/** The page's zoom and shrink the host undoes, and the page's own zoom within it. */
	let zoom = 1;
	let pageZoom = 1;
	let space: HTMLElement | undefined;
	/** A page's element that entered the top layer after the banner did, so is drawn over it. */
	let above: Element | undefined;
	/** What occlusion tracking last said: something is painted over the banner. */
	let occluded = false;

	// Chromium's IntersectionObserver v2 reports whether anything at all is painted over a target;
	// other browsers ignore the option (and leave `trackVisibility` unset): there, hit tests and the
	// top layer's newcomers must do.
	const occlusion = new IntersectionObserver(
		(entries) => {
			for (const entry of entries)
				if (entry.isIntersecting) {
					occluded = !(entry as { isVisible?: boolean }).isVisible;
					if (occluded) soon();
				}
		},
		{ trackVisibility: true, delay: 100 } as IntersectionObserverInit,
	);
	const tracksOcclusion = (occlusion as { trackVisibility?: boolean }).trackVisibility === true;
	/** Asks occlusion tracking afresh (its first report comes whatever it finds). */
	const watch = () => {
		occluded = false;
		occlusion.disconnect();
		if (tracksOcclusion && !done) for (const surface of surfaces()) occlusion.observe(surface);
	};

	/**
	 * In its place: a child of the document's root. In an SVG document that is <svg>, where Chromium
	 * draws the top layer's HTML but Firefox does not: there the checks find it unseen, and the
	 * toolbar warns.
	 */
	const placed = () => host.parentNode === document.documentElement;
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
		if (started) show();
	};
	/** Last in the top layer again: drawn over whatever the page put there before. */
	const raise = () => {
		host.hidePopover?.();
		show();
		above = undefined;
		watch();
	};
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
			if (!placed()) mount();
		}, BACKOFF_MS[count] ?? 1000);
	};

	const attributes = new MutationObserver(() => {
		// Before the first check the host is not yet a popover (see `start`): a `popover` is the page's.
		const foreign = host
			.getAttributeNames()
			.filter((name) => !(HOST_ATTRIBUTES as readonly string[]).includes(name) || (name === "popover" && !started));
		const ours =
			(!started || host.getAttribute("popover") === "manual") && host.hasAttribute("data-wifi-breach-banner");
		if (foreign.length === 0 && ours) return;
		if (repairs(performance.now()) === undefined) return giveUp();
		for (const name of foreign) host.removeAttribute(name);
		host.setAttribute("data-wifi-breach-banner", "");
		if (started) {
			if (host.getAttribute("popover") !== "manual") host.setAttribute("popover", "manual");
			show();
		}
	});
	/**
	 * document.open() erased every listener (before the guard began, too: a window the page opens
	 * and writes): listen again, and since a page script may now be heard first, let the toolbar
	 * warn too.
	 */
	const heard = () => {
		if (ears.alive()) return;
		ears.relisten();
		blocked();
	};
	const tree = new MutationObserver(() => {
		if (document.documentElement !== html) {
			html = document.documentElement;
			if (html) tree.observe(html, { childList: true });
			heard();
		}
		if (!placed()) remountSoon();
	});

	/**
	 * Whether the page's newcomer to the top layer is drawn over the banner: over its box, or by a
	 * painted ::backdrop.
	 */
	function covering(box: DOMRect): boolean {
		if (!above?.isConnected || !above.matches(":popover-open,:modal")) above = undefined;
		if (!above) return false;
		const backdrop = getComputedStyle(above, "::backdrop");
		return (
			overlaps(above.getBoundingClientRect(), box) ||
			backdrop.backgroundColor !== "rgba(0, 0, 0, 0)" ||
			backdrop.backgroundImage !== "none"
		);
	}

	function check() {
		checking = undefined;
		if (done || document.hidden) return;
		if (!placed()) return remountSoon();
		const page = document.documentElement as HTMLElement;
		/** Something had to be repaired: the next check must find it holding. */
		let dirty = false;
		const fix = (repair: () => void) => {
			dirty = true;
			if (repairs(performance.now()) === undefined) giveUp();
			else repair();
		};
		if (typeof host.showPopover === "function" && !host.matches(":popover-open")) fix(show);
		// Firefox runs a page's script animation of the host's opacity or transform on the compositor,
		// past the host's !important values: the host runs none of its own, so any is the page's.
		const animations = host.getAnimations();
		if (animations.length > 0)
			fix(() => {
				for (const animation of animations) animation.cancel();
			});
		const style = getComputedStyle(page);
		// Firefox draws a filter on <html> over the top layer too: the banner cannot be seen through it.
		if (style.filter && style.filter !== "none") return giveUp();
		const zoomed = Number.parseFloat(style.zoom) || 1;
		// A phone that shows a page wider than itself shrinks it (a desktop viewport, or none); the
		// person can only zoom in from there, which is theirs to do.
		const scale = Math.min(1, window.visualViewport?.scale ?? 1);
		if (zoomed !== pageZoom) fix(() => (pageZoom = zoomed));
		if (!done && zoomed * scale !== zoom) unzoom(zoomed * scale);
		if (dirty) return again();
		const view = { width: innerWidth, height: innerHeight };
		let covered = occluded;
		for (const part of seen()) {
			const box = part.getBoundingClientRect();
			if (!inSight(box, view, scale)) return again();
			// Where occlusion tracking reports whatever is drawn over the banner, hit tests add nothing.
			if (tracksOcclusion) continue;
			const [x, y] = middle(box);
			covered ||= document.elementFromPoint(x, y) !== host;
		}
		if (covered || covering(host.getBoundingClientRect())) {
			fix(raise);
			return again();
		}
		misses = 0;
		interval = Math.min(interval * 2, QUIET_EVERY_MS);
		keepSpace(page, host.getBoundingClientRect().height);
	}
	/** Twice in a row not as it should be: nothing left to repair, so the toolbar warns. */
	function again() {
		interval = EVERY_MS;
		if (++misses > 1) return giveUp();
		soon();
	}
	/** The next of the periodic checks, a few seconds away: more, while nothing changes. */
	function tick() {
		every = setTimeout(() => {
			soon();
			tick();
		}, interval);
	}
	/**
	 * The page's zoom (and a phone's shrink) multiplies into the host's: the host takes the inverse,
	 * in its own rule.
	 */
	function unzoom(factor: number) {
		const rule = root.adoptedStyleSheets[0]?.cssRules[0] as CSSStyleRule | undefined;
		if (!rule?.style) return;
		rule.style.setProperty("zoom", String(1 / factor), "important");
		zoom = factor;
	}
	/**
	 * Room at the page's end as tall as the banner, after <body>: the page can be scrolled until
	 * its last line is above the banner, and nothing of the page's own layout moves. Inline
	 * `!important` outranks any page style sheet. It follows the banner's height at each check
	 * (and the banner asks for one whenever a person changes it). A page that ends above the
	 * banner gets none: there is nothing to uncover, and no scroll bar appears for nothing. An SVG
	 * document has no <body> to follow.
	 */
	function keepSpace(page: HTMLElement, height: number) {
		if (!document.body || (!space && page.scrollHeight <= innerHeight - height)) return;
		if (!space) {
			space = document.createElementNS(HTML_NS, "div") as HTMLElement;
			// Through the CSSOM, which no page policy (style-src) blocks; one declaration block, one
			// style change: every property at its initial value, whatever the page's sheets say.
			space.style.cssText = "all:initial!important;display:block!important";
		}
		const px = `${Math.ceil(height)}px`;
		if (space.style.height !== px) space.style.setProperty("height", px, "important");
		if (space.parentNode !== page) page.append(space);
	}

	/** A check soon; none before the first (which waits for the page's load). */
	function soon() {
		if (checking === undefined && started && !done) checking = setTimeout(check, SOON_MS);
	}
	function afterLoad() {
		setTimeout(start, 0);
	}
	/**
	 * Once the page has loaded (or after a few seconds all the same): into the top layer, and the
	 * checks begin. Until then the host is a fixed box at the highest z-index, after everything of
	 * the page's: showing a popover forces the page's style and layout at once, which must not
	 * happen while it loads (issue "at the floor").
	 */
	function start() {
		if (started || done) return;
		started = true;
		host.setAttribute("popover", "manual");
		show();
		tick();
		watch();
		window.visualViewport?.addEventListener("resize", soon);
		// When the loaded page leaves the main thread idle, so the check takes nothing from it.
		if (typeof window.requestIdleCallback === "function") window.requestIdleCallback(check, { timeout: EVERY_MS });
		else soon();
	}
	function halt() {
		done = true;
		attributes.disconnect();
		tree.disconnect();
		occlusion.disconnect();
		clearTimeout(remounting);
		clearTimeout(checking);
		clearTimeout(every);
		window.removeEventListener("load", afterLoad);
		window.visualViewport?.removeEventListener("resize", soon);
	}

	heard();
	mount();
	attributes.observe(host, { attributes: true });
	tree.observe(document, { childList: true });
	if (html) tree.observe(html, { childList: true });
	// The first check waits for the page's load, and runs after it: off its critical path, and out
	// of its load event (whose end the realistic page's budget measures).
	if (document.readyState === "complete") afterLoad();
	else window.addEventListener("load", afterLoad);
	setTimeout(start, LATEST_FIRST_MS);
	return {
		soon,
		toggled(event) {
			const { target, newState } = event as ToggleEvent;
			// Its own popover opening is no news; closing, or anyone else's, may be.
			if (target === host) {
				if (newState !== "open") soon();
				return;
			}
			if (newState === "open") above = target as Element;
			soon();
		},
		clear: () => !done && !occluded && !covering(host.getBoundingClientRect()),
		stop() {
			halt();
			space?.remove();
		},
	};
}
