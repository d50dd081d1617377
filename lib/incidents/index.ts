import type { VendorId } from "./rental";
import { SOURCES } from "./sources";
import { telecomSquare2013 } from "./telecom-square-2013";
import type { Incident, IncidentEvent, IncidentId, Source, Vendor } from "./types";
import { vendorById, vendors } from "./vendors";
import { xcomGlobal2013 } from "./xcom-global-2013";

export type * from "./types";
export { vendorById, vendors };

/** Every incident the product knows, sorted by id. */
export const incidents: readonly Incident[] = [telecomSquare2013, xcomGlobal2013];

export function incidentById(id: IncidentId): Incident {
	const found = incidents.find((incident) => incident.id === id);
	if (!found) throw new Error(`No incident ${id}`);
	return found;
}

export function incidentsOf(vendor: VendorId): readonly Incident[] {
	return incidents.filter((incident) => incident.vendor === vendor);
}

/**
 * The periods of unauthorized access a regulator gave that no path already shows as its date:
 * Telecom Square's MIC period (2011-01-20 to 2013-08-13, facts C11) beside its leak days; XCom's
 * MIC period is its path's own date (C16), so it is not repeated.
 */
export function accessPeriodsBeyondPaths(incident: Incident): IncidentEvent[] {
	return incident.events.filter(
		(event) =>
			event.kind === "access" &&
			!incident.paths.some(
				(path) =>
					typeof event.on !== "string" &&
					path.leakedOn.value.from === event.on.from &&
					path.leakedOn.value.to === event.on.to,
			),
	);
}

/** A source an incident's statement cites, looked up by its id. */
export function sourceOf(incident: Incident, id: string): Source {
	const found = incident.sources.find((source) => source.id === id);
	if (!found) throw new Error(`${incident.id} cites an unknown source ${id}`);
	return found;
}

/** The sources a vendor's sites cite, from the registry. */
export function vendorSources(vendor: Vendor): Source[] {
	return vendor.sources.map((id) => {
		const found = (SOURCES as Record<string, Source | undefined>)[id];
		if (!found) throw new Error(`${vendor.id} cites an unknown source ${id}`);
		return found;
	});
}
