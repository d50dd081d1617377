/** A lowercase DNS hostname with at least two labels, as the data must write domains. */
const HOSTNAME = /^(?=.{1,253}$)([a-z0-9]([a-z0-9-]{0,61}[a-z0-9])?\.)+[a-z]{2,63}$/;

export function isHostname(value: string): boolean {
	return HOSTNAME.test(value);
}

/** Anything that owns sites: a vendor from the data, or its banner facts. */
export interface SiteOwner {
	sites: readonly { domain: string }[];
}

const covers = (domain: string, host: string) => host === domain || host.endsWith(`.${domain}`);

/**
 * The content script's `matches`, generated from the data: each site and all of its
 * subdomains, any scheme the browser allows (`*` is http and https), any port. A site inside
 * another needs no pattern of its own.
 * @example matchPatternsFor([{ sites: [{ domain: 'wi-ho.net' }] }]) // ['*://*.wi-ho.net/*']
 */
export function matchPatternsFor(vendorList: readonly SiteOwner[]): string[] {
	const domains = vendorList.flatMap((vendor) => vendor.sites.map((site) => site.domain));
	return domains
		.filter((domain) => !domains.some((other) => other !== domain && covers(other, domain)))
		.map((domain) => `*://*.${domain}/*`)
		.sort();
}

export interface SiteMatch<V extends SiteOwner> {
	vendor: V;
	site: V["sites"][number];
}

/**
 * The vendor site a hostname belongs to: the domain itself or a subdomain of it, nothing else;
 * where sites nest, the most specific one.
 * Lookalikes such as `telecomsquare.co.jp.example.com` or `my-wi-ho.net` do not match.
 * @example siteForHost('shop.wi-ho.net', vendors)?.site.domain // 'wi-ho.net'
 * @example siteForHost('wifibox.telecomsquare.co.jp', vendors)?.site.domain // 'wifibox.telecomsquare.co.jp'
 * @example siteForHost('my-wi-ho.net', vendors) // undefined
 */
export function siteForHost<V extends SiteOwner>(hostname: string, vendorList: readonly V[]): SiteMatch<V> | undefined {
	// A trailing dot names the same host (fully qualified); case never matters in DNS.
	const lower = hostname.toLowerCase();
	const host = lower.endsWith(".") ? lower.slice(0, -1) : lower;
	let best: SiteMatch<V> | undefined;
	for (const vendor of vendorList) {
		for (const site of vendor.sites) {
			if (covers(site.domain, host) && (!best || site.domain.length > best.site.domain.length)) best = { vendor, site };
		}
	}
	return best;
}
