import type { CardView } from "../../lib/checker/result";
import { SourceList } from "../shared/SourceList";
import { useResultT } from "./useResultT";

/**
 * One server's result for one rental: the verdict in plain words first, what leaked and when;
 * the notices' words, the conflicts and the sources one tap away.
 */
export function FindingCard({ card }: { card: CardView }) {
	const t = useResultT();
	return (
		<section class={`finding finding-${card.verdict}`} aria-labelledby={card.id}>
			<h4 id={card.id}>
				{card.title}
				{t.locale === "ja" ? "：" : ": "}
				<span class={`badge badge-${card.verdict}`}>{card.badge}</span>
			</h4>
			<p class="path-description">{card.description}</p>
			<p class="card-summary">{card.summary}</p>
			{card.points.length > 0 ? (
				<ul class="reason-details">
					{card.points.map((point) => (
						<li key={point}>{point}</li>
					))}
				</ul>
			) : null}
			{card.context ? <p class="card-context">{card.context}</p> : null}
			<p>{card.leaked}</p>
			{card.when.map((line) => (
				<p key={line} class="card-when">
					{line}
				</p>
			))}
			{card.notes.map((note) => (
				<p key={note} class="note">
					{note}
				</p>
			))}
			<details class="card-sources">
				<summary>{t("sourcesDetails")}</summary>
				<p class="primary-source">{card.sources.primary}</p>
				{card.sources.wordings.map((wording) => (
					<div key={wording.label} class="wording">
						<p>
							<strong>{wording.label}</strong>
							{wording.badge ? (
								<>
									{t.locale === "ja" ? "：" : ": "}
									{wording.badge}
								</>
							) : null}
						</p>
						<blockquote lang="ja">{wording.quote}</blockquote>
						{wording.reading ? <p class="reading">{wording.reading}</p> : null}
					</div>
				))}
				{card.sources.conflicts.length > 0 ? (
					<>
						<h5>{t("conflictsHeading")}</h5>
						<dl class="conflicts">
							{card.sources.conflicts.map((conflict) => (
								<div key={conflict.id}>
									<dt>
										{conflict.id}
										{t.locale === "ja" ? "：" : ": "}
										{conflict.title}
									</dt>
									<dd>{conflict.text}</dd>
								</div>
							))}
						</dl>
					</>
				) : null}
				<SourceList sources={card.sources.list} />
			</details>
		</section>
	);
}
