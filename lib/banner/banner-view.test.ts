import { describe, expect, test } from "vitest";
import { japaneseTypographyProblems, repeatedSentences } from "../i18n/typography";
import { allBannerFacts } from "./banner-facts";
import { bannerDetailsMarkup, closedBannerMarkup } from "./banner-view";

/** The text a person reads in some markup: tags become line breaks, entities their characters. */
function textOf(markup: string): string {
	return markup
		.replace(/<[^>]+>/g, "\n")
		.replace(/&#39;/g, "'")
		.replace(/&quot;/g, '"')
		.replace(/&lt;/g, "<")
		.replace(/&gt;/g, ">")
		.replace(/&amp;/g, "&");
}

describe.each(allBannerFacts().flatMap((vendor) => vendor.sites.map((site) => [site.domain, vendor] as const)))(
	"the banner on %s",
	(domain, vendor) => {
		test("Japanese typography, closed and open", () => {
			const text = textOf(closedBannerMarkup(vendor, "ja") + bannerDetailsMarkup(vendor, domain, "ja"));
			expect(japaneseTypographyProblems(text)).toEqual([]);
		});

		test.each(["ja", "en"] as const)("%s: the open panel says no sentence twice", (locale) => {
			expect(repeatedSentences(textOf(bannerDetailsMarkup(vendor, domain, locale)))).toEqual([]);
		});

		test("Telecom Square's and XCom's panels both give the ministry's period of unauthorized access", () => {
			const text = textOf(bannerDetailsMarkup(vendor, domain, "en"));
			expect(text).toMatch(
				/Unauthorized access( to the [\w ]+ web servers)? \(the period Japan's communications ministry gave\): /,
			);
			if (vendor.id === "telecom-square") expect(text).toContain("20 January 2011 – 13 August 2013");
			else expect(text).toContain("19–23 April 2013");
		});
	},
);
