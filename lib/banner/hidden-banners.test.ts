import { describe, expect, test } from "vitest";
import { allBannerFacts } from "./banner-facts";
import { dataStamp, hideCompany, hideSite, isBannerHidden, NOTHING_HIDDEN, readHiddenBanners } from "./hidden-banners";

const [telecom, xcom] = allBannerFacts();
if (!telecom || !xcom) throw new Error("no vendors");

describe("hiding banners", () => {
	test("nothing is hidden at first", () => {
		expect(isBannerHidden(NOTHING_HIDDEN, telecom, "wi-ho.net")).toBe(false);
	});

	test("hide on this site: only that site", () => {
		const hidden = hideSite(NOTHING_HIDDEN, telecom, "wi-ho.net");
		expect(isBannerHidden(hidden, telecom, "wi-ho.net")).toBe(true);
		expect(isBannerHidden(hidden, telecom, "telecomsquare.co.jp")).toBe(false);
		expect(isBannerHidden(hidden, xcom, "globaldata.jp")).toBe(false);
	});

	test("hide for this company: all its sites, not the other company's", () => {
		const hidden = hideCompany(NOTHING_HIDDEN, xcom);
		for (const site of xcom.sites) expect(isBannerHidden(hidden, xcom, site.domain)).toBe(true);
		expect(isBannerHidden(hidden, telecom, "wi-ho.net")).toBe(false);
	});

	test("a change to the incident's data brings the banner back", () => {
		const hidden = hideCompany(hideSite(NOTHING_HIDDEN, telecom, "wi-ho.net"), telecom);
		const updated = {
			...telecom,
			incidents: telecom.incidents.map((incident) => ({ ...incident, dataVersion: incident.dataVersion + 1 })),
		};
		expect(isBannerHidden(hidden, telecom, "wi-ho.net")).toBe(true);
		expect(isBannerHidden(hidden, updated, "wi-ho.net")).toBe(false);
		expect(dataStamp(updated)).not.toBe(dataStamp(telecom));
	});

	test("stored values are read defensively", () => {
		expect(readHiddenBanners(undefined)).toEqual(NOTHING_HIDDEN);
		expect(readHiddenBanners("junk")).toEqual(NOTHING_HIDDEN);
		expect(readHiddenBanners({ sites: { "wi-ho.net": 3, "globaldata.jp": "x@1" } })).toEqual({
			sites: { "globaldata.jp": "x@1" },
			companies: {},
		});
	});
});

describe("banner facts", () => {
	test("carry what the banner shows and none of the criteria", () => {
		const json = JSON.stringify(allBannerFacts());
		expect(json).not.toContain("wordings");
		expect(json).not.toContain("clauses");
		expect(json).toContain("97438");
		expect(json).toContain("109112");
		expect(telecom.incidents[0]?.securityCode).toBe("not-held");
		expect(xcom.incidents[0]?.securityCode).toBe("leaked");
	});
});

test("the content script's build-time stamp hides exactly as the data's does", () => {
	const [vendor] = allBannerFacts();
	if (!vendor) throw new Error("no vendor");
	const slim = { id: vendor.id, stamp: dataStamp(vendor) };
	const hidden = hideSite(NOTHING_HIDDEN, slim, "wi-ho.net");
	expect(hidden).toEqual(hideSite(NOTHING_HIDDEN, vendor, "wi-ho.net"));
	expect(isBannerHidden(hidden, vendor, "wi-ho.net")).toBe(true);
});
