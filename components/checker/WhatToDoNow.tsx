import type { StepId } from "../../lib/checker/checker-form";
import type { ResultView } from "../../lib/checker/result";
import { viewMessage } from "../../lib/i18n/view-messages";
import { useResultT } from "./useResultT";

interface Props {
	todo: ResultView["todo"];
	/** The steps ticked off, kept as long as the answers are. */
	done: readonly StepId[];
	onToggle: (step: StepId, done: boolean) => void;
}

/**
 * What to do now, as numbered steps a person can tick off, resting only on the facts file's
 * general facts (renewal keeps a card number, reissue changes it; 2013 helplines may be gone).
 * What the company did then is one tap away. Its heading takes the focus when the verdict bar's
 * "what to do now" brings a person here; ticking the last step says they are all done.
 */
export function WhatToDoNow({ todo, done, onToggle }: Props) {
	const t = useResultT();
	const allDone = todo.steps.length > 0 && todo.steps.every((step) => done.includes(step.id));
	return (
		<section class="todo" aria-labelledby="todo-heading">
			<h3 id="todo-heading" tabIndex={-1}>
				{t("todoHeading")}
			</h3>
			{todo.none ? <p>{todo.none}</p> : null}
			{todo.intro ? <p>{todo.intro}</p> : null}
			{todo.steps.length > 0 ? (
				<ol class="steps">
					{todo.steps.map((step) => (
						<li key={step.id}>
							<label class="step">
								<input
									type="checkbox"
									checked={done.includes(step.id)}
									onChange={(event) => onToggle(step.id, event.currentTarget.checked)}
								/>
								<span>{step.text}</span>
							</label>
						</li>
					))}
				</ol>
			) : null}
			<p role="status" class="all-done">
				{allDone ? viewMessage(t.locale, "allStepsDone") : ""}
			</p>
			{todo.offered.length > 0 ? (
				<details class="offered">
					<summary>{t("todoOffered")}</summary>
					{todo.offered.map((incident) => (
						<div key={incident.title}>
							<h4>{incident.title}</h4>
							<ul>
								{incident.lines.map((line) => (
									<li key={line}>{line}</li>
								))}
							</ul>
							{incident.contactThen ? (
								<p>
									<strong>{t("todoContactThen")}</strong>
									{t.locale === "ja" ? "：" : ": "}
									{incident.contactThen}
								</p>
							) : null}
						</div>
					))}
				</details>
			) : null}
		</section>
	);
}
