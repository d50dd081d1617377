import { whatHappened } from "virtual:what-happened";
import type { ComponentChildren } from "preact";
import { useEffect, useRef, useState } from "preact/hooks";
import { viewMessage } from "../../lib/i18n/view-messages";
import { useT } from "../shared/i18n";

interface Props {
	/** Whether the person has begun answering: then this folds away, one tap from being read again. */
	started: boolean;
	/** Takes the person to the first question. */
	onStart: () => void;
	/** The way to every fact, with its sources: a link or a button, as the surface allows. */
	facts: ComponentChildren;
}

/**
 * "What happened", in plain words, before any answer: per breach, when it was announced, whose
 * rentals it concerns and what leaked (lib/checker/what-happened.ts, written out at build time),
 * with the start of the check and the way to every fact first, where a small screen shows them. Once the person begins, it folds into
 * one line they can open again; it stays as they left it after that.
 */
export function WhatHappened({ started, onStart, facts }: Props) {
	const t = useT();
	const [open, setOpen] = useState(!started);
	const wasStarted = useRef(started);
	useEffect(() => {
		if (started && !wasStarted.current) setOpen(false);
		wasStarted.current = started;
	}, [started]);
	return (
		<details
			class="what-happened"
			open={open}
			onToggle={(event) => setOpen((event.currentTarget as HTMLDetailsElement).open)}
		>
			<summary>
				<h2 id="what-happened-heading">{viewMessage(t.locale, "whatHappened")}</h2>
			</summary>
			<div class="what-happened-actions">
				{started ? null : (
					<button type="button" class="start-check" onClick={onStart}>
						{viewMessage(t.locale, "checkYourRental")}
					</button>
				)}
				{facts}
			</div>
			<div class="what-happened-companies">
				{whatHappened[t.locale].map((company) => (
					<section key={company.vendor} aria-labelledby={`what-happened-${company.vendor}`}>
						<h3 id={`what-happened-${company.vendor}`}>{company.company}</h3>
						{company.sentences.map((sentence) => (
							<p key={sentence}>{sentence}</p>
						))}
					</section>
				))}
			</div>
		</details>
	);
}
