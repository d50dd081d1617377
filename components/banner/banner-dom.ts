import type { ContentScriptFacts, DetailSection } from "../../lib/banner/banner-view";
import type { Locale } from "../../lib/i18n/text";

/**
 * The breach banner on a vendor's own site, written as plain DOM: it runs on someone else's page,
 * so it carries no framework. Closed, it is one headline and the main action; the site's own lines,
 * the breach's facts and the "hide" choices are one tap away.
 */
export interface BannerViewProps {
	vendor: ContentScriptFacts["vendors"][number];
	site: ContentScriptFacts["vendors"][number]["sites"][number];
	ui: ContentScriptFacts["ui"];
	locale: Locale;
	onCheck: () => void;
	onHideSite: () => void;
	onHideCompany: () => void;
	/** The incidents' facts, asked for when the details first open. */
	loadDetails: () => Promise<DetailSection[]>;
}

type Child = Node | string | null | undefined | false;

function element<K extends keyof HTMLElementTagNameMap>(
	tag: K,
	attributes: Record<string, string> = {},
	...children: Child[]
): HTMLElementTagNameMap[K] {
	const node = document.createElement(tag);
	for (const [name, value] of Object.entries(attributes)) node.setAttribute(name, value);
	for (const child of children) if (child) node.append(child);
	return node;
}

function button(label: string, onClick: () => void, attributes: Record<string, string> = {}): HTMLButtonElement {
	const node = element("button", { type: "button", ...attributes }, label);
	node.addEventListener("click", onClick);
	return node;
}

/** The details' sections as headings and lists; links open in a new tab. */
export function renderSections(sections: readonly DetailSection[]): DocumentFragment {
	const fragment = document.createDocumentFragment();
	for (const section of sections) {
		fragment.append(element(section.level === 2 ? "h2" : "h3", {}, section.heading));
		if (section.lines.length === 0) continue;
		const list = element("ul");
		for (const line of section.lines) {
			list.append(
				element(
					"li",
					{},
					typeof line === "string"
						? line
						: element("a", { href: line.href, target: "_blank", rel: "noopener noreferrer" }, line.text),
				),
			);
		}
		fragment.append(list);
	}
	return fragment;
}

/**
 * Builds the banner's region into a shadow root that `adoptStyle` has prepared. Only this part
 * waits for the storage reply (the language), so it stays a handful of nodes.
 */
export function renderBanner(root: ShadowRoot, props: BannerViewProps): void {
	const { vendor, site, ui, locale } = props;
	const text = (key: keyof ContentScriptFacts["ui"]) => ui[key][locale];
	// The panel is built on first open: a closed banner costs the page only its bar.
	const details = element("div", { id: "details", class: "details", hidden: "" });
	let built = false;
	const toggle = button(text("bannerShowDetails"), () => setOpen(Boolean(details.hidden)), {
		"aria-expanded": "false",
		"aria-controls": "details",
	});
	function build() {
		built = true;
		const facts = element("div", { class: "facts", "aria-busy": "true" });
		details.append(
			...site.lines.map((line) => element("p", { class: "site-line" }, line[locale])),
			facts,
			element(
				"div",
				{ class: "actions" },
				button(text("bannerHideSite"), props.onHideSite),
				button(text("bannerHideCompany"), props.onHideCompany),
			),
			element("p", { class: "private" }, text("bannerPrivate")),
		);
		props.loadDetails().then(
			(sections) => {
				facts.append(renderSections(sections));
				facts.removeAttribute("aria-busy");
			},
			() => facts.removeAttribute("aria-busy"),
		);
	}
	function setOpen(open: boolean) {
		if (open && !built) build();
		details.hidden = !open;
		toggle.setAttribute("aria-expanded", String(open));
		toggle.textContent = text(open ? "bannerHideDetails" : "bannerShowDetails");
	}
	const region = element(
		"section",
		{ class: "banner", "aria-label": text("bannerRegion"), lang: locale },
		element(
			"div",
			{ class: "bar" },
			element("span", { class: "icon", "aria-hidden": "true" }, "!"),
			element(
				"div",
				{ class: "text" },
				element("p", { class: "from" }, text("bannerFrom")),
				element("p", { class: "headline" }, vendor.headline[locale]),
			),
			element("div", { class: "actions" }, button(text("bannerCheck"), props.onCheck, { class: "primary" }), toggle),
		),
		details,
	);
	region.addEventListener("keydown", (event) => {
		if (event.key === "Escape" && !details.hidden) {
			setOpen(false);
			toggle.focus();
		}
	});
	root.append(region);
}

/**
 * The bundled CSS as a constructed style sheet: a page's `style-src` policy does not apply to it,
 * where Firefox blocks a `<style>` element that a content script adds under a strict policy.
 * Where constructing one fails, a `<style>` element does.
 */
export function adoptStyle(root: ShadowRoot, css: string): void {
	try {
		const sheet = new CSSStyleSheet();
		sheet.replaceSync(css);
		root.adoptedStyleSheets = [sheet];
		if (root.adoptedStyleSheets.length === 1) return;
	} catch {
		// Fall through to the element.
	}
	root.prepend(element("style", {}, css));
}
