import type { BannerVendor } from "./banner-facts";

/**
 * Which banners a person hid: per site (a vendor domain, with its subdomains) and per company.
 * Each entry keeps the data stamp it was hidden at; when an incident's data changes, the stamp
 * changes and the banner comes back.
 */
export interface HiddenBanners {
	sites: Readonly<Record<string, string>>;
	companies: Readonly<Record<string, string>>;
}

export const NOTHING_HIDDEN: HiddenBanners = { sites: {}, companies: {} };

/** A vendor with its incidents, or (in the content script) with the stamp written at build time. */
type StampSource = Pick<BannerVendor, "id" | "incidents"> | { id: BannerVendor["id"]; stamp: string };

/** The data versions of a company's incidents, e.g. `telecom-square-2013@1`. */
export function dataStamp(vendor: StampSource): string {
	if ("stamp" in vendor) return vendor.stamp;
	return vendor.incidents.map((incident) => `${incident.id}@${incident.dataVersion}`).join(",");
}

export function isBannerHidden(hidden: HiddenBanners, vendor: StampSource, domain: string): boolean {
	const stamp = dataStamp(vendor);
	return hidden.companies[vendor.id] === stamp || hidden.sites[domain] === stamp;
}

export function hideSite(hidden: HiddenBanners, vendor: StampSource, domain: string): HiddenBanners {
	return { ...hidden, sites: { ...hidden.sites, [domain]: dataStamp(vendor) } };
}

export function hideCompany(hidden: HiddenBanners, vendor: StampSource): HiddenBanners {
	return { ...hidden, companies: { ...hidden.companies, [vendor.id]: dataStamp(vendor) } };
}

/** Stored values come from disk: anything malformed counts as nothing hidden. */
export function readHiddenBanners(value: unknown): HiddenBanners {
	const record = (input: unknown): Record<string, string> => {
		if (typeof input !== "object" || input === null) return {};
		return Object.fromEntries(
			Object.entries(input).filter((entry): entry is [string, string] => typeof entry[1] === "string"),
		);
	};
	if (typeof value !== "object" || value === null) return NOTHING_HIDDEN;
	const { sites, companies } = value as Record<string, unknown>;
	return { sites: record(sites), companies: record(companies) };
}
