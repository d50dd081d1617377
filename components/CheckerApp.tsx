import { useEffect } from "preact/hooks";
import { browser } from "wxt/browser";
import { bannerIncident } from "../lib/banner-facts";
import { NOTHING_HIDDEN } from "../lib/hidden-banners";
import { message } from "../lib/i18n/messages";
import { incidents } from "../lib/incidents";
import type { VendorId } from "../lib/rental";
import { Checker } from "./Checker";
import { IncidentFacts } from "./IncidentFacts";
import { LocaleContext } from "./i18n";
import { PrivacyNote } from "./PrivacyNote";
import { RememberAnswers } from "./RememberAnswers";
import { Settings } from "./Settings";
import { hiddenBanners, localePreference } from "./storage";
import { useResolvedLocale, useStoredValue } from "./stored";
import { useRememberedForm } from "./useRememberedForm";

async function copyToClipboard(text: string): Promise<boolean> {
	try {
		await navigator.clipboard.writeText(text);
		return true;
	} catch {
		return false;
	}
}

interface Props {
	variant: "popup" | "page";
	/** The vendor the banner chose, on the full page. */
	vendor?: VendorId;
}

/** The checker with its surroundings: the popup, or the full page with facts and settings. */
export function CheckerApp({ variant, vendor }: Props) {
	const locale = useResolvedLocale();
	const preference = useStoredValue(localePreference);
	const remembered = useRememberedForm(vendor);

	useEffect(() => {
		if (!locale) return;
		document.documentElement.lang = locale;
		document.title = message(locale, "appName");
	}, [locale]);

	// Wait for the one storage read that picks the language, so the page never flashes the other one.
	if (!locale || preference === undefined) return null;
	const t = (key: Parameters<typeof message>[1]) => message(locale, key);
	// Added by a build hook from PRIVACY.md, so WXT's typed public paths do not list it.
	const privacyUrl = (browser.runtime.getURL as (path: string) => string)("/PRIVACY.txt");

	return (
		<LocaleContext.Provider value={locale}>
			<header class="app-header">
				<h1>{t("appName")}</h1>
				{variant === "page" ? <p class="tagline">{t("appTagline")}</p> : null}
				<PrivacyNote privacyUrl={privacyUrl} />
			</header>
			<main>
				<Checker
					key={remembered.formKey}
					form={remembered.form}
					onFormChange={remembered.update}
					copy={copyToClipboard}
					print={variant === "page" ? () => window.print() : undefined}
				/>
				<RememberAnswers
					remember={remembered.remember}
					onRememberChange={(on) => void remembered.setRemember(on)}
					onForget={() => void remembered.forget()}
				/>
				{variant === "popup" ? (
					<p class="open-full">
						<a href={browser.runtime.getURL("/checker.html")} target="_blank" rel="noopener">
							{t("openFullChecker")}
						</a>
					</p>
				) : (
					<>
						{incidents.map((incident) => (
							<section class="about" key={incident.id} aria-labelledby={`about-${incident.id}`}>
								<h2 id={`about-${incident.id}`}>{incident.title[locale]}</h2>
								<IncidentFacts incident={bannerIncident(incident)} />
								<h3>{t("conflictsHeading")}</h3>
								<dl class="conflicts">
									{incident.conflicts.map((conflict) => (
										<div key={conflict.id}>
											<dt>
												{conflict.id}: {conflict.title[locale]}
											</dt>
											<dd>{conflict.text[locale]}</dd>
										</div>
									))}
								</dl>
							</section>
						))}
						<Settings
							preference={preference}
							onPreferenceChange={(next) => void localePreference.setValue(next)}
							onResetBanners={() => hiddenBanners.setValue(NOTHING_HIDDEN)}
							onForgetAnswers={() => remembered.forget()}
						/>
					</>
				)}
			</main>
		</LocaleContext.Provider>
	);
}
