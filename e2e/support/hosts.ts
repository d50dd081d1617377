import { incidentById, vendors } from "../../lib/incidents";

/** Every host a test visits, from the data: each vendor site bare, with www., and a subdomain. */
export const VENDOR_HOSTS = vendors.flatMap((vendor) =>
	vendor.sites.flatMap((site) => [
		{ vendor: vendor.id, domain: site.domain, host: site.domain },
		{ vendor: vendor.id, domain: site.domain, host: `www.${site.domain}` },
		{ vendor: vendor.id, domain: site.domain, host: `shop.${site.domain}` },
	]),
);

/** Hosts that look like a vendor's and must never get the banner. */
export const LOOKALIKE_HOSTS = [
	"telecomsquare.co.jp.example.com",
	"www.telecomsquare-co.jp",
	"my-wi-ho.net",
	"wi-ho.net.evil.example",
	"wi-ho.co.th",
	"imotonowifi.jp-login.example",
	"globaldata.jp.example.net",
	"notglobaldata.jp",
	"xcomglobal-co.jp",
	"telecomsquare.network",
	// Japan Wi-Fi K&M LLC's site: a different company from XCom Global's japan-wifi.jp (facts).
	"japan-wifi.net",
	"www.japan-wifi.net",
];

/** Unrelated sites. */
export const UNRELATED_HOSTS = ["example.com", "www.example.org"];

export const FIXTURE_HOSTS = [...VENDOR_HOSTS.map((entry) => entry.host), ...LOOKALIKE_HOSTS, ...UNRELATED_HOSTS];

/** The data stamps a hidden banner keeps (`id@dataVersion`), from the data, so a new version needs no test edit. */
const stampOf = (id: Parameters<typeof incidentById>[0], offset = 0) =>
	`${id}@${incidentById(id).dataVersion + offset}`;
export const STAMP = {
	telecomSquare: stampOf("telecom-square-2013"),
	xcomGlobal: stampOf("xcom-global-2013"),
	xcomGlobalBefore: stampOf("xcom-global-2013", -1),
};
