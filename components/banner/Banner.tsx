import { Component, createRef } from "preact";
import type { BannerVendor } from "../../lib/banner/banner-facts";
import { bannerT } from "../../lib/i18n/banner-messages";
import type { Locale } from "../../lib/i18n/text";
import { IncidentFacts } from "../shared/IncidentFacts";

export interface BannerProps {
	vendor: BannerVendor;
	site: BannerVendor["sites"][number];
	locale: Locale;
	onCheck: () => void;
	onHideSite: () => void;
	onHideCompany: () => void;
}

/**
 * The breach banner on a vendor's own site: one line a person reads in two seconds, details on
 * demand. Neutral and factual: it names the year, the company, and where the notice is.
 * A class component with the locale as a prop: the content script then needs no Preact hooks.
 */
export class Banner extends Component<BannerProps, { open: boolean }> {
	override state = { open: false };
	private detailsButton = createRef<HTMLButtonElement>();

	private closeOnEscape = (event: KeyboardEvent) => {
		if (event.key === "Escape" && this.state.open) {
			this.setState({ open: false });
			this.detailsButton.current?.focus();
		}
	};

	override render(
		{ vendor, site, locale, onCheck, onHideSite, onHideCompany }: BannerProps,
		{ open }: { open: boolean },
	) {
		const t = bannerT(locale);
		const company = t.text(vendor.name);
		const namedSites = vendor.sites
			.filter((candidate) => candidate.namedIn2013)
			.map((candidate) => `www.${candidate.domain}`)
			.join(" / ");
		return (
			<section class="banner" aria-label={t("bannerRegion")} lang={locale} onKeyDown={this.closeOnEscape}>
				<div class="banner-main">
					<span class="banner-icon" aria-hidden="true">
						!
					</span>
					<div class="banner-text">
						<p class="banner-from">{t("bannerFrom", { app: t("appName") })}</p>
						{vendor.incidents.map((incident) => (
							<p class="banner-headline" key={incident.id}>
								{t("bannerHeadline", { company, announced: t.text(incident.announcedText.headline) })}
							</p>
						))}
						<p class="banner-site-status">{t.text(site.status)}</p>
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
						ref={this.detailsButton}
						aria-expanded={open}
						aria-controls="wifi-breach-details"
						onClick={() => this.setState({ open: !open })}
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
						? vendor.incidents.map((incident) => (
								<div key={incident.id}>
									<h2>{t.text(incident.title)}</h2>
									<IncidentFacts incident={incident} locale={locale} />
								</div>
							))
						: null}
					<p class="banner-private">{t("bannerPrivate")}</p>
				</div>
			</section>
		);
	}
}
