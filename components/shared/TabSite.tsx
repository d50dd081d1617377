import { siteLines } from "../../lib/banner/banner-view";
import { siteForHost } from "../../lib/banner/sites";
import { tabSiteMessage } from "../../lib/i18n/tab-site-messages";
import type { VendorId } from "../../lib/incidents/rental";
import { vendorById } from "../../lib/incidents/vendors";
import { useLocale } from "./i18n";
import "./tab-site.css";

/**
 * In the popup the toolbar button opens on a vendor's tab: which site this is, what the sources
 * establish about it (which company it belongs to), and that the check starts with that company.
 * The background names the site, from the banner's report (lib/banner/toolbar.ts), so a page's own
 * look-alike banner cannot change what this says.
 */
export function TabSite({ vendor, site }: { vendor: VendorId; site: string }) {
	const locale = useLocale();
	const owner = vendorById(vendor);
	// The site as the background names it, or any of its hosts (www. and other subdomains).
	const entry = siteForHost(site, [owner])?.site;
	if (!entry) return null;
	return (
		<section class="tab-site" aria-labelledby="tab-site-heading">
			<h2 id="tab-site-heading">{tabSiteMessage(locale, "tabSite", { site })}</h2>
			{siteLines(owner, entry).map((line) => (
				<p key={line.en}>{line[locale]}</p>
			))}
			<p>{tabSiteMessage(locale, "tabSiteCheck", { company: owner.name[locale] })}</p>
		</section>
	);
}
