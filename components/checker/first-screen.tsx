// Build time only (wxt.config.ts): the app's modules define their storage items as they load,
// which takes an extension API. An in-memory one stands in, installed before they load; a first
// render reads no storage, and no effect runs in a string.
import "./first-screen-api";
import { renderToString } from "preact-render-to-string";
import { message } from "../../lib/i18n/messages";
import { LOCALES, type Locale } from "../../lib/i18n/text";
import { CheckerApp } from "./CheckerApp";
import { CheckerPageExtras } from "./CheckerPageExtras";
import { loadResults } from "./engine";

/** The two pages the checker lives in. */
export type FirstScreenVariant = "popup" | "page";

export interface FirstScreen {
	/** `#app`'s markup, exactly as the app first renders it: the app takes it over without changing a node. */
	markup: string;
	/** The page's title in that language. */
	title: string;
}

/** Renders as a browser whose language is `locale` would (the language choice left on "auto"). */
function withBrowserLanguage<T>(locale: Locale, render: () => T): T {
	const own = Object.getOwnPropertyDescriptor(navigator, "languages");
	Object.defineProperty(navigator, "languages", { value: [locale], configurable: true });
	try {
		return render();
	} finally {
		if (own) Object.defineProperty(navigator, "languages", own);
		else delete (navigator as { languages?: readonly string[] }).languages;
	}
}

function screen(variant: FirstScreenVariant, locale: Locale): FirstScreen {
	return {
		markup: withBrowserLanguage(locale, () =>
			renderToString(
				<CheckerApp
					variant={variant}
					Extras={variant === "page" ? CheckerPageExtras : undefined}
					stored={{ remembered: undefined, session: undefined }}
				/>,
			),
		),
		title: message(locale, "appName"),
	};
}

// The full page's form ends with what only the engine's module has: render it as the page will.
await loadResults();

/**
 * The first screen of the popup and of the full checker, in both languages: the app itself,
 * rendered at build time (wxt.config.ts writes it into the pages) as it first renders for someone
 * with no answers, the language left to the browser and the engine loaded. The page paints it
 * before any of the app's script is fetched; the app then takes it over (./first-paint.ts).
 */
export const firstScreens: Record<FirstScreenVariant, Record<Locale, FirstScreen>> = {
	popup: { ja: screen("popup", "ja"), en: screen("popup", "en") },
	page: { ja: screen("page", "ja"), en: screen("page", "en") },
};
void LOCALES;
