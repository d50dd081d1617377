import { type RecordOrganization, vendorFromOrganization } from "./record-organization";
import {
	id as telecomSquare2013Id,
	organization as telecomSquare2013Organization,
} from "./records/telecom-square-2013.json";
import { id as xcomGlobal2013Id, organization as xcomGlobal2013Organization } from "./records/xcom-global-2013.json";
import type { VendorId } from "./rental";
import type { Vendor } from "./types";

// Only each record's id and organization are imported (JSON named imports): the checker's first
// render needs the vendors' names, not the criteria or the sources, which stay out of its chunk.

/**
 * The companies and the sites the banner covers, from the organizations the criteria records name
 * (lib/incidents/records): only domains whose owner the facts file establishes, each site saying
 * what the sources establish, in the tense they allow. Sorted by id.
 */
export const vendors: readonly Vendor[] = [
	vendorFromOrganization(telecomSquare2013Organization as RecordOrganization, [telecomSquare2013Id]),
	vendorFromOrganization(xcomGlobal2013Organization as RecordOrganization, [xcomGlobal2013Id]),
];

export function vendorById(id: VendorId): Vendor {
	const found = vendors.find((vendor) => vendor.id === id);
	if (!found) throw new Error(`No vendor ${id}`);
	return found;
}
