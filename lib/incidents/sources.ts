import { shippedRecord, sourceFromRecord } from "./criteria-record";
import telecomSquare2013 from "./records/telecom-square-2013.json";
import xcomGlobal2013 from "./records/xcom-global-2013.json";
import type { Source } from "./types";

/**
 * Every source the data cites, once, by id: what the criteria records list (an id the records share
 * is one source; lib/criteria checks that they agree). The incidents and the vendor list refer to
 * these by id.
 */
export const SOURCES: Readonly<Record<string, Source>> = Object.fromEntries(
	[telecomSquare2013, xcomGlobal2013]
		.flatMap((record) => shippedRecord(record).sources)
		.map((source) => [source.id, sourceFromRecord(source)]),
);
