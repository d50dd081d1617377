import type { BannerDetails } from "../../lib/banner/protocol";

/**
 * The breach banner on a vendor's own site. It runs on someone else's page, so it carries no
 * framework and builds no nodes one by one: its markup is written at build time (closed) and by
 * the background (details), both escaped by lib/banner/html.ts, and this file only switches what
 * shows. It never listens itself: banner-input.ts hears the person and calls `act`.
 */
export interface BannerActions {
	onCheck: () => void;
	/** A "hide" was chosen: keep it. The banner shows the Undo meanwhile. */
	onHide: (scope: "site" | "company") => void;
	/** Undo the last "hide". */
	onUndo: () => void;
	/** The details panel (its markup and style sheet, from the background), asked for when it first opens. */
	loadDetails: () => Promise<BannerDetails>;
	/** The words the panel needs before its markup arrives, in the banner's language. */
	labels: (key: "bannerShowDetails" | "bannerHideDetails" | "bannerDetailsFailed") => string;
}

export interface BannerView {
	/** Does what a button's `data-action` names, or "escape". */
	act: (action: string) => void;
	/**
	 * What a person must be able to see and reach right now, for the guard to check: the banner
	 * (or its folded tab) first, then the parts inside it that its own scrolling shows. A part
	 * scrolled away inside the banner (a person's large zoom on a small window) is one scroll away,
	 * not hidden by the page.
	 */
	seen: () => Element[];
	/** What the page must not paint over: the banner and its folded tab. */
	surfaces: () => Element[];
}

/** The HTML namespace: the banner's elements are HTML even where the page is an XML or SVG document. */
export const HTML_NS = "http://www.w3.org/1999/xhtml";

/**
 * Sets markup as HTML. An XML document (XHTML served as XML, SVG) parses `innerHTML` as XML,
 * which the banner's markup is not: there, the HTML parser's nodes are moved in.
 */
export function setMarkup(parent: Element | ShadowRoot, markup: string): void {
	try {
		parent.innerHTML = markup;
	} catch {
		parent.replaceChildren(...new DOMParser().parseFromString(markup, "text/html").body.childNodes);
	}
}

/** Writes the closed banner's markup into the root (its style sheets are adopted, not in it). */
export const writeBanner = setMarkup;

/** Wires the banner that `closedBannerMarkup` wrote into `root` (it may be rewritten before mounting). */
export function wireBanner(root: ShadowRoot, actions: BannerActions): BannerView {
	let requested = false;
	const find = (selector: string) => root.querySelector<HTMLElement>(selector);
	const action = (name: string) => find(`[data-action="${name}"]`);
	function fill(details: HTMLElement) {
		requested = true;
		details.setAttribute("aria-busy", "true");
		actions.loadDetails().then(
			({ markup, css }) => {
				adoptStyle(root, css);
				setMarkup(details, markup);
				details.removeAttribute("aria-busy");
			},
			() => {
				details.textContent = actions.labels("bannerDetailsFailed");
				details.removeAttribute("aria-busy");
			},
		);
	}
	function setOpen(open: boolean) {
		const details = find("#details");
		const button = action("details");
		if (!details || !button) return;
		if (open && !requested) fill(details);
		details.hidden = !open;
		button.setAttribute("aria-expanded", String(open));
		button.textContent = actions.labels(open ? "bannerHideDetails" : "bannerShowDetails");
	}
	/** Moves focus along only if the person was in the banner: a page's focus is not ours to take. */
	function switchTo(to: HTMLElement | null | undefined, change: () => void) {
		const focused = root.activeElement !== null;
		change();
		if (focused) to?.focus();
	}
	/** Folded for this page view: the banner gives way to a small tab, and back. Nothing is kept. */
	function fold(folded: boolean) {
		const banner = find(".banner");
		const tab = action("unfold");
		if (!banner || !tab) return;
		switchTo(folded ? tab : action("fold"), () => {
			banner.hidden = folded;
			tab.hidden = !folded;
		});
	}
	/** After a "hide": what was hidden and the way back, in place of the banner; `undefined` restores it. */
	function showUndo(scope: "site" | "company" | undefined) {
		const undo = find(".undo");
		const message = find("#undone");
		if (!undo || !message) return;
		switchTo(action(scope ? "undo" : "details"), () => {
			find(".banner")?.classList.toggle("undone", scope !== undefined);
			undo.hidden = scope === undefined;
			message.textContent = scope ? (message.dataset[scope] ?? "") : "";
			if (!scope) setOpen(false);
		});
	}
	return {
		act(name) {
			switch (name) {
				case "check":
					return actions.onCheck();
				case "details":
					return setOpen(Boolean(find("#details")?.hidden));
				case "escape":
					if (find("#details")?.hidden === false) {
						setOpen(false);
						action("details")?.focus();
					}
					return;
				case "fold":
				case "unfold":
					return fold(name === "fold");
				case "hide-site":
				case "hide-company": {
					const scope = name === "hide-site" ? "site" : "company";
					actions.onHide(scope);
					return showUndo(scope);
				}
				case "undo":
					actions.onUndo();
					return showUndo(undefined);
			}
		},
		seen() {
			const banner = find(".banner");
			if (!banner || banner.hidden) return [action("unfold")].filter(Boolean) as Element[];
			// Open, the panel scrolls inside the banner: the banner itself must be seen.
			const parts = find(".undone")
				? [action("undo")]
				: find("#details")?.hidden === false
					? []
					: [find(".headline"), action("check"), action("details"), action("fold")];
			const { top, bottom } = banner.getBoundingClientRect();
			return [
				banner,
				...parts.filter((part): part is HTMLElement => {
					const box = part?.getBoundingClientRect();
					return !!box && box.top >= top - 1 && box.bottom <= bottom + 1;
				}),
			];
		},
		surfaces: () => [find(".banner"), action("unfold")].filter(Boolean) as Element[],
	};
}

/**
 * A style sheet for the shadow root, as a constructed sheet: a page's `style-src` policy does not
 * apply to it (Firefox blocks a `<style>` element that a content script adds under a strict one),
 * and every browser the manifests claim has them (Chrome 73, Firefox 101).
 */
export function adoptStyle(root: ShadowRoot, css: string): void {
	const sheet = new CSSStyleSheet();
	sheet.replaceSync(css);
	root.adoptedStyleSheets = [...root.adoptedStyleSheets, sheet];
}
