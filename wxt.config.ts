import { readFileSync } from "node:fs";
import { dirname, resolve } from "node:path";
import { transform } from "lightningcss";
import { type Plugin, runnerImport } from "vite";
import { defineConfig } from "wxt";
import { schemaValidatorPlugin } from "./.ci/criteria/schema-validator.mjs";
import type { firstScreens as FirstScreens } from "./components/checker/first-screen";
import { allBannerFacts } from "./lib/banner/banner-facts";
import { contentScriptFacts } from "./lib/banner/banner-view";
import { escapeHtml } from "./lib/banner/html";
import { matchPatternsFor } from "./lib/banner/sites";
import { whatHappenedInBoth } from "./lib/checker/what-happened";

/** The icon sizes generated from assets/icon.svg, and those the toolbar button uses. */
export const ICON_SIZES = [128, 96, 48, 32, 16] as const;
const ACTION_ICON_SIZES = [16, 32, 48] as const;

/**
 * The Firefox add-on id, fixed for good: AMO ties the listing, its updates and every user's stored
 * data to it, and it can never change after the first upload (STORE.md). A `{UUID}` id needs no
 * domain the project must keep owning. It also pins the moz-extension UUID in the browser tests.
 */
export const GECKO_ID = "{2ddc3aea-1c6f-4c31-bdaf-140a8c447670}";

/**
 * The oldest Chrome the Chrome zip claims, and Edge with it (Edge reads this key, with Chromium's
 * version numbers). Vite's default target ("baseline-widely-available": chrome111, edge111) writes
 * syntax for 111 and later, and everything the code calls without a fallback is older: MDN's
 * compat data says so in e2e/compat.e2e.ts, which also names the fallbacks (the popover API is 114).
 */
export const MINIMUM_CHROME_VERSION = "111";

/**
 * Extension pages connect nowhere: `connect-src 'none'` on top of the default policy, so even a
 * bug cannot send what a person types.
 */
export const EXTENSION_PAGES_CSP = "script-src 'self'; object-src 'self'; connect-src 'none'";

/**
 * `virtual:banner-facts`: what the banner shows closed, written out from lib/incidents at build
 * time, and its two style sheets, minified (the details panel's travels with the panel). The content script imports this instead of the data,
 * so vendor pages load only that. (Vite's CSS pipeline does not run in WXT's build of unlisted
 * scripts, so the sheets are minified here.)
 */
function bannerFactsModule(): Plugin {
	const id = "virtual:banner-facts";
	const minified = (file: string) =>
		transform({ filename: file, code: readFileSync(resolve(file)), minify: true }).code.toString();
	return {
		name: "banner-facts",
		resolveId: (source) => (source === id ? `\0${id}` : undefined),
		load: (source) =>
			source === `\0${id}`
				? [
						`export const bannerFacts = ${JSON.stringify(contentScriptFacts(allBannerFacts()))};`,
						// Two exports, so each bundle keeps only its own: the closed sheet in the content
						// script, the details sheet in the background (which sends it with the panel).
						`export const closedStyle = ${JSON.stringify(minified("entrypoints/banner/style.css"))};`,
						`export const detailsStyle = ${JSON.stringify(minified("entrypoints/banner/details.css"))};`,
					].join("\n")
				: undefined,
	};
}

/**
 * The checker's first screen names the companies, which lib/incidents/vendors.ts reads from the
 * criteria records (lib/incidents/records), but needs none of the criteria: in the build, the
 * records vendors.ts imports give it only their `id` and `organization`, so the popup's start script
 * carries no criteria (its budget, README "Budgets"); the whole records load with the incident data.
 * Node (this config, the tests, the command line) reads the same JSON files whole.
 */
function recordOrganizations(): Plugin {
	const prefix = "\0record-organization:";
	// Not ending in .json: Vite's JSON plugin would take the module for the whole file.
	const suffix = ".organization.js";
	return {
		name: "record-organizations",
		enforce: "pre",
		resolveId: (source, importer) =>
			importer?.endsWith("/lib/incidents/vendors.ts") && source.endsWith(".json")
				? `${prefix}${resolve(dirname(importer), source)}${suffix}`
				: undefined,
		load(id) {
			if (!id.startsWith(prefix)) return undefined;
			const file = id.slice(prefix.length, -suffix.length);
			this.addWatchFile(file);
			const record = JSON.parse(readFileSync(file, "utf8"));
			return [
				`export const id = ${JSON.stringify(record.id)};`,
				`export const organization = ${JSON.stringify(record.organization)};`,
			].join("\n");
		},
	};
}

/**
 * `virtual:what-happened`: the first screen's "what happened" (lib/checker/what-happened.ts),
 * written out from lib/incidents at build time in both languages, so the popup's start carries
 * a few sentences rather than the incident data.
 */
function whatHappenedModule(): Plugin {
	const id = "virtual:what-happened";
	return {
		name: "what-happened",
		resolveId: (source) => (source === id ? `\0${id}` : undefined),
		load: (source) =>
			source === `\0${id}` ? `export const whatHappened = ${JSON.stringify(whatHappenedInBoth())};` : undefined,
	};
}

/**
 * The popup's and the full checker's first screens, written into their pages at build time
 * (issue 24): components/checker/first-screen.tsx renders the app itself, in a module runner of
 * its own, as it first renders with no answers. The page holds it in Japanese, with the English in
 * a template the start script swaps in before the first paint where that is the language
 * (components/checker/first-paint.ts). A page marks its place: `<div id="app" data-first-screen="popup">`.
 */
function firstScreenPages(): Plugin {
	let screens: Promise<typeof FirstScreens> | undefined;
	const render = () =>
		runnerImport<{ firstScreens: typeof FirstScreens }>(resolve("components/checker/first-screen.tsx"), {
			configFile: false,
			root: resolve("."),
			logLevel: "warn",
			plugins: [
				whatHappenedModule(),
				// The markup is all that is wanted: the pages link the style sheets themselves.
				{
					name: "no-css",
					enforce: "pre",
					resolveId: (source) => (source.endsWith(".css") ? "\0no-css" : undefined),
					load: (source) => (source === "\0no-css" ? "export {};" : undefined),
				},
			],
		}).then((result) => result.module.firstScreens);
	return {
		name: "first-screen",
		// After Vite has put in the pages' own script and style sheet tags.
		transformIndexHtml: {
			order: "post",
			async handler(html) {
				const slot = /<div id="app" data-first-screen="(popup|page)"><\/div>/.exec(html);
				if (!slot) return html;
				screens ??= render();
				const { ja, en } = (await screens)[slot[1] as "popup" | "page"];
				return (
					html
						.replace(
							slot[0],
							`<div id="app" data-title="${escapeHtml(ja.title)}">${ja.markup}</div>` +
								`<template id="first-screen-en" data-title="${escapeHtml(en.title)}">${en.markup}</template>`,
						)
						// The start script puts the screen in the person's language: nothing is painted before it has run.
						.replace(
							'<script type="module" crossorigin src="',
							'<script type="module" blocking="render" crossorigin src="',
						)
				);
			},
		},
	};
}

/**
 * The content script's own entry, without WXT's unlisted-script wrapper: the wrapper only logs a
 * crash, and its logger does nothing in a production build, yet it costs the page ≈ 0.25 KB gzip of
 * the banner's 6 KB budget. WXT loads each unlisted script through
 * `virtual:wxt-unlisted-script-entrypoint?<path>`;
 * for the banner's, this loads the script and calls its `main` instead. Should WXT rename the id,
 * the wrapper simply comes back (e2e/package.e2e.ts and the bench's size check would show it).
 */
function bareBannerEntry(): Plugin {
	const wrapped = /^\0virtual:wxt-unlisted-script-entrypoint\?(.*\/entrypoints\/banner\/index\.ts)$/;
	return {
		name: "banner-bare-entry",
		enforce: "pre",
		load: (id) => {
			const path = wrapped.exec(id)?.[1];
			return path ? `import banner from ${JSON.stringify(path)};\nbanner.main();` : undefined;
		},
	};
}

export default defineConfig({
	vite: () => ({
		plugins: [
			bannerFactsModule(),
			whatHappenedModule(),
			firstScreenPages(),
			bareBannerEntry(),
			// `virtual:criteria-schema`: the record validator for the draft preview, generated at build time.
			schemaValidatorPlugin(),
			recordOrganizations(),
		],
		// Every browser claimed preloads modules itself: the pages' start scripts carry no polyfill for it.
		build: { modulePreload: { polyfill: false } },
	}),
	imports: false,
	modules: ["@wxt-dev/webextension-polyfill", "@wxt-dev/auto-icons"],
	// One drawing, every size both stores and both browsers ask for (Chrome 16/32/48/128, AMO 48/96).
	autoIcons: { baseIconPath: resolve("assets/icon.svg"), sizes: [...ICON_SIZES] },
	manifest: ({ browser, manifestVersion }) => ({
		name: "__MSG_extName__",
		short_name: "__MSG_extShortName__",
		description: "__MSG_extDescription__",
		default_locale: "ja",
		permissions: ["storage"],
		// WXT turns `action` into MV2's `browser_action` but keeps only the title and popup there.
		[manifestVersion === 3 ? "action" : "browser_action"]: {
			default_title: "__MSG_actionTitle__",
			default_icon: Object.fromEntries(ACTION_ICON_SIZES.map((size) => [size, `icons/${size}.png`])),
		},
		// The banner is an unlisted script (entrypoints/banner) listed here, so vendor pages get no
		// content-script runtime; `matches` are generated from the data. It starts before any page
		// script, so the page can neither be heard before it nor keep it away by never loading.
		// The shop's own documents that have no host of their own match too (issue "the vendor's
		// page, round two"): a `blob:` page of its origin, an about:blank window it writes. Chrome
		// 99 and Firefox 128 read `match_origin_as_fallback` (e2e/compat.e2e.ts checks).
		content_scripts: [
			{
				matches: matchPatternsFor(allBannerFacts()),
				js: ["banner.js"],
				run_at: "document_start",
				match_about_blank: true,
				match_origin_as_fallback: true,
			},
		],
		content_security_policy:
			manifestVersion === 3
				? { extension_pages: EXTENSION_PAGES_CSP }
				: (EXTENSION_PAGES_CSP as unknown as { extension_pages: string }),
		...(browser !== "firefox" && { minimum_chrome_version: MINIMUM_CHROME_VERSION }),
		// WXT keeps these keys in every build: only Firefox may see them.
		...(browser === "firefox" && {
			browser_specific_settings: {
				gecko: {
					id: GECKO_ID,
					// data_collection_permissions arrived in Firefox 140 and Firefox for Android 142.
					strict_min_version: "140.0",
					data_collection_permissions: { required: ["none"] },
				},
				gecko_android: { strict_min_version: "142.0" },
			},
		}),
	}),
	zip: {
		// The sources zip ignores .gitignore: list exactly what a reviewer needs to rebuild.
		includeSources: [
			"assets/**",
			"components/**",
			"entrypoints/**",
			"lib/**",
			"public/**",
			"types/**",
			"package.json",
			"package-lock.json",
			".npmrc",
			".nvmrc",
			"tsconfig.json",
			"wxt.config.ts",
			// The record schema's validator is generated at build time by this module.
			".ci/criteria/schema-validator.mjs",
			".ci/criteria/schema-validator.d.mts",
			"README.md",
			"PRIVACY.md",
		],
		excludeSources: ["**/*.test.ts", "**/*.test.tsx", "**/__tests__/**", "lib/exposure/testing.ts"],
	},
});
