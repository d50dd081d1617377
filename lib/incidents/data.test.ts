import { existsSync, readdirSync, readFileSync } from "node:fs";
import { describe, expect, test } from "vitest";
import { isHostname } from "../banner/sites";
import { dayParts, isDay } from "../calendar/day";
import { LOCALES } from "../i18n/text";
import { incidents, vendors } from ".";
import type { Incident } from "./types";

/** Every value in a tree, with a readable path, so a rule can be checked everywhere at once. */
function* walk(value: unknown, path = "$"): Generator<[string, unknown]> {
	yield [path, value];
	if (Array.isArray(value)) {
		for (const [index, item] of value.entries()) yield* walk(item, `${path}[${index}]`);
	} else if (typeof value === "object" && value !== null) {
		for (const [key, item] of Object.entries(value)) yield* walk(item, `${path}.${key}`);
	}
}

const isObject = (value: unknown): value is Record<string, unknown> => typeof value === "object" && value !== null;
const DAY_LIKE = /^\d{4}-\d{2}-\d{2}$/;

function duplicates(values: readonly string[]): string[] {
	return values.filter((value, index) => values.indexOf(value) !== index);
}

/** Every list of cited source ids inside an incident. */
function citations(incident: Incident): [string, readonly string[]][] {
	return [...walk(incident)].flatMap(([path, value]) =>
		path.endsWith(".sources") && !path.endsWith("$.sources") && Array.isArray(value) && typeof value[0] !== "object"
			? [[path, value as string[]]]
			: [],
	);
}

describe.each(incidents.map((incident) => [incident.id, incident] as const))("incident %s", (_id, incident) => {
	test("has an official source", () => {
		expect(incident.sources.some((source) => source.kind === "official")).toBe(true);
	});

	test("the official notice and the announcement rest on sources", () => {
		expect(incident.notice.sources.length).toBeGreaterThan(0);
		expect(incident.announced.sources.length).toBeGreaterThan(0);
	});

	test("every citation names a source the incident lists, and cites at least one", () => {
		const known = new Set(incident.sources.map((source) => source.id));
		const lists = citations(incident);
		expect(lists.length).toBeGreaterThan(10);
		for (const [path, ids] of lists) {
			expect(ids.length, path).toBeGreaterThan(0);
			for (const id of ids) expect(known.has(id), `${path} cites ${id}`).toBe(true);
		}
	});

	test("every listed source is cited somewhere", () => {
		const cited = new Set(citations(incident).flatMap(([, ids]) => ids));
		expect(incident.sources.map((source) => source.id).filter((id) => !cited.has(id))).toEqual([]);
	});

	test("ids are unique", () => {
		const ids = [...walk(incident)].flatMap(([path, value]) =>
			path.endsWith(".id") && typeof value === "string" && !path.startsWith("$.sources") ? [value] : [],
		);
		expect(duplicates(ids)).toEqual([]);
		expect(duplicates(incident.sources.map((source) => source.id))).toEqual([]);
	});

	test("every day is a real calendar day and every span is ordered", () => {
		for (const [path, value] of walk(incident)) {
			if (typeof value === "string" && DAY_LIKE.test(value)) expect(isDay(value), path).toBe(true);
			if (isObject(value) && typeof value.from === "string" && typeof value.to === "string") {
				expect(value.from <= value.to, `${path} is ordered`).toBe(true);
			}
		}
	});

	test("events are in order", () => {
		const starts = incident.events.map((event) => (typeof event.on === "string" ? event.on : event.on.from));
		expect(starts).toEqual([...starts].sort());
	});

	test("sources are real addresses with a kind", () => {
		for (const source of incident.sources) {
			expect(["http:", "https:"]).toContain(new URL(source.url).protocol);
			expect(["official", "press", "blog", "customer"]).toContain(source.kind);
			expect(source.title.trim()).toBe(source.title);
			expect(source.title.length).toBeGreaterThan(0);
		}
	});

	test("every text exists in Japanese and English, trimmed and non-empty", () => {
		let texts = 0;
		for (const [path, value] of walk(incident)) {
			if (!isObject(value) || !("ja" in value || "en" in value)) continue;
			texts++;
			for (const locale of LOCALES) {
				const text = value[locale];
				expect(typeof text, `${path}.${locale}`).toBe("string");
				expect((text as string).trim(), `${path}.${locale}`).toBe(text);
				expect((text as string).length, `${path}.${locale}`).toBeGreaterThan(0);
			}
		}
		expect(texts).toBeGreaterThan(20);
	});

	test("paths with several wordings name the conflict, and every conflict named exists", () => {
		const conflicts = new Set(incident.conflicts.map((conflict) => conflict.id));
		for (const path of incident.paths) {
			expect(path.wordings.length).toBeGreaterThan(0);
			if (path.wordings.length > 1) expect(path.conflict && conflicts.has(path.conflict), path.id).toBe(true);
			for (const wording of path.wordings) {
				for (const clause of wording.unresolved ?? []) expect(conflicts.has(clause.conflict), clause.id).toBe(true);
			}
		}
	});

	test("exclusions apply to paths the incident has", () => {
		const paths = new Set<string>(incident.paths.map((path) => path.id));
		for (const exclusion of incident.exclusions) {
			expect(exclusion.appliesTo.length).toBeGreaterThan(0);
			for (const path of exclusion.appliesTo) expect(paths.has(path), exclusion.id).toBe(true);
		}
	});

	test("every clause tests something, and channel tests are not empty", () => {
		for (const [path, value] of walk(incident)) {
			if (path.endsWith(".all")) expect((value as unknown[]).length, path).toBeGreaterThan(0);
			if (path.endsWith(".oneOf")) expect((value as unknown[]).length, path).toBeGreaterThan(0);
		}
	});
});

test("incidents are sorted by id and unique", () => {
	const ids = incidents.map((incident) => incident.id);
	expect(ids).toEqual([...ids].sort());
	expect(duplicates(ids)).toEqual([]);
});

describe("vendors and their sites", () => {
	test("sorted, unique, each with its incidents", () => {
		const ids = vendors.map((vendor) => vendor.id);
		expect(ids).toEqual([...ids].sort());
		expect(duplicates(ids)).toEqual([]);
		for (const vendor of vendors) {
			for (const id of vendor.incidents) {
				expect(incidents.find((incident) => incident.id === id)?.vendor).toBe(vendor.id);
			}
		}
		for (const incident of incidents) expect(ids).toContain(incident.vendor);
	});

	const sites = vendors.flatMap((vendor) => vendor.sites.map((site) => ({ vendor, site })));

	test("domains are lowercase hostnames, sorted within a vendor, and never repeat or nest", () => {
		for (const vendor of vendors) {
			const domains = vendor.sites.map((site) => site.domain);
			expect(domains).toEqual([...domains].sort());
		}
		const domains = sites.map(({ site }) => site.domain);
		expect(duplicates(domains)).toEqual([]);
		for (const domain of domains) {
			expect(isHostname(domain), domain).toBe(true);
			expect(domain).toBe(domain.toLowerCase());
			expect(domain.startsWith("www."), `${domain}: the www. host is covered as a subdomain`).toBe(false);
			for (const other of domains) if (other !== domain) expect(domain.endsWith(`.${other}`)).toBe(false);
		}
	});

	test("every site rests on a source its vendor lists", () => {
		for (const { vendor, site } of sites) {
			expect(site.sources.length).toBeGreaterThan(0);
			for (const id of site.sources) expect(vendor.sources.map((source) => source.id)).toContain(id);
		}
	});

	test("exactly the domains the facts file establishes", () => {
		expect(sites.map(({ site }) => site.domain).sort()).toEqual([
			"globalcellular.jp",
			"globaldata.jp",
			"imotonowifi.jp",
			"telecomsquare.co.jp",
			"telecomsquare.net",
			"wi-ho.net",
			"xcomglobal.co.jp",
		]);
	});
});

/**
 * The facts file is the only source of incident data: every day and every count in the data must
 * stand in it, in one of the ways it writes them. This catches an invented or mistyped fact.
 */
const FACTS = new URL("../../../shared/facts/incidents.md", import.meta.url);
describe.skipIf(!existsSync(FACTS))("the data against shared/facts/incidents.md", () => {
	const facts = existsSync(FACTS) ? readFileSync(FACTS, "utf8") : "";

	function writtenForms(day: string): string[] {
		const parts = dayParts(day);
		if (!parts) return [day];
		const { year, month, day: date } = parts;
		const mm = String(month).padStart(2, "0");
		const dd = String(date).padStart(2, "0");
		return [
			day,
			`${year}/${month}/${date}`,
			`${month}/${date}`,
			`${mm}-${dd}`,
			`平成${year - 1988}年${month}月${date}日`,
		];
	}

	test.each(incidents.map((incident) => [incident.id, incident] as const))("every day in %s", (_id, incident) => {
		for (const [path, value] of walk(incident)) {
			if (typeof value !== "string" || !DAY_LIKE.test(value)) continue;
			expect(
				writtenForms(value).some((form) => facts.includes(form)),
				`${path} = ${value}`,
			).toBe(true);
		}
	});

	test.each(incidents.map((incident) => [incident.id, incident] as const))("every count in %s", (_id, incident) => {
		for (const count of [incident.records.value, incident.misusedCards?.value]) {
			if (count === undefined) continue;
			expect(facts.includes(count.toLocaleString("en-US")) || facts.includes(String(count)), String(count)).toBe(true);
		}
	});

	test("every figure in the data's texts (amounts, phone numbers, hours, counts) stands in the facts or the seed", () => {
		const seedDir = new URL("../../../shared/seeds/", import.meta.url);
		const seeds = readdirSync(seedDir)
			.map((name) => readFileSync(new URL(name, seedDir), "utf8"))
			.join("\n");
		const figures = new Set<string>();
		for (const [, value] of walk([...incidents, ...vendors])) {
			if (!isObject(value) || !("ja" in value && "en" in value)) continue;
			for (const text of [value.ja, value.en] as string[]) {
				for (const match of text.matchAll(/\d[\d,.:-]*\d/g)) {
					if (!DAY_LIKE.test(match[0]) && match[0].length >= 3) figures.add(match[0]);
				}
			}
		}
		expect(figures.size).toBeGreaterThan(10);
		expect([...figures].filter((figure) => !facts.includes(figure) && !seeds.includes(figure))).toEqual([]);
	});

	test("every source address is one the facts file gives", () => {
		const urls = [
			...incidents.flatMap((incident) => incident.sources),
			...vendors.flatMap((vendor) => vendor.sources),
		].map((source) => source.url);
		for (const url of urls) expect(facts.includes(url), url).toBe(true);
		for (const incident of incidents)
			expect(facts.includes(incident.notice.value.url), incident.notice.value.url).toBe(true);
	});
});

describe("the source registry", () => {
	test("each source once, each one used by an incident or the vendor list", async () => {
		const { SOURCES } = await import("./sources");
		const used = new Set([
			...incidents.flatMap((incident) => incident.sources),
			...vendors.flatMap((vendor) => vendor.sources),
		]);
		const all = Object.values(SOURCES);
		expect(duplicates(all.map((source) => source.url))).toEqual([]);
		expect(all.filter((source) => !used.has(source)).map((source) => source.id)).toEqual([]);
	});
});
