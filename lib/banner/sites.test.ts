import { describe, expect, test } from "vitest";
import { vendors } from "../incidents";
import { isHostname, matchPatternsFor, siteForHost } from "./sites";

/**
 * Each site carries hosts it must match and lookalikes it must not, and every site is checked
 * against every other site's hosts (the github-url-detection habit): the match table.
 */
const EXAMPLES: Record<string, { match: string[]; noMatch: string[] }> = {
	"telecomsquare.co.jp": {
		match: [
			"telecomsquare.co.jp",
			"www.telecomsquare.co.jp",
			"shop.telecomsquare.co.jp",
			"WWW.TelecomSquare.co.jp",
			"www.telecomsquare.co.jp.",
		],
		noMatch: [
			"telecomsquare.co.jp.example.com",
			"telecomsquare-co.jp",
			"wwwtelecomsquare.co.jp",
			"mytelecomsquare.co.jp",
			"telecomsquare.co",
			"telecomsquare.jp",
			"telecomsquare.co.jp-login.example",
		],
	},
	// WiFiBOX sits inside telecomsquare.co.jp but was not the site the 2013 notice named.
	"wifibox.telecomsquare.co.jp": {
		match: ["wifibox.telecomsquare.co.jp", "WiFiBOX.telecomsquare.co.jp", "www.wifibox.telecomsquare.co.jp"],
		noMatch: ["wifibox.telecomsquare.co.jp.example.com", "wifibox-telecomsquare.co.jp.example", "wifibox.co.jp"],
	},
	"telecomsquare.net": {
		match: ["telecomsquare.net", "www.telecomsquare.net"],
		noMatch: ["telecomsquare.net.example.org", "telecomsquare.network", "xtelecomsquare.net"],
	},
	"wi-ho.net": {
		match: ["wi-ho.net", "www.wi-ho.net", "shop.wi-ho.net"],
		noMatch: ["my-wi-ho.net", "wi-ho.net.example.com", "wiho.net", "wi-ho.co.th", "wi-ho.network", "wi-ho.nett"],
	},
	"globalcellular.jp": {
		match: ["globalcellular.jp", "www.globalcellular.jp"],
		noMatch: ["globalcellular.jp.evil.example", "myglobalcellular.jp", "globalcellular.com"],
	},
	"globaldata.jp": {
		match: ["globaldata.jp", "www.globaldata.jp"],
		noMatch: ["globaldata.jp.example.net", "notglobaldata.jp", "global-data.jp", "globaldata.com"],
	},
	"imotonowifi.jp": {
		match: ["imotonowifi.jp", "www.imotonowifi.jp"],
		noMatch: ["imotonowifi.jp-login.example", "imotonowifi.com", "fake-imotonowifi.jp", "imotonowifi.jp.example.com"],
	},
	// XCom Global's JAPAN Wi-Fi. japan-wifi.net is Japan Wi-Fi K&M LLC, a different company (facts
	// "Vendors and domains", https://japan-wifi.net/Terms-Conditions): never a banner there.
	"japan-wifi.jp": {
		match: ["japan-wifi.jp", "www.japan-wifi.jp"],
		noMatch: ["japan-wifi.net", "www.japan-wifi.net", "japanwifi.jp", "japan-wifi.jp.example.com", "my-japan-wifi.jp"],
	},
	"xcomglobal.co.jp": {
		match: ["xcomglobal.co.jp", "www.xcomglobal.co.jp"],
		noMatch: ["xcomglobal.co.jp.example.com", "myxcomglobal.co.jp", "xcomglobal.jp", "xcom-global.co.jp"],
	},
};

const sites = vendors.flatMap((vendor) => vendor.sites.map((site) => ({ vendor, site })));

test("every site has examples, and every example names a site", () => {
	expect(Object.keys(EXAMPLES).sort()).toEqual(sites.map(({ site }) => site.domain).sort());
});

describe.each(sites.map(({ site, vendor }) => [site.domain, vendor.id] as const))("%s", (domain, vendorId) => {
	const examples = EXAMPLES[domain] ?? { match: [], noMatch: [] };

	test.each(examples.match)("matches %s", (host) => {
		const found = siteForHost(host, vendors);
		expect(found?.site.domain).toBe(domain);
		expect(found?.vendor.id).toBe(vendorId);
	});

	test.each(examples.noMatch)("never matches the lookalike %s", (host) => {
		expect(siteForHost(host, vendors)).toBeUndefined();
	});

	test("does not claim any other site's hosts", () => {
		for (const [other, { match }] of Object.entries(EXAMPLES)) {
			if (other === domain) continue;
			for (const host of match) expect(siteForHost(host, vendors)?.site.domain).not.toBe(domain);
		}
	});
});

test.each(["localhost", "127.0.0.1", "example.com", "co.jp", "jp", "", "."])(
	"unrelated host %j matches nothing",
	(host) => {
		expect(siteForHost(host, vendors)).toBeUndefined();
	},
);

describe("match patterns generated from the data", () => {
	const patterns = matchPatternsFor(vendors);

	test("one pattern per site not inside another, sorted, in the form the browser accepts", () => {
		expect(patterns).toEqual([
			"*://*.globalcellular.jp/*",
			"*://*.globaldata.jp/*",
			"*://*.imotonowifi.jp/*",
			"*://*.japan-wifi.jp/*",
			"*://*.telecomsquare.co.jp/*",
			"*://*.telecomsquare.net/*",
			"*://*.wi-ho.net/*",
			"*://*.xcomglobal.co.jp/*",
		]);
		for (const pattern of patterns) {
			expect(pattern).toMatch(/^\*:\/\/\*\.[a-z0-9.-]+\/\*$/);
			expect(pattern).not.toContain("<all_urls>");
		}
	});

	test("a new site in the data is the only step to cover it", () => {
		expect(matchPatternsFor([{ sites: [{ domain: "example.jp" }] }])).toEqual(["*://*.example.jp/*"]);
		expect(matchPatternsFor([{ sites: [{ domain: "a.example.jp" }, { domain: "example.jp" }] }])).toEqual([
			"*://*.example.jp/*",
		]);
	});
});

test.each([
	["wi-ho.net", true],
	["a.b.co.jp", true],
	["Wi-Ho.net", false],
	["localhost", false],
	["-bad.jp", false],
	["bad-.jp", false],
	["under_score.jp", false],
	["trailing.jp.", false],
])("isHostname(%s) → %s", (value, expected) => {
	expect(isHostname(value)).toBe(expected);
});
