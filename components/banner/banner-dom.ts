/**
 * The breach banner on a vendor's own site. It runs on someone else's page, so it carries no
 * framework and builds no nodes one by one: its markup is written at build time (closed) and by
 * the background (details), both escaped by lib/banner/html.ts, and this file only listens. One
 * listener on the shadow root serves every button through its `data-action`.
 */
export interface BannerActions {
	onCheck: () => void;
	onHideSite: () => void;
	onHideCompany: () => void;
	/** The details panel's markup, asked for when it first opens. */
	loadDetails: () => Promise<string>;
	/** Details' style sheet, adopted when the panel first opens. */
	detailsCss: string;
	/** The words the panel needs before its markup arrives, in the banner's language. */
	labels: (key: "bannerShowDetails" | "bannerHideDetails" | "bannerDetailsFailed") => string;
}

/** Writes the closed banner's markup into the root, keeping a fallback `<style>` (see adoptStyle). */
export function writeBanner(root: ShadowRoot, markup: string): void {
	const first = root.firstElementChild;
	const style = first?.localName === "style" ? first : null;
	root.innerHTML = markup;
	if (style) root.prepend(style);
}

/** Wires the banner that `closedBannerMarkup` wrote into `root` (it may be rewritten before mounting). */
export function wireBanner(root: ShadowRoot, actions: BannerActions): void {
	let requested = false;
	const toggle = () => root.querySelector<HTMLButtonElement>('[data-action="details"]');
	const panel = () => root.getElementById("details");
	function fill(details: HTMLElement) {
		requested = true;
		adoptStyle(root, actions.detailsCss);
		details.setAttribute("aria-busy", "true");
		actions.loadDetails().then(
			(markup) => {
				details.innerHTML = markup;
				details.removeAttribute("aria-busy");
			},
			() => {
				details.textContent = actions.labels("bannerDetailsFailed");
				details.removeAttribute("aria-busy");
			},
		);
	}
	function setOpen(open: boolean) {
		const details = panel();
		const button = toggle();
		if (!details || !button) return;
		if (open && !requested) fill(details);
		details.hidden = !open;
		button.setAttribute("aria-expanded", String(open));
		button.textContent = actions.labels(open ? "bannerHideDetails" : "bannerShowDetails");
	}
	root.addEventListener("click", (event) => {
		const target = event.target instanceof Element ? event.target.closest("[data-action]") : null;
		switch (target?.getAttribute("data-action")) {
			case "check":
				return actions.onCheck();
			case "details":
				return setOpen(Boolean(panel()?.hidden));
			case "hide-site":
				return actions.onHideSite();
			case "hide-company":
				return actions.onHideCompany();
		}
	});
	root.addEventListener("keydown", (event) => {
		if ((event as KeyboardEvent).key === "Escape" && panel()?.hidden === false) {
			setOpen(false);
			toggle()?.focus();
		}
	});
}

/**
 * A style sheet for the shadow root, as a constructed sheet: a page's `style-src` policy does not
 * apply to it, where Firefox blocks a `<style>` element that a content script adds under a strict
 * policy. Where constructing one fails, a `<style>` element does.
 */
export function adoptStyle(root: ShadowRoot, css: string): void {
	try {
		const sheet = new CSSStyleSheet();
		sheet.replaceSync(css);
		const before = root.adoptedStyleSheets.length;
		root.adoptedStyleSheets = [...root.adoptedStyleSheets, sheet];
		if (root.adoptedStyleSheets.length === before + 1) return;
	} catch {
		// Fall through to the element.
	}
	const style = document.createElement("style");
	style.textContent = css;
	root.prepend(style);
}
