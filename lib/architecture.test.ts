import { existsSync, readdirSync, readFileSync, statSync } from "node:fs";
import { dirname, join, relative, resolve } from "node:path";
import { describe, expect, test } from "vitest";

/**
 * The tree is the design: sourced data → the engine → the calendar it stands on → the pure part
 * of each feature, and the views beside them. Each room lists the rooms it may import from; an
 * import anywhere else fails here. Tests may reach anywhere.
 */
const ROOT = resolve(new URL(".", import.meta.url).pathname, "..");

/** A room and the rooms it may import from (itself always allowed). Most specific prefix wins. */
const ROOMS: Record<string, readonly string[]> = {
	"lib/calendar": [],
	// The Text and Locale types: a leaf every room may name.
	"lib/i18n/text.ts": [],
	"lib/incidents": ["lib/calendar", "lib/i18n/text.ts"],
	"lib/exposure": ["lib/incidents", "lib/calendar", "lib/i18n/text.ts"],
	"lib/i18n": ["lib/incidents", "lib/calendar", "lib/i18n/text.ts"],
	"lib/banner": ["lib/incidents", "lib/calendar", "lib/i18n", "lib/i18n/text.ts"],
	"lib/checker": ["lib/incidents", "lib/exposure", "lib/calendar", "lib/i18n", "lib/i18n/text.ts"],
	// The open criteria format: the validator and the evaluator's helpers, on the data and the engine.
	"lib/criteria": ["lib/incidents", "lib/exposure", "lib/calendar", "lib/i18n", "lib/i18n/text.ts"],
	"components/shared": ["lib"],
	"components/storage": ["lib"],
	"components/banner": ["lib", "components/shared"],
	"components/checker": ["lib", "components/shared", "components/storage", "components/checker/CheckerPageExtras.tsx"],
	"components/privacy": ["lib", "components/shared", "components/storage"],
	// The draft preview: loaded only when a person opens a file; its entry (a file picker) is on the
	// full checker's page, whose extras are the one checker file that may name it.
	"components/criteria": ["lib", "components/shared"],
	"components/checker/CheckerPageExtras.tsx": [
		"lib",
		"components/shared",
		"components/storage",
		"components/checker",
		"components/criteria/DraftPreviewEntry.tsx",
	],
};

function roomOf(path: string): string | undefined {
	return Object.keys(ROOMS)
		.filter((room) => path === room || path.startsWith(`${room}/`))
		.sort((a, b) => b.length - a.length)[0];
}

function mayImport(from: string, target: string): boolean {
	const room = roomOf(from);
	if (!room) return true;
	const targetRoom = roomOf(target);
	if (targetRoom === room) return true;
	return (ROOMS[room] ?? []).some((allowed) =>
		allowed.endsWith(".ts") ? target === allowed : target === allowed || target.startsWith(`${allowed}/`),
	);
}

function sourceFiles(dir: string): string[] {
	return readdirSync(join(ROOT, dir), { withFileTypes: true }).flatMap((entry) => {
		const path = `${dir}/${entry.name}`;
		if (entry.isDirectory()) return sourceFiles(path);
		return /\.tsx?$/.test(entry.name) && !/\.test\.tsx?$/.test(entry.name) ? [path] : [];
	});
}

/** Relative specifiers of every import and re-export, static or dynamic. */
function relativeImports(text: string): string[] {
	return [...text.matchAll(/(?:\bfrom\s*|\bimport\s*\(?\s*)["'](\.{1,2}\/[^"'?]+)/g)].map(
		(match) => match[1] as string,
	);
}

function resolveImport(from: string, specifier: string): string {
	const base = relative(ROOT, resolve(ROOT, dirname(from), specifier));
	for (const candidate of [base, `${base}.ts`, `${base}.tsx`, `${base}/index.ts`, `${base}/index.tsx`]) {
		const absolute = join(ROOT, candidate);
		if (existsSync(absolute) && statSync(absolute).isFile()) return candidate;
	}
	throw new Error(`${from}: cannot resolve ${specifier}`);
}

describe("imports follow the design", () => {
	const files = [...sourceFiles("lib"), ...sourceFiles("components")];

	test("every shipped file sits in a named room", () => {
		expect(files.filter((file) => !roomOf(file))).toEqual([]);
		expect(files.length).toBeGreaterThan(30);
	});

	test.each(files)("%s", (file) => {
		const targets = relativeImports(readFileSync(join(ROOT, file), "utf8")).map((spec) => resolveImport(file, spec));
		expect(targets.filter((target) => !mayImport(file, target))).toEqual([]);
	});

	test("the rule fires on each forbidden direction", () => {
		const forbidden: [string, string][] = [
			["lib/calendar/day.ts", "lib/incidents/rental.ts"],
			["lib/incidents/types.ts", "lib/exposure/types.ts"],
			["lib/incidents/types.ts", "lib/i18n/messages.ts"],
			["lib/exposure/assess.ts", "lib/checker/result.ts"],
			["lib/banner/banner-facts.ts", "lib/checker/labels.ts"],
			["lib/checker/result.ts", "lib/banner/sites.ts"],
			["lib/i18n/text.ts", "lib/calendar/day.ts"],
			["components/checker/Checker.tsx", "components/banner/Banner.tsx"],
			["components/banner/Banner.tsx", "components/checker/FindingCard.tsx"],
			["components/shared/SourceList.tsx", "components/storage/storage.ts"],
			["lib/incidents/index.ts", "lib/criteria/check.ts"],
			["lib/exposure/assess.ts", "lib/criteria/check.ts"],
			["lib/criteria/check.ts", "lib/checker/result.ts"],
			["components/criteria/DraftPreview.tsx", "components/storage/storage.ts"],
			["components/criteria/DraftPreview.tsx", "components/checker/Checker.tsx"],
		];
		for (const [from, target] of forbidden) expect(mayImport(from, target), `${from} → ${target}`).toBe(false);
		expect(mayImport("lib/checker/result.ts", "lib/exposure/types.ts")).toBe(true);
		expect(relativeImports('import { a } from "../x";\nexport * from "./y";\nimport("./z");')).toEqual([
			"../x",
			"./y",
			"./z",
		]);
	});
});
