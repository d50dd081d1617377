import { message } from "../i18n/messages";
import type { Locale } from "../i18n/text";
import { type ChannelField, type CompanyAnswer, candidateVendors, type KnownValue } from "../incidents/rental";
import { vendorById } from "../incidents/vendors";

/**
 * Words for answers and verdicts. Kept free of the incident data, so the checker's questions can
 * render before the engine and the criteria have loaded.
 */

/**
 * The company's own website, named the way the 2013 notices named it; every company's where the
 * company is not remembered.
 */
export function vendorWebsites(vendor: CompanyAnswer): string {
	return candidateVendors(vendor)
		.flatMap((id) => vendorById(id).sites.filter((site) => site.namedIn2013))
		.map((site) => `www.${site.domain}`)
		.join(" / ");
}

/** A channel answer in words; the website option names the vendor's sites. */
export function channelLabel<F extends ChannelField>(
	locale: Locale,
	field: F,
	value: KnownValue<F>,
	vendor: CompanyAnswer,
): string {
	const key = `${field}.${value}` as Parameters<typeof message>[1];
	return message(locale, key, { sites: vendorWebsites(vendor) });
}
