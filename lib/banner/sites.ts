/** A lowercase DNS hostname with at least two labels, as the data must write domains. */
const HOSTNAME = /^(?=.{1,253}$)([a-z0-9]([a-z0-9-]{0,61}[a-z0-9])?\.)+[a-z]{2,63}$/;

export function isHostname(value: string): boolean {
	return HOSTNAME.test(value);
}

/**
 * The content script's `matches`, generated from the data: each site and all of its
 * subdomains, any scheme the browser allows (`*` is http and https), any port.
 * @example matchPatternsFor([{ sites: [{ domain: 'wi-ho.net' }] }]) // ['*://*.wi-ho.net/*']
 */
/** Anything that owns sites: a vendor from the data, or its banner facts. */
export interface SiteOwner {
	sites: readonly { domain: string }[];
}

export function matchPatternsFor(vendorList: readonly SiteOwner[]): string[] {
	return vendorList.flatMap((vendor) => vendor.sites.map((site) => `*://*.${site.domain}/*`)).sort();
}

export interface SiteMatch<V extends SiteOwner> {
	vendor: V;
	site: V["sites"][number];
}

/**
 * The vendor site a hostname belongs to: the domain itself or a subdomain of it, nothing else.
 * Lookalikes such as `telecomsquare.co.jp.example.com` or `my-wi-ho.net` do not match.
 * @example siteForHost('shop.wi-ho.net', vendors)?.site.domain // 'wi-ho.net'
 * @example siteForHost('my-wi-ho.net', vendors) // undefined
 */
export function siteForHost<V extends SiteOwner>(hostname: string, vendorList: readonly V[]): SiteMatch<V> | undefined {
	// A trailing dot names the same host (fully qualified); case never matters in DNS.
	const host = hostname.toLowerCase().replace(/\.$/, "");
	for (const vendor of vendorList) {
		for (const site of vendor.sites) {
			if (host === site.domain || host.endsWith(`.${site.domain}`)) return { vendor, site };
		}
	}
	return undefined;
}
