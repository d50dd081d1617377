import type { BannerIncident } from "../../lib/banner/banner-facts";
import { incidentDetails } from "../../lib/banner/banner-view";
import type { Locale } from "../../lib/i18n/text";

/**
 * The facts of one breach (when, what leaked, how many, what the company and the regulator did,
 * the notice), as the sections the banner's details panel shows too.
 */
export function IncidentFacts({ incident, locale }: { incident: BannerIncident; locale: Locale }) {
	return (
		<div class="incident-facts">
			{incidentDetails(incident, locale).map((section) => (
				<div key={section.heading}>
					<h3>{section.heading}</h3>
					<ul>
						{section.lines.map((line) =>
							typeof line === "string" ? (
								<li key={line}>{line}</li>
							) : (
								<li key={line.href}>
									<a href={line.href} target="_blank" rel="noopener noreferrer">
										{line.text}
									</a>
								</li>
							),
						)}
					</ul>
				</div>
			))}
		</div>
	);
}
