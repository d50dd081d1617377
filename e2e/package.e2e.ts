import { execFileSync } from "node:child_process";
import { readdirSync, readFileSync } from "node:fs";
import { join } from "node:path";
import { beforeAll, describe, expect, test } from "vitest";
import { matchPatternsFor } from "../lib/banner/sites";
import { vendors } from "../lib/incidents";
import { GECKO_ID, ICON_SIZES, MINIMUM_CHROME_VERSION } from "../wxt.config";
import { CHROME_BUILD, FIREFOX_BUILD, ROOT } from "./support/paths";

/** The built manifests, as the stores will read them: exactly the permissions we promise. */
const read = (dir: string) => JSON.parse(readFileSync(join(dir, "manifest.json"), "utf8"));

describe.each([
	["chrome-mv3", CHROME_BUILD],
	["firefox-mv2", FIREFOX_BUILD],
])("%s manifest", (name, dir) => {
	const manifest = read(dir);

	test("permissions are exactly storage; no host permissions, no <all_urls>, nothing web-accessible", () => {
		expect(manifest.permissions).toEqual(["storage"]);
		expect(manifest.optional_permissions).toBeUndefined();
		expect(manifest.host_permissions).toBeUndefined();
		expect(manifest.web_accessible_resources).toBeUndefined();
		expect(JSON.stringify(manifest)).not.toContain("<all_urls>");
	});

	test("the content script's matches are the data's sites, generated; it starts before any page script", () => {
		expect(manifest.content_scripts).toHaveLength(1);
		expect(manifest.content_scripts[0].matches).toEqual(matchPatternsFor(vendors));
		expect(manifest.content_scripts[0].run_at).toBe("document_start");
		expect(manifest.content_scripts[0].all_frames).toBeUndefined();
		expect(manifest.content_scripts[0].css).toBeUndefined();
	});

	test("the content script carries the closed banner only: no framework, no details, minified styles", () => {
		const script = readFileSync(join(dir, "banner.js"), "utf8");
		// The closed banner in both languages, for every vendor.
		for (const vendor of vendors) expect(script).toContain(vendor.id);
		expect(script.match(/data-action="check"/g)).toHaveLength(vendors.length * 2);
		// What opening the details shows comes from the background: none of it is on the page.
		for (const detailsOnly of [
			"97,438",
			"109,112",
			"利用規約",
			"One blog says",
			"このサイトでは表示しない",
			"Hide on this site",
		])
			expect(script).not.toContain(detailsOnly);
		for (const runtime of ["preact", "webextension-polyfill", "createShadowRootUi", "postMessage"])
			expect(script).not.toContain(runtime);
		// Nor WXT's unlisted-script wrapper (a crash logger that does nothing in production; wxt.config.ts).
		expect(script).not.toContain("crashed on startup");
		// The style sheets went through the minifier: no comments, no indentation.
		expect(script).not.toMatch(/\/\*|\n\t/);
		expect(script).toContain("font:14px/1.45 sans-serif");
	});

	test("extension pages may connect nowhere", () => {
		const csp =
			name === "chrome-mv3" ? manifest.content_security_policy.extension_pages : manifest.content_security_policy;
		expect(csp).toMatch(/(^|;)\s*connect-src 'none'\s*(;|$)/);
		expect(csp).toMatch(/script-src 'self'/);
	});

	test("names and descriptions come from _locales, Japanese first", () => {
		expect(manifest.default_locale).toBe("ja");
		expect(manifest.name).toBe("__MSG_extName__");
		for (const locale of ["ja", "en"]) {
			const messages = JSON.parse(readFileSync(join(dir, "_locales", locale, "messages.json"), "utf8"));
			for (const key of ["extName", "extShortName", "extDescription", "actionTitle"]) {
				expect(messages[key]?.message?.length, `${locale}.${key}`).toBeGreaterThan(0);
			}
			expect(messages.extDescription.message.length).toBeLessThanOrEqual(132);
		}
	});

	test("Firefox-only keys only in the Firefox build, Chrome's minimum version only in the Chrome build", () => {
		if (name === "chrome-mv3") {
			expect(manifest.browser_specific_settings).toBeUndefined();
			expect(manifest.minimum_chrome_version).toBe(MINIMUM_CHROME_VERSION);
			return;
		}
		expect(manifest.minimum_chrome_version).toBeUndefined();
		const { gecko, gecko_android: android } = manifest.browser_specific_settings;
		expect(gecko.id).toBe(GECKO_ID);
		// An id the project owns for good: a UUID in braces, no domain to keep.
		expect(gecko.id).toMatch(/^\{[0-9a-f]{8}-[0-9a-f]{4}-4[0-9a-f]{3}-[89ab][0-9a-f]{3}-[0-9a-f]{12}\}$/);
		expect(gecko.data_collection_permissions).toEqual({ required: ["none"] });
		expect(Number.parseFloat(gecko.strict_min_version)).toBeGreaterThanOrEqual(140);
		expect(Number.parseFloat(android.strict_min_version)).toBeGreaterThanOrEqual(142);
	});

	test("icons: every size from the one drawing, in the manifest and on the toolbar button", () => {
		expect(
			Object.keys(manifest.icons)
				.map(Number)
				.sort((a, b) => a - b),
		).toEqual([...ICON_SIZES].sort((a, b) => a - b));
		const action = name === "chrome-mv3" ? manifest.action : manifest.browser_action;
		expect(Object.keys(action.default_icon).length).toBeGreaterThan(0);
		for (const [size, path] of [...Object.entries(manifest.icons), ...Object.entries(action.default_icon)] as [
			string,
			string,
		][]) {
			const png = readFileSync(join(dir, path));
			// PNG signature, then the IHDR chunk's width and height.
			expect(png.subarray(1, 4).toString("latin1")).toBe("PNG");
			expect([png.readUInt32BE(16), png.readUInt32BE(20)], path).toEqual([Number(size), Number(size)]);
		}
	});

	test("ships the privacy page (HTML, not the repository's Markdown), and no source maps", () => {
		const files = readdirSync(dir, { recursive: true }).map(String);
		expect(files).toContain("privacy.html");
		expect(files.filter((file) => file.startsWith("PRIVACY"))).toEqual([]);
		expect(files.filter((file) => file.endsWith(".map"))).toEqual([]);
	});
});

describe("store-ready packages", () => {
	let zips: string[] = [];
	beforeAll(() => {
		execFileSync("npx", ["wxt", "zip"], { cwd: ROOT, stdio: "ignore" });
		execFileSync("npx", ["wxt", "zip", "-b", "firefox"], { cwd: ROOT, stdio: "ignore" });
		zips = readdirSync(join(ROOT, ".output")).filter((file) => file.endsWith(".zip"));
		// The zip steps rebuild: leave the builds as they were for the browser tests.
	}, 120_000);

	test("Chrome zip, Firefox zip and Firefox sources zip", () => {
		expect(zips.some((file) => file.endsWith("-chrome.zip"))).toBe(true);
		expect(zips.some((file) => file.endsWith("-firefox.zip"))).toBe(true);
		expect(zips.some((file) => file.endsWith("-sources.zip"))).toBe(true);
	});

	test("the sources zip holds what rebuilds the extension and nothing else", () => {
		const sources = zips.find((file) => file.endsWith("-sources.zip")) as string;
		const listing = execFileSync("unzip", ["-Z1", join(ROOT, ".output", sources)], { encoding: "utf8" }).split("\n");
		for (const needed of [
			"package.json",
			"package-lock.json",
			"wxt.config.ts",
			"tsconfig.json",
			"lib/exposure/assess.ts",
			"entrypoints/background.ts",
			"PRIVACY.md",
			"README.md",
			"assets/icon.svg",
		]) {
			expect(listing, needed).toContain(needed);
		}
		const unwanted = listing.filter(
			(file) => /^(node_modules|\.output|\.tmp|\.wxt|e2e|\.git|bench)\//.test(file) || /\.(log|pem)$/.test(file),
		);
		expect(unwanted).toEqual([]);
	});

	test("web-ext lint: no errors on the Firefox build", () => {
		let output = "";
		try {
			output = execFileSync(
				"npx",
				["web-ext", "lint", "--source-dir", FIREFOX_BUILD, "--output", "json", "--no-config-discovery"],
				{
					cwd: ROOT,
					encoding: "utf8",
				},
			);
		} catch (error) {
			output = (error as { stdout?: string }).stdout ?? "";
		}
		const report = JSON.parse(output.slice(output.indexOf("{")));
		expect(report.errors.map((entry: { code: string }) => entry.code)).toEqual([]);
		// Warnings are allowed only where the README explains them (Preact's innerHTML path).
		const warnings = report.warnings.map((entry: { code: string; file: string }) => `${entry.code} ${entry.file}`);
		for (const warning of warnings) expect(warning).toMatch(/^UNSAFE_VAR_ASSIGNMENT /);
	});
});
