import { LOCALES, type Locale } from "../i18n/text";
import { VENDOR_IDS, type VendorId } from "../incidents/rental";
import { type HiddenBanners, readHiddenBanners } from "./hidden-banners";
import { isHostname } from "./sites";

/**
 * The banner's requests to the background: open the checker with a vendor chosen, keep the
 * person's "hide" choice, write the details panel for the page's site (so the page never carries
 * its facts), or
 * show the warning on the toolbar because this page keeps removing the banner. Messages come
 * from web pages' content scripts, so each is checked.
 */
export type BannerMessage =
	| { type: "open-checker"; vendor: VendorId }
	| { type: "hide-banners"; hidden: HiddenBanners }
	| { type: "banner-details"; vendor: VendorId; site: string; locale: Locale }
	| { type: "banner-blocked" };

export function readBannerMessage(value: unknown): BannerMessage | undefined {
	if (typeof value !== "object" || value === null) return undefined;
	const message = value as Record<string, unknown>;
	if (message.type === "open-checker") {
		const vendor = message.vendor;
		return typeof vendor === "string" && (VENDOR_IDS as readonly string[]).includes(vendor)
			? { type: "open-checker", vendor: vendor as VendorId }
			: undefined;
	}
	if (message.type === "hide-banners" && typeof message.hidden === "object" && message.hidden !== null) {
		return { type: "hide-banners", hidden: readHiddenBanners(message.hidden) };
	}
	if (message.type === "banner-details") {
		const { vendor, site, locale } = message;
		return typeof vendor === "string" &&
			(VENDOR_IDS as readonly string[]).includes(vendor) &&
			typeof site === "string" &&
			isHostname(site) &&
			(LOCALES as readonly unknown[]).includes(locale)
			? { type: "banner-details", vendor: vendor as VendorId, site, locale: locale as Locale }
			: undefined;
	}
	if (message.type === "banner-blocked") return { type: "banner-blocked" };
	return undefined;
}

/** The checker page's address fragment that chooses a vendor: `#vendor=xcom-global`. */
export function checkerFragment(vendor: VendorId): string {
	return `#vendor=${vendor}`;
}

export function vendorFromFragment(hash: string): VendorId | undefined {
	const value = new URLSearchParams(hash.replace(/^#/, "")).get("vendor");
	return (VENDOR_IDS as readonly (string | null)[]).includes(value) ? (value as VendorId) : undefined;
}
