import { readdirSync, readFileSync } from "node:fs";
import { join } from "node:path";
import { describe, expect, test } from "vitest";
import {
	type Browser,
	callsInCatch,
	extensionApiUses,
	manifestUses,
	type Problem,
	problems,
	storageAreasIn,
	type Target,
	type Use,
	webPlatformUses,
} from "./support/compat";
import { CHROME_BUILD, FIREFOX_BUILD } from "./support/paths";

/**
 * Every browser the manifests claim — Chrome and Edge (the same zip) from `minimum_chrome_version`,
 * Firefox from `gecko.strict_min_version`, Firefox for Android from `gecko_android.strict_min_version`
 * — supports what the built extension uses, by MDN's browser-compat-data: the manifest keys, the
 * WebExtension APIs the built scripts call, and the web platform the banner's script uses on vendor
 * pages. Where one lacks something, the code has a fallback: ALLOWED names it with its reason and a
 * check that the fallback is in the build. A new unsupported use, a fallback that disappears, or an
 * allowance no longer needed fails.
 */

/** The built manifest, as far as this test reads it by name. */
interface Manifest {
	[key: string]: unknown;
	manifest_version: 2 | 3;
	minimum_chrome_version?: string;
	action?: { default_icon?: Record<string, unknown> };
	browser_specific_settings?: {
		gecko?: { strict_min_version?: string };
		gecko_android?: { strict_min_version?: string };
	};
}

interface Built {
	target: Target;
	manifest: Manifest;
	/** Every built script, by path inside the build. */
	scripts: Record<string, string>;
}

function readBuild(dir: string, build: Target["build"]): Built {
	const manifest: Manifest = JSON.parse(readFileSync(join(dir, "manifest.json"), "utf8"));
	const scripts = Object.fromEntries(
		readdirSync(dir, { recursive: true })
			.map(String)
			.filter((file) => file.endsWith(".js"))
			.map((file) => [file, readFileSync(join(dir, file), "utf8")]),
	);
	const settings = manifest.browser_specific_settings;
	const browsers: Partial<Record<Browser, number>> =
		build === "chrome-mv3"
			? { chrome: Number(manifest.minimum_chrome_version), edge: Number(manifest.minimum_chrome_version) }
			: {
					firefox: Number.parseFloat(settings?.gecko?.strict_min_version ?? ""),
					firefox_android: Number.parseFloat(settings?.gecko_android?.strict_min_version ?? ""),
				};
	return {
		target: {
			build,
			manifestVersion: manifest.manifest_version,
			browsers,
			manifestKeys: new Set(Object.keys(manifest)),
		},
		manifest,
		scripts,
	};
}

/** What the build uses, as compat-data features. */
function usesOf(built: Built, scripts = built.scripts): Use[] {
	const areas = [...new Set(Object.values(scripts).flatMap(storageAreasIn))];
	return [
		...manifestUses(built.manifest).uses,
		...Object.entries(scripts).flatMap(([file, code]) => extensionApiUses(file, code, areas)),
		// The banner runs on vendor pages, whatever they are: its web platform is checked too.
		...webPlatformUses("banner.js", scripts["banner.js"] ?? ""),
	];
}

interface Allowance {
	/** A compat-data feature; it also covers the features below it. */
	feature: string;
	build: Target["build"];
	browsers: Browser[];
	reason: string;
	/** Undefined where the fallback is in the build; otherwise what is missing. */
	fallback: (built: Built, scripts: Record<string, string>) => string | undefined;
}

const ACTION_EITHER = /\.action\?\?[\w$.]+\.browserAction\b/;
const eitherAction = (_built: Built, scripts: Record<string, string>) =>
	ACTION_EITHER.test(scripts["background.js"] ?? "")
		? undefined
		: "showOnToolbar no longer takes `browser.action ?? browser.browserAction`";

/** Where the compat data says a browser lacks what the build uses, and why the extension still works. */
const ALLOWED: Allowance[] = [
	{
		feature: "webextensions.api.action",
		build: "firefox-mv2",
		browsers: ["firefox", "firefox_android"],
		reason:
			"`action` is the MV3 name; the Firefox build is MV2 and declares `browser_action`, which " +
			"showOnToolbar takes through `browser.action ?? browser.browserAction`.",
		fallback: eitherAction,
	},
	{
		feature: "webextensions.api.browserAction",
		build: "chrome-mv3",
		browsers: ["chrome", "edge"],
		reason:
			"`browserAction` is the MV2 name, the right side of `browser.action ?? browser.browserAction`; " +
			"in the MV3 build `action` (Chrome and Edge 88) is taken first.",
		fallback: eitherAction,
	},
	{
		feature: "webextensions.api.runtime.onMessage.return_promise",
		build: "chrome-mv3",
		browsers: ["chrome", "edge"],
		reason:
			"Chrome and Edge ignore a promise returned by an onMessage listener. The background reaches " +
			"the API through webextension-polyfill (@wxt-dev/webextension-polyfill), whose onMessage " +
			"wrapper answers with the promise's value through sendResponse.",
		fallback: (_built, scripts) =>
			(scripts["background.js"] ?? "").includes("__mozWebExtensionPolyfillReject__") &&
			(scripts["background.js"] ?? "").includes("Failed to send onMessage rejected reply")
				? undefined
				: "the background no longer carries webextension-polyfill's onMessage wrapper",
	},
	{
		feature: "webextensions.api.tabs.create.openerTabId",
		build: "firefox-mv2",
		browsers: ["firefox_android"],
		reason:
			"Firefox for Android has no `openerTabId`. openChecker catches a refused tabs.create and " +
			"opens the checker with the address alone.",
		fallback: (_built, scripts) =>
			callsInCatch(scripts["background.js"] ?? "", "tabs", "create").some((keys) => keys.join() === "url")
				? undefined
				: "no `tabs.create({ url })` retried in a catch",
	},
	{
		feature: "api.HTMLElement.showPopover",
		build: "chrome-mv3",
		browsers: ["chrome", "edge"],
		reason:
			"The popover API arrived in Chrome and Edge 114. Below it, raiseToTopLayer returns before " +
			"touching it and the banner stays above the page by its style: `position: fixed` and the " +
			"largest z-index.",
		fallback: popoverGuard,
	},
	{
		feature: "api.HTMLElement.hidePopover",
		build: "chrome-mv3",
		browsers: ["chrome", "edge"],
		reason:
			"The guard takes the banner out of the top layer before putting it back, with an optional call " +
			"(`host.hidePopover?.()`): below Chrome and Edge 114 there is nothing to take out, and nothing is called.",
		fallback: (_built, scripts) =>
			/\.hidePopover\?\.\(\)/.test(scripts["banner.js"] ?? "")
				? undefined
				: "the banner calls hidePopover without checking that it exists",
	},
	{
		feature: "html.global_attributes.popover",
		build: "chrome-mv3",
		browsers: ["chrome", "edge"],
		reason: "Set only after the same `typeof host.showPopover` check as showPopover.",
		fallback: popoverGuard,
	},
	{
		feature: "webextensions.manifest.action.default_icon",
		build: "chrome-mv3",
		browsers: ["edge"],
		reason:
			"Edge's data marks it partial: no SVG icons, and `default_icon` must be an object with " +
			"explicit sizes. Ours is PNG files by size, generated from assets/icon.svg.",
		fallback: (built) => {
			const icons = Object.entries(built.manifest.action?.default_icon ?? {});
			return icons.length > 0 &&
				icons.every(([size, path]) => /^\d+$/.test(size) && typeof path === "string" && path.endsWith(".png"))
				? undefined
				: "`action.default_icon` is not an object of PNG files by size";
		},
	},
	{
		feature: "webextensions.manifest.browser_specific_settings.gecko_android",
		build: "firefox-mv2",
		browsers: ["firefox"],
		reason: "Firefox for Android's own key; desktop Firefox ignores it and reads `gecko.strict_min_version`.",
		fallback: (built) =>
			built.manifest.browser_specific_settings?.gecko?.strict_min_version
				? undefined
				: "no `gecko.strict_min_version` for desktop Firefox",
	},
];

function popoverGuard(_built: Built, scripts: Record<string, string>): string | undefined {
	const banner = scripts["banner.js"] ?? "";
	// Every call stands right behind its own check (the minifier keeps them within a few characters).
	const calls = [...banner.matchAll(/\.showPopover\(\)/g)];
	const guarded = (at: number) =>
		/typeof [\w$.]+\.showPopover\s*[!=]==?\s*[`"']function[`"']\)\s*(?:try\s*\{)?\s*[\w$.]+$/.test(
			banner.slice(Math.max(0, at - 80), at),
		);
	if (calls.length === 0 || !calls.every((call) => guarded(call.index)))
		return "the banner calls the popover API without checking that it exists";
	if (!banner.includes("position:fixed!important") || !banner.includes("z-index:2147483647!important"))
		return "the banner's style no longer keeps it fixed on top without the popover API";
	return undefined;
}

/** Top-level manifest keys the compat data has no entry for, and why they are fine. */
const UNDOCUMENTED_KEYS: Record<string, string> = {
	minimum_chrome_version:
		"Chrome's own key, which Edge also reads; this test uses it as the version to check Chrome and Edge at.",
};

const covers = (allowance: Allowance, problem: Problem, build: Target["build"]) =>
	allowance.build === build &&
	allowance.browsers.includes(problem.browser) &&
	(problem.feature === allowance.feature || problem.feature.startsWith(`${allowance.feature}.`));

/** What the build lacks with no allowance, and the allowances that are stale or lost their fallback. */
function audit(built: Built, scripts = built.scripts) {
	const found = problems(usesOf(built, scripts), built.target);
	const unexplained = found
		.filter((problem) => !ALLOWED.some((allowance) => covers(allowance, problem, built.target.build)))
		.map(
			({ feature, browser, version, why, files }) =>
				`${feature} in ${browser} ${version}: ${why} (${files.join(", ")})`,
		);
	const own = ALLOWED.filter((allowance) => allowance.build === built.target.build);
	const stale = own
		.filter((allowance) => !found.some((problem) => covers(allowance, problem, built.target.build)))
		.map((allowance) => `${allowance.feature}: no longer needed in ${allowance.build}`);
	const lostFallbacks = own.flatMap((allowance) => {
		const missing = allowance.fallback(built, scripts);
		return missing ? [`${allowance.feature}: ${missing}`] : [];
	});
	return { unexplained, stale, lostFallbacks };
}

const BUILDS = [
	["chrome-mv3", readBuild(CHROME_BUILD, "chrome-mv3")],
	["firefox-mv2", readBuild(FIREFOX_BUILD, "firefox-mv2")],
] as const;

describe.each(BUILDS)("%s against MDN's browser-compat-data", (_name, built) => {
	test("the manifest states the oldest version of every browser it claims", () => {
		const expected = built.target.build === "chrome-mv3" ? ["chrome", "edge"] : ["firefox", "firefox_android"];
		expect(Object.keys(built.target.browsers)).toEqual(expected);
		for (const [browser, version] of Object.entries(built.target.browsers))
			expect(Number.isFinite(version) && version > 0, `${browser}: ${version}`).toBe(true);
	});

	test("every manifest key is in the compat data (or its absence explained)", () => {
		const { undocumented } = manifestUses(built.manifest);
		expect(undocumented.filter((key) => !(key in UNDOCUMENTED_KEYS))).toEqual([]);
	});

	test("whatever a claimed browser lacks has a named fallback", () => {
		expect(audit(built).unexplained).toEqual([]);
	});

	test("every allowance is still needed, and its fallback is still in the build", () => {
		const { stale, lostFallbacks } = audit(built);
		expect(stale).toEqual([]);
		expect(lostFallbacks).toEqual([]);
	});

	test("the scan sees through the minified scripts", () => {
		// Known uses, each through a different indirection: if the scan went blind, this fails.
		const features = new Set(usesOf(built).map((use) => use.feature));
		for (const feature of [
			"webextensions.api.tabs.create.openerTabId", // options inside conditional spreads
			"webextensions.api.runtime.onMessage.return_promise", // the listener returns promises
			"webextensions.api.browserAction.setBadgeText", // through `let t = … ?? ….browserAction`
			"webextensions.api.storage.local", // the storage wrapper's `browser.storage[area]`
			"webextensions.api.storage.local.get", // the banner's own call, without the polyfill
			"webextensions.api.i18n.getMessage",
			"api.ShadowRoot.adoptedStyleSheets",
			"api.CSSStyleSheet.CSSStyleSheet",
			"api.Element.attachShadow",
			"css.properties.inset",
			`webextensions.manifest.${built.target.manifestVersion === 3 ? "action" : "browser_action"}.default_popup`,
		])
			expect(features, feature).toContain(feature);
	});
});

describe("the check can fail", () => {
	const [, chrome] = BUILDS[0];
	const [, firefox] = BUILDS[1];
	const withScript = (built: Built, file: string, edit: (code: string) => string) => {
		const code = built.scripts[file];
		if (code === undefined) throw new Error(`no ${file} in ${built.target.build}`);
		const edited = edit(code);
		expect(edited, "the edit changed nothing").not.toBe(code);
		return { ...built.scripts, [file]: edited };
	};

	test("an unsupported API injected into the background is caught", () => {
		// Container tabs exist only in Firefox; managed storage is not in Firefox for Android.
		const inject = (code: string) =>
			`${code};globalThis.chrome.tabs.create({url:"x",cookieStoreId:"y"});globalThis.chrome.storage.managed.get();`;
		expect(audit(chrome, withScript(chrome, "background.js", inject)).unexplained).toEqual([
			expect.stringMatching(/^webextensions\.api\.tabs\.create\.cookieStoreId in chrome 111: not supported/),
			expect.stringMatching(/^webextensions\.api\.tabs\.create\.cookieStoreId in edge 111: not supported/),
		]);
		expect(audit(firefox, withScript(firefox, "background.js", inject)).unexplained).toEqual([
			expect.stringMatching(/^webextensions\.api\.storage\.managed\.get in firefox_android 142: not supported/),
			expect.stringMatching(/^webextensions\.api\.tabs\.create\.cookieStoreId in firefox_android 142: not supported/),
		]);
	});

	test("a storage item in an area Firefox for Android lacks is caught", () => {
		const scripts = withScript(firefox, "background.js", (code) => code.replace("`local:${", "`managed:${"));
		expect(audit(firefox, scripts).unexplained).toContainEqual(
			expect.stringMatching(/^webextensions\.api\.storage\.managed in firefox_android/),
		);
	});

	test("a web feature newer than the minimum version, in the banner, is caught", () => {
		// Element.moveBefore arrived in Chrome 133.
		const scripts = withScript(chrome, "banner.js", (code) => `${code};document.body.moveBefore(document.body,null);`);
		expect(audit(chrome, scripts).unexplained).toContainEqual(
			expect.stringMatching(/^api\.Element\.moveBefore in chrome 111: from 133/),
		);
	});

	test("a fallback taken out of the build is caught", () => {
		const noRetry = withScript(firefox, "background.js", (code) =>
			code.replace(/catch\{(?:return )?await ([\w$.]+)\.tabs\.create\(\{url:([\w$]+)\}\)\}/, "catch{}"),
		);
		expect(audit(firefox, noRetry).lostFallbacks).toEqual([
			"webextensions.api.tabs.create.openerTabId: no `tabs.create({ url })` retried in a catch",
		]);
		const noGuard = withScript(chrome, "banner.js", (code) =>
			code.replace(/if\(typeof [\w$.]+\.showPopover[!=]=?=`function`\)/, "if(!0)"),
		);
		expect(audit(chrome, noGuard).lostFallbacks).toEqual([
			"api.HTMLElement.showPopover: the banner calls the popover API without checking that it exists",
			"html.global_attributes.popover: the banner calls the popover API without checking that it exists",
		]);
	});

	test("an allowance no longer needed is caught", () => {
		// Without openerTabId in the call, Firefox for Android lacks nothing there: the entry is stale.
		const scripts = withScript(firefox, "background.js", (code) =>
			code.replace(/,\.\.\.[^,]*openerTabId:[\w$.]+\}/, ""),
		);
		expect(audit(firefox, scripts).stale).toEqual([
			"webextensions.api.tabs.create.openerTabId: no longer needed in firefox-mv2",
		]);
	});
});
