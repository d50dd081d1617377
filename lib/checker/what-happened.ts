import { maxDay, minDay } from "../calendar/day";
import { westernDay } from "../calendar/era";
import { dataKindLabel, figureText } from "../i18n/banner-messages";
import { LOCALES, type Locale } from "../i18n/text";
import { whatHappenedMessage as say } from "../i18n/what-happened-messages";
import { incidents } from "../incidents";
import type { VendorId } from "../incidents/rental";
import { DATA_KINDS, type DataKind, type ExposurePath, type Incident } from "../incidents/types";
import { vendorById } from "../incidents/vendors";
import { vendorWebsites } from "./labels";
import { publishedPeriods } from "./timeline";

/**
 * "What happened", in plain words, before any answer (issue 23): per breach, when it was
 * announced, whose rentals it concerns and what leaked, in two or three sentences. Every date,
 * site, data kind and figure comes from the incident data; the sentences around them are
 * lib/i18n/what-happened-messages.ts. The build writes the result into the pages
 * (virtual:what-happened), so the popup's first screen carries the sentences, not the data.
 */
export interface WhatHappened {
	vendor: VendorId;
	/** The company's name in the locale. */
	company: string;
	sentences: string[];
}

/** Items as a sentence lists them: 「カード番号・有効期限」, "card number and expiry date". */
function listed(locale: Locale, items: readonly string[]): string {
	if (locale === "ja") return items.join("・");
	if (items.length <= 1) return items.join("");
	return say(locale, "and", { a: items.slice(0, -1).join(", "), b: items.at(-1) as string });
}

/** The days a path's published wordings reach, first to last, over all its clauses. */
export function pathReach(incident: Incident, path: ExposurePath): { from: string; to: string } {
	const bounds = publishedPeriods(incident)
		.filter((period) => period.path === path)
		.map((period) => period.bounds);
	const froms = bounds.flatMap((bound) => (bound.from === undefined ? [] : [bound.from]));
	const tos = bounds.flatMap((bound) => (bound.to === undefined ? [] : [bound.to]));
	if (froms.length === 0 || tos.length === 0) throw new Error(`${incident.id}/${path.id} has no closed period`);
	return { from: froms.reduce(minDay), to: tos.reduce(maxDay) };
}

function span(locale: Locale, reach: { from: string; to: string }): string {
	return say(locale, "span", { from: westernDay(reach.from, locale), to: westernDay(reach.to, locale) });
}

/** Data kinds in the one order every list uses (audit G23). */
function kinds(locale: Locale, list: readonly DataKind[]): string {
	return listed(
		locale,
		DATA_KINDS.filter((kind) => list.includes(kind)).map((kind) => dataKindLabel(locale, kind)),
	);
}

function pathById(incident: Incident, id: ExposurePath["id"]): ExposurePath {
	const path = incident.paths.find((candidate) => candidate.id === id);
	if (!path) throw new Error(`${incident.id} has no path ${id}`);
	return path;
}

function sentencesOf(locale: Locale, incident: Incident): string[] {
	const date = westernDay(incident.announced.value, locale);
	const records = figureText(locale, incident.records.value);
	switch (incident.id) {
		case "telecom-square-2013": {
			const corporate = pathById(incident, "ap-a");
			const web = pathById(incident, "web-b");
			// What every server held, then what only the corporate sites' server held.
			const common = web.leaked.value.filter((kind) => corporate.leaked.value.includes(kind));
			const extra = corporate.leaked.value.filter((kind) => !common.includes(kind));
			return [
				say(locale, "telecom-square-2013.announced", { date }),
				say(locale, "telecom-square-2013.who", {
					corporate: span(locale, pathReach(incident, corporate)),
					web: span(locale, pathReach(incident, web)),
					sites: vendorWebsites(incident.vendor),
				}),
				say(locale, "telecom-square-2013.leaked", {
					common: kinds(locale, common),
					extra: kinds(locale, extra),
					records,
				}),
			];
		}
		case "xcom-global-2013": {
			const [path] = incident.paths;
			if (!path || incident.paths.length !== 1) throw new Error("XCom Global's breach has one path");
			return [
				say(locale, "xcom-global-2013.announced", { date, servers: path.name[locale] }),
				say(locale, "xcom-global-2013.who", { period: span(locale, pathReach(incident, path)) }),
				say(locale, "xcom-global-2013.leaked", { kinds: kinds(locale, path.leaked.value), records }),
			];
		}
	}
}

export function whatHappened(locale: Locale): WhatHappened[] {
	return incidents.map((incident) => ({
		vendor: incident.vendor,
		company: vendorById(incident.vendor).name[locale],
		sentences: sentencesOf(locale, incident),
	}));
}

/** Both languages: what the build writes into the pages. */
export function whatHappenedInBoth(): Record<Locale, WhatHappened[]> {
	return Object.fromEntries(LOCALES.map((locale) => [locale, whatHappened(locale)])) as Record<Locale, WhatHappened[]>;
}
