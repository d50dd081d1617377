import { useEffect, useRef, useState } from "preact/hooks";
import type { ResultView } from "../../lib/checker/result";
import { viewMessage } from "../../lib/i18n/view-messages";
import { useT } from "../shared/i18n";

interface Props {
	view: ResultView | undefined;
	/** Shown when there is no result: nothing chosen yet, or an answer to fix. */
	waiting: "no-vendor" | "errors" | undefined;
}

/** How long a changed verdict stays marked. */
const CHANGED_FOR_MS = 4000;

/**
 * The answer at a glance: one sentence per company (and an overall one where there are several),
 * each with a sign and a colour that also read without colour. Only the sentences sit in the
 * polite live region, so a screen reader hears the verdict change and nothing more; a sighted
 * person sees it change too: the sentences are marked for a few seconds (a pulse where motion is
 * welcome, a note always).
 */
export function ResultHeadline({ view, waiting }: Props) {
	const t = useT();
	const verdict = waiting ? undefined : view?.verdict;
	const changed = useVerdictChange(waiting || !view ? undefined : sentencesKey(view));
	return (
		<div class={`headline ${verdict ? `verdict-${verdict}` : "verdict-waiting"}${changed ? " changed" : ""}`}>
			<output
				class={`verdict ${verdict ? `verdict-${verdict}` : "verdict-waiting"}`}
				aria-live="polite"
				aria-atomic="true"
			>
				{waiting === "no-vendor" ? <p>{t("noVendorYet")}</p> : null}
				{waiting === "errors" ? <p>{t("fixErrors")}</p> : null}
				{waiting || !view ? null : (
					<>
						{view.overall ? (
							<p class={`sentence overall verdict-${view.verdict}`} data-verdict={view.verdict}>
								{view.overall}
							</p>
						) : null}
						{view.companies.map((company) => (
							<p
								key={company.vendor}
								class={`sentence verdict-${company.verdict}`}
								data-verdict={company.verdict}
								data-vendor={company.vendor}
							>
								{company.sentence}
							</p>
						))}
					</>
				)}
			</output>
			{/* The live region already says the new sentences: this note is for the eyes only. */}
			{changed ? (
				<p class="changed-note" aria-hidden="true">
					{viewMessage(t.locale, "verdictChanged")}
				</p>
			) : null}
		</div>
	);
}

/** What a change of verdict is: the sentences' verdicts, in order (not their wording, which follows the language). */
function sentencesKey(view: ResultView): string {
	return [view.verdict, ...view.companies.map((company) => `${company.vendor}:${company.verdict}`)].join(" ");
}

/** True for a few seconds after the verdict changes from one result to another (not on the first). */
function useVerdictChange(key: string | undefined): boolean {
	const last = useRef<string | undefined>(undefined);
	const [changed, setChanged] = useState(false);
	useEffect(() => {
		if (key === undefined) {
			setChanged(false);
			return;
		}
		const before = last.current;
		last.current = key;
		if (before === undefined || before === key) return;
		setChanged(true);
		const timer = setTimeout(() => setChanged(false), CHANGED_FOR_MS);
		return () => clearTimeout(timer);
	}, [key]);
	return changed;
}
