// @vitest-environment happy-dom
import { cleanup, render, screen, waitFor, within } from "@testing-library/preact";
import { afterEach, beforeEach, describe, expect, test } from "vitest";
import { fakeBrowser } from "wxt/testing/fake-browser";
import { EMPTY_RENTAL } from "../../lib/checker/checker-form";
import { bannerMessage } from "../../lib/i18n/banner-messages";
import { tabSiteMessage } from "../../lib/i18n/tab-site-messages";
import { vendorById } from "../../lib/incidents/vendors";
import { CheckerApp } from "../checker/CheckerApp";
import { popupAnswers } from "../storage/storage";

/**
 * The popup the toolbar button opens on a vendor's tab (`popup.html#vendor=…&site=…`, issue "the
 * vendor's page, round two"): it names the site and its company and starts the check with it. The
 * same in both browsers: e2e/banner-round-two.e2e.ts.
 */
beforeEach(() => {
	fakeBrowser.reset();
	localStorage.clear();
});
afterEach(cleanup);

const companyChosen = (label: RegExp) =>
	within(screen.getByRole("group", { name: /Which company|どの会社/ })).getByLabelText<HTMLInputElement>(label).checked;

describe.each(["ja", "en"] as const)("in %s", (locale) => {
	beforeEach(() => {
		Object.defineProperty(navigator, "languages", { value: [locale], configurable: true });
	});

	test("on wi-ho.net: the site, what the sources say of it, and the check starting with Telecom Square", async () => {
		render(<CheckerApp variant="popup" vendor="telecom-square" site="wi-ho.net" />);
		const section = await screen.findByRole("region", {
			name: tabSiteMessage(locale, "tabSite", { site: "wi-ho.net" }),
		});
		const site = vendorById("telecom-square").sites.find((candidate) => candidate.domain === "wi-ho.net");
		expect(section.textContent).toContain(site?.status[locale]);
		// Not the site the 2013 notice named, and the note on the brand: as the banner's details say.
		expect(section.textContent).toContain(
			bannerMessage(locale, "bannerNotNamed", { sites: "www.telecomsquare.co.jp" }),
		);
		expect(site?.note).toBeDefined();
		expect(section.textContent).toContain(site?.note?.[locale]);
		expect(section.textContent).toContain(
			tabSiteMessage(locale, "tabSiteCheck", { company: vendorById("telecom-square").name[locale] }),
		);
		await waitFor(() => expect(companyChosen(/Wi-Ho!/)).toBe(true));
	});

	test("on the site the 2013 notice named, by its www. host: its status, and no 'not named' line", async () => {
		render(<CheckerApp variant="popup" vendor="telecom-square" site="www.telecomsquare.co.jp" />);
		const section = await screen.findByRole("region", {
			name: tabSiteMessage(locale, "tabSite", { site: "www.telecomsquare.co.jp" }),
		});
		const notNamed = bannerMessage(locale, "bannerNotNamed", { sites: "www.telecomsquare.co.jp" });
		expect(section.textContent).not.toContain(notNamed);
		const site = vendorById("telecom-square").sites.find((candidate) => candidate.domain === "telecomsquare.co.jp");
		expect(section.textContent).toContain(site?.status[locale]);
	});
});

test("the person's own answers about another company stay theirs; the site is still named", async () => {
	Object.defineProperty(navigator, "languages", { value: ["en-US"], configurable: true });
	await popupAnswers.setValue({
		rentals: [{ ...EMPTY_RENTAL, vendor: "xcom-global", orderedOn: "2012-05" }],
		emails: {},
	});
	render(<CheckerApp variant="popup" vendor="telecom-square" site="wi-ho.net" />);
	await waitFor(() => expect(companyChosen(/イモトのWiFi/)).toBe(true));
	expect(companyChosen(/Wi-Ho!/)).toBe(false);
	expect(screen.getByRole("region", { name: "The site in this tab: wi-ho.net" })).toBeDefined();
});

test("opened anywhere else, the popup names no site and chooses no company", async () => {
	Object.defineProperty(navigator, "languages", { value: ["en-US"], configurable: true });
	render(<CheckerApp variant="popup" />);
	await screen.findByRole("group", { name: /Which company/ });
	expect(screen.queryByRole("region", { name: /The site in this tab/ })).toBeNull();
	expect(companyChosen(/Wi-Ho!/)).toBe(false);
});

test("a site that is not the company's (a fragment typed by hand) names nothing", async () => {
	Object.defineProperty(navigator, "languages", { value: ["en-US"], configurable: true });
	render(<CheckerApp variant="popup" vendor="telecom-square" site="globaldata.jp" />);
	await screen.findByRole("group", { name: /Which company/ });
	expect(screen.queryByRole("region", { name: /The site in this tab/ })).toBeNull();
});
