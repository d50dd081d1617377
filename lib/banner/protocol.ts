import { LOCALES, type Locale } from "../i18n/text";
import { VENDOR_IDS, type VendorId } from "../incidents/rental";
import { type HiddenBanners, readHiddenBanners } from "./hidden-banners";
import { isHostname } from "./sites";
import { BANNER_STATES, type BannerState } from "./toolbar";

/**
 * The banner's requests to the background: open the checker with a vendor chosen, keep the
 * person's "hide" choice, write the details panel for the page's site (so the page never carries
 * its facts), or say how the banner is on this tab, for the toolbar button (lib/banner/toolbar.ts)
 * and the popup it opens. Messages come from web pages' content scripts, so each is checked.
 */
export type BannerMessage =
	| { type: "open-checker"; vendor: VendorId }
	| { type: "hide-banners"; hidden: HiddenBanners }
	| { type: "banner-details"; vendor: VendorId; site: string; locale: Locale }
	| { type: "banner-state"; state: BannerState; vendor: VendorId; site: string };

/** The details panel the background writes: its markup and its style sheet, adopted when it opens. */
export interface BannerDetails {
	markup: string;
	css: string;
}

const isVendor = (value: unknown): value is VendorId => (VENDOR_IDS as readonly unknown[]).includes(value);
const isSite = (value: unknown): value is string => typeof value === "string" && isHostname(value);

export function readBannerMessage(value: unknown): BannerMessage | undefined {
	if (typeof value !== "object" || value === null) return undefined;
	const message = value as Record<string, unknown>;
	if (message.type === "open-checker") {
		const vendor = message.vendor;
		return isVendor(vendor) ? { type: "open-checker", vendor } : undefined;
	}
	if (message.type === "hide-banners" && typeof message.hidden === "object" && message.hidden !== null) {
		return { type: "hide-banners", hidden: readHiddenBanners(message.hidden) };
	}
	if (message.type === "banner-details") {
		const { vendor, site, locale } = message;
		return isVendor(vendor) && isSite(site) && (LOCALES as readonly unknown[]).includes(locale)
			? { type: "banner-details", vendor, site, locale: locale as Locale }
			: undefined;
	}
	if (message.type === "banner-state") {
		const { state, vendor, site } = message;
		return (BANNER_STATES as readonly unknown[]).includes(state) && isVendor(vendor) && isSite(site)
			? { type: "banner-state", state: state as BannerState, vendor, site }
			: undefined;
	}
	return undefined;
}

/** The checker page's address fragment that chooses a vendor: `#vendor=xcom-global`. */
export function checkerFragment(vendor: VendorId): string {
	return `#vendor=${vendor}`;
}

/**
 * The fragment of the popup the toolbar button opens on a vendor's tab: the company the check
 * starts with, and the site the tab shows (`#vendor=telecom-square&site=wi-ho.net`).
 */
export function popupFragment(vendor: VendorId, site: string): string {
	return `#vendor=${vendor}&site=${site}`;
}

const fragmentValue = (hash: string, key: string) => new URLSearchParams(hash.replace(/^#/, "")).get(key);

export function vendorFromFragment(hash: string): VendorId | undefined {
	const value = fragmentValue(hash, "vendor");
	return isVendor(value) ? value : undefined;
}

/** The site a popup's fragment names, if it is a hostname. */
export function siteFromFragment(hash: string): string | undefined {
	const value = fragmentValue(hash, "site");
	return isSite(value) ? value : undefined;
}
