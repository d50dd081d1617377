import { useRef, useState } from "preact/hooks";
import type { BannerVendor } from "../lib/banner-facts";
import { westernDay } from "../lib/era";
import { IncidentFacts } from "./IncidentFacts";
import { useBannerT } from "./i18n";

export interface BannerProps {
	vendor: BannerVendor;
	site: BannerVendor["sites"][number];
	onCheck: () => void;
	onHideSite: () => void;
	onHideCompany: () => void;
}

/**
 * The breach banner on a vendor's own site: one line a person reads in two seconds, details on
 * demand. Neutral and factual: it names the year, the company, and where the notice is.
 */
export function Banner({ vendor, site, onCheck, onHideSite, onHideCompany }: BannerProps) {
	const t = useBannerT();
	const incidents = vendor.incidents;
	const [open, setOpen] = useState(false);
	const detailsButton = useRef<HTMLButtonElement>(null);
	const company = t.text(vendor.name);
	const namedSites = vendor.sites
		.filter((candidate) => candidate.namedIn2013)
		.map((candidate) => `www.${candidate.domain}`)
		.join(" / ");
	const isBrandSite = t.text(site.brand) !== company;
	return (
		<section
			class="banner"
			aria-label={t("bannerRegion")}
			lang={t.locale}
			onKeyDown={(event) => {
				if (event.key === "Escape" && open) {
					setOpen(false);
					detailsButton.current?.focus();
				}
			}}
		>
			<div class="banner-main">
				<span class="banner-icon" aria-hidden="true">
					!
				</span>
				<div class="banner-text">
					<p class="banner-from">{t("bannerFrom", { app: t("appName") })}</p>
					{incidents.map((incident) => (
						<p class="banner-headline" key={incident.id}>
							{t("bannerHeadline", { company, announced: westernDay(incident.announced, t.locale) })}
						</p>
					))}
					{isBrandSite ? (
						<p>{t("bannerOperatedBy", { brand: t.text(site.brand), company: t.text(vendor.legalName) })}</p>
					) : null}
					{site.namedIn2013 ? null : <p>{t("bannerNotNamed", { sites: namedSites })}</p>}
					{site.note ? <p class="banner-site-note">{t.text(site.note)}</p> : null}
				</div>
			</div>
			<div class="banner-actions">
				<button type="button" class="primary" onClick={onCheck}>
					{t("bannerCheck")}
				</button>
				<button
					type="button"
					ref={detailsButton}
					aria-expanded={open}
					aria-controls="wifi-breach-details"
					onClick={() => setOpen(!open)}
				>
					{open ? t("bannerHideDetails") : t("bannerShowDetails")}
				</button>
				<button type="button" onClick={onHideSite}>
					{t("bannerHideSite")}
				</button>
				<button type="button" onClick={onHideCompany}>
					{t("bannerHideCompany")}
				</button>
			</div>
			<div id="wifi-breach-details" class="banner-details" hidden={!open}>
				{open
					? incidents.map((incident) => (
							<div key={incident.id}>
								<h2>{t.text(incident.title)}</h2>
								<IncidentFacts incident={incident} />
							</div>
						))
					: null}
				<p class="banner-private">{t("bannerPrivate")}</p>
			</div>
		</section>
	);
}
