import type { Text } from "../i18n/text";
import type { VendorId } from "./rental";
import type { IncidentId, Vendor, VendorSite } from "./types";

/**
 * A criteria record's company (lib/criteria/SPEC.md, "Organization and sites") and its mapping to
 * the product's `Vendor`: apart from the rest of the record's mapping, as the checker's first screen
 * needs the companies and nothing of the criteria.
 */

export interface RecordSite {
	domain: string;
	brand: Text;
	named_in_notice: boolean;
	status: Text;
	note?: Text;
	sources: readonly string[];
}

export interface RecordOrganization {
	id: string;
	name: Text;
	legal_name: Text;
	known_as: Text;
	sites: readonly RecordSite[];
	sources: readonly string[];
}

/** Copies only the keys that are set, so an absent field stays absent both ways. */
export function defined<T extends object>(value: T): T {
	return Object.fromEntries(Object.entries(value).filter(([, item]) => item !== undefined)) as T;
}

/** The company a record names, with every incident of it the product has. */
export function vendorFromOrganization(organization: RecordOrganization, incidents: readonly string[]): Vendor {
	return {
		id: organization.id as VendorId,
		name: organization.name,
		legalName: organization.legal_name,
		knownAs: organization.known_as,
		incidents: incidents as readonly IncidentId[],
		sites: organization.sites.map(
			(site): VendorSite =>
				defined({
					domain: site.domain,
					brand: site.brand,
					namedIn2013: site.named_in_notice,
					status: site.status,
					note: site.note,
					sources: site.sources,
				}),
		),
		sources: organization.sources,
	};
}
