import type { StepId } from "../../lib/checker/checker-form";
import type { ResultView } from "../../lib/checker/result";
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
 * What the company did then is one tap away.
 */
export function WhatToDoNow({ todo, done, onToggle }: Props) {
	const t = useResultT();
	return (
		<section class="todo" aria-labelledby="todo-heading">
			<h3 id="todo-heading">{t("todoHeading")}</h3>
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
