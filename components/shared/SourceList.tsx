import type { SourceLine } from "../../lib/checker/result";

/** Sources with their kind and date, so a reader can weigh each claim. */
export function SourceList({ sources }: { sources: readonly SourceLine[] }) {
	return (
		<ul class="sources">
			{sources.map((source) => (
				<li key={source.url}>
					<span class="source-kind">{source.kind}</span>{" "}
					<a href={source.url} target="_blank" rel="noopener noreferrer">
						{source.title}
					</a>{" "}
					<span class="source-meta">{source.meta}</span>
					{source.note ? <span class="source-note"> — {source.note}</span> : null}
				</li>
			))}
		</ul>
	);
}
