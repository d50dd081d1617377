import { readdirSync, readFileSync } from "node:fs";
import { join, relative } from "node:path";
import { describe, expect, test } from "vitest";

/**
 * lib/ is the part that must run anywhere and give the same answer: no browser API, no DOM, no
 * clock, no network. This reads every shipped file under lib/ and fails on any of them.
 */
const LIB = new URL(".", import.meta.url).pathname;

function sourceFiles(dir: string): string[] {
	return readdirSync(dir, { withFileTypes: true }).flatMap((entry) => {
		const path = join(dir, entry.name);
		if (entry.isDirectory()) return sourceFiles(path);
		return /\.tsx?$/.test(entry.name) && !/\.test\.tsx?$/.test(entry.name) ? [path] : [];
	});
}

/** Comments are not code: strip them so a doc example cannot trip a rule. */
function withoutComments(text: string): string {
	return text.replace(/\/\*[\s\S]*?\*\//g, "").replace(/(^|[^:"'])\/\/.*$/gm, "$1");
}

/** Import lines keep their specifiers; everything else is checked with string contents blanked. */
function codeOnly(text: string): string {
	return withoutComments(text)
		.split("\n")
		.map((line) =>
			/^\s*(import|export)\b.*\bfrom\b/.test(line)
				? line
				: line.replace(/"(?:[^"\\]|\\.)*"/g, '""').replace(/`(?:[^`\\]|\\.)*`/g, "``"),
		)
		.join("\n");
}

const FORBIDDEN: [string, RegExp][] = [
	["imports wxt/browser", /from\s+["']wxt\/browser["']/],
	["imports a WXT runtime util", /from\s+["']wxt\/utils\//],
	["imports webextension-polyfill", /from\s+["'](@wxt-dev\/)?webextension-polyfill["']/],
	["imports #imports", /from\s+["']#imports["']/],
	["imports @wxt-dev/storage", /from\s+["']@wxt-dev\/storage["']/],
	["imports preact", /from\s+["']preact/],
	["uses browser.*", /\bbrowser\s*\./],
	["uses chrome.*", /\bchrome\s*\./],
	["uses the DOM", /\b(document|window|navigator|localStorage|sessionStorage|HTMLElement|customElements)\b/],
	["reads the clock", /\bDate\.now\s*\(|new\s+Date\s*\(\s*\)|\bperformance\.now\b/],
	["uses the network", /\b(fetch|XMLHttpRequest|WebSocket|EventSource|sendBeacon)\b/],
	["uses timers", /\b(setTimeout|setInterval|requestAnimationFrame)\b/],
];

describe("lib/ is pure", () => {
	const files = sourceFiles(LIB);

	test("finds the files it checks", () => {
		expect(files.length).toBeGreaterThan(8);
	});

	test.each(files.map((file) => [relative(LIB, file), file]))("%s", (_name, file) => {
		const code = codeOnly(readFileSync(file, "utf8"));
		const broken = FORBIDDEN.filter(([, pattern]) => pattern.test(code)).map(([rule]) => rule);
		expect(broken).toEqual([]);
	});

	test("the checker catches each forbidden thing", () => {
		const samples = [
			'import { browser } from "wxt/browser";',
			'import x from "wxt/utils/storage";',
			'import b from "webextension-polyfill";',
			'import { storage } from "#imports";',
			'import { storage } from "@wxt-dev/storage";',
			'import { h } from "preact";',
			"browser.runtime.id;",
			"chrome.storage.local;",
			"document.body;",
			"const now = new Date();",
			"fetch(url);",
			"setTimeout(run, 1);",
		];
		for (const sample of samples) {
			const code = codeOnly(sample);
			expect(
				FORBIDDEN.some(([, pattern]) => pattern.test(code)),
				sample,
			).toBe(true);
		}
		expect(FORBIDDEN.some(([, pattern]) => pattern.test(codeOnly("// document.body in a comment")))).toBe(false);
	});
});
