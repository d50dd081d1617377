import type { ComponentType } from "preact";
import { useLayoutEffect } from "preact/hooks";
import { message } from "../../lib/i18n/messages";
import type { LocalePreference } from "../../lib/i18n/text";
import { viewMessage } from "../../lib/i18n/view-messages";
import type { VendorId } from "../../lib/incidents/rental";
import { LocaleContext } from "../shared/i18n";
import { LanguageChoice } from "../shared/LanguageChoice";
import { TabSite } from "../shared/TabSite";
import { todayInJapan } from "../shared/today";
import { localePreference } from "../storage/storage";
import { useLocalePreference } from "../storage/stored";
import { FROM_POPUP_FRAGMENT, type StoredAnswers, useRememberedForm } from "../storage/useRememberedForm";
import { Checker } from "./Checker";
import { PrivacyNote } from "./PrivacyNote";
import { RememberAnswers } from "./RememberAnswers";
import { questionId } from "./RentalQuestions";
import { WhatHappened } from "./WhatHappened";

/** The print view shows every criterion and source: open the collapsed parts first. */
function printWithDetails() {
	for (const details of document.querySelectorAll("details")) details.open = true;
	window.print();
}

async function copyToClipboard(text: string): Promise<boolean> {
	try {
		await navigator.clipboard.writeText(text);
		return true;
	} catch {
		return false;
	}
}

/** The first question, focused and at the top of the window: the start of the check. */
function startCheck() {
	const slot = document.getElementById(questionId(1, "vendor"));
	const input = slot?.querySelector<HTMLInputElement>("input:checked") ?? slot?.querySelector("input");
	input?.focus({ preventScroll: true });
	slot?.scrollIntoView?.({ block: "start" });
}

/** The full page's facts, opened and brought into view (PageExtras holds them, as `#facts`). */
function showFacts(event: Event) {
	const facts = document.getElementById(FACTS_ID);
	if (!(facts instanceof HTMLDetailsElement)) return;
	event.preventDefault();
	facts.open = true;
	facts.querySelector("summary")?.focus({ preventScroll: true });
	facts.scrollIntoView?.({ block: "start" });
}

/** Where the full page keeps every fact; the popup's link opens it there (`show=facts`). */
export const FACTS_ID = "facts";

export interface ExtrasProps {
	preference: LocalePreference;
	onForgetAnswers: () => Promise<void>;
}

/**
 * What each surface passes in. New options are optional props, so a caller that does not know
 * them keeps working.
 */
export interface CheckerAppProps {
	variant: "popup" | "page";
	/** The vendor the banner chose (the full page), or whose site the toolbar button was pressed on (the popup). */
	vendor?: VendorId | undefined;
	/** The popup: the vendor site the toolbar button was pressed on, which it names (components/shared/TabSite.tsx). */
	site?: string | undefined;
	/** The full page was opened by the popup's link: it starts from the popup's answers. */
	fromPopup?: boolean;
	/** What only the full page shows (the facts, the settings); the popup stays light. */
	Extras?: ComponentType<ExtrasProps>;
	/** The answers the page's start script already read (components/checker/first-paint.ts): shown from the first render. */
	stored?: StoredAnswers | undefined;
}

/** The checker with its surroundings: the popup, or the full page with facts and settings. */
export function CheckerApp({ variant, vendor, site, fromPopup = false, Extras, stored }: CheckerAppProps) {
	const { locale, preference } = useLocalePreference();
	const remembered = useRememberedForm({
		vendor,
		session: variant === "popup" ? "popup" : fromPopup ? "from-popup" : undefined,
		stored,
	});

	// Before the first paint: the page announces its language, and the benchmark notes the render.
	useLayoutEffect(() => {
		document.documentElement.lang = locale;
		document.title = message(locale, "appName");
		if (performance.getEntriesByName("checker:first-render").length === 0) performance.mark("checker:first-render");
	}, [locale]);

	const t = (key: Parameters<typeof message>[1]) => message(locale, key);
	const form = remembered.form;
	const started = form.rentals.some((rental) => rental.vendor !== undefined) || Object.keys(form.emails).length > 0;
	const allFacts = viewMessage(locale, "allFacts");

	return (
		<LocaleContext.Provider value={locale}>
			<header class="app-header">
				{variant === "popup" ? (
					<div class="title-row">
						<h1>{t("appName")}</h1>
						{/* The full page has the same choice in its settings. */}
						<LanguageChoice compact preference={preference} onChange={(next) => void localePreference.setValue(next)} />
					</div>
				) : (
					<>
						<h1>{t("appName")}</h1>
						<p class="tagline">{t("appTagline")}</p>
					</>
				)}
				{variant === "popup" && vendor && site ? <TabSite vendor={vendor} site={site} /> : null}
				<PrivacyNote privacyUrl="/privacy.html" />
			</header>
			<main>
				<WhatHappened
					started={started}
					onStart={startCheck}
					facts={
						variant === "page" ? (
							<a class="target" href={`#${FACTS_ID}`} onClick={showFacts}>
								{allFacts}
							</a>
						) : (
							<a
								class="target"
								href={`/checker.html${FROM_POPUP_FRAGMENT}&show=${FACTS_ID}`}
								target="_blank"
								rel="noopener"
							>
								{allFacts}
								<span class="visually-hidden"> {t("opensInNewTab")}</span>
							</a>
						)
					}
				/>
				<Checker
					key={remembered.formKey}
					form={remembered.form}
					onFormChange={remembered.update}
					copy={copyToClipboard}
					print={variant === "page" ? printWithDetails : undefined}
					variant={variant}
					today={todayInJapan()}
				/>
				<RememberAnswers
					remember={remembered.remember}
					onRememberChange={(on) => void remembered.setRemember(on)}
					onForget={() => void remembered.forget()}
				/>
				{Extras ? (
					<Extras preference={preference} onForgetAnswers={() => remembered.forget()} />
				) : (
					<>
						<p class="open-full">
							<a class="target" href={`/checker.html${FROM_POPUP_FRAGMENT}`} target="_blank" rel="noopener">
								{t("moreInFullChecker")}
								<span class="visually-hidden"> {t("opensInNewTab")}</span>
							</a>
						</p>
						{remembered.remember ? null : <p class="hint">{t("popupAnswersKept")}</p>}
					</>
				)}
			</main>
		</LocaleContext.Provider>
	);
}
