import type { Day, DaySpan } from "../calendar/day";
import { describeDay, describeSpan, westernDay } from "../calendar/era";
import type { Locale, Text } from "../i18n/text";
import { accessPeriodsBeyondPaths, incidentsOf, vendors } from "../incidents";
import type { VendorId } from "../incidents/rental";
import {
	type Certainty,
	DATA_KINDS,
	type DataKind,
	type ExposurePath,
	type Figure,
	type Incident,
	type PathId,
	type Vendor,
} from "../incidents/types";

/**
 * What the banner shows, picked from the incident data at build time. The content script runs on
 * every vendor page, so it carries these facts and nothing else (no criteria, no source lists).
 */
export interface BannerIncident {
	id: Incident["id"];
	dataVersion: number;
	title: Text;
	announced: Day;
	/** Dates already written out in both calendars, at build time: the page carries no date code. */
	announcedText: { headline: Text; full: Text };
	notice: { url: string; title: string; note?: Text };
	records: { value: Figure; note?: Text };
	misuse?: { value: Figure; certainty: Certainty; note?: Text };
	securityCode: "leaked" | "not-held";
	paths: {
		id: PathId;
		name: Text;
		/** In the product's one order of data kinds. */
		leaked: readonly DataKind[];
		/** The notice's own phrase: Telecom Square's 「流出した可能性のある情報」, or a confirmed leak. */
		leakedPhrase: ExposurePath["leaked"]["phrase"];
		leakedOnText: Text;
		leakedOnMeaning: ExposurePath["leakedOn"]["meaning"];
	}[];
	/** What the company and the regulator did. */
	actions: { onText?: Text; text: Text; certainty: Certainty }[];
	/**
	 * Periods of unauthorized access a regulator gave, where no path already shows them as its
	 * date (Telecom Square: MIC's 2011-01-20 to 2013-08-13, facts C11; XCom's is its path's date).
	 */
	accessPeriods: { onText: Text; text: Text }[];
}

export interface BannerVendor {
	id: VendorId;
	name: Text;
	legalName: Text;
	sites: { domain: string; brand: Text; namedIn2013: boolean; status: Text; note?: Text }[];
	incidents: BannerIncident[];
}

function inBoth(write: (locale: Locale) => string): Text {
	return { ja: write("ja"), en: write("en") };
}

function when(on: Day | DaySpan, locale: Locale): string {
	return typeof on === "string" ? describeDay(on, locale) : describeSpan(on, locale);
}

export function bannerIncident(incident: Incident): BannerIncident {
	const { records, misuse, notice } = incident;
	return {
		id: incident.id,
		dataVersion: incident.dataVersion,
		title: incident.title,
		announced: incident.announced.value,
		announcedText: {
			headline: inBoth((locale) => westernDay(incident.announced.value, locale)),
			full: inBoth((locale) => describeDay(incident.announced.value, locale)),
		},
		notice: { ...notice.value, ...(notice.note && { note: notice.note }) },
		records: { value: records.value, ...(records.note && { note: records.note }) },
		...(misuse && {
			misuse: {
				value: misuse.value,
				certainty: misuse.certainty,
				...(misuse.note && { note: misuse.note }),
			},
		}),
		securityCode: incident.securityCode.value,
		paths: incident.paths.map((path) => ({
			id: path.id,
			name: path.name,
			leaked: DATA_KINDS.filter((kind) => path.leaked.value.includes(kind)),
			leakedPhrase: path.leaked.phrase,
			leakedOnText: inBoth((locale) => describeSpan(path.leakedOn.value, locale)),
			leakedOnMeaning: path.leakedOn.meaning,
		})),
		accessPeriods: accessPeriodsBeyondPaths(incident).map((event) => ({
			onText: inBoth((locale) => when(event.on, locale)),
			text: event.text,
		})),
		actions: [
			...incident.remedies.map((statement) => ({ text: statement.text, certainty: statement.certainty })),
			...incident.events
				.filter((event) => event.kind === "regulator")
				.map((event) => ({
					onText: inBoth((locale) => when(event.on, locale)),
					text: event.text,
					certainty: event.certainty,
				})),
		],
	};
}

export function bannerVendor(vendor: Vendor): BannerVendor {
	return {
		id: vendor.id,
		name: vendor.name,
		legalName: vendor.legalName,
		sites: vendor.sites.map(({ domain, brand, namedIn2013, status, note }) => ({
			domain,
			brand,
			namedIn2013,
			status,
			...(note && { note }),
		})),
		incidents: incidentsOf(vendor.id).map(bannerIncident),
	};
}

/** Every vendor's banner facts: what the build bundles into the content script. */
export function allBannerFacts(): BannerVendor[] {
	return vendors.map(bannerVendor);
}
