import { describeDay } from "../../lib/calendar/era";
import { sourceKindLabel } from "../../lib/i18n/messages";
import type { Source } from "../../lib/incidents/types";
import { useT } from "./i18n";

/** Sources with their kind and date, so a reader can weigh each claim. */
export function SourceList({ sources }: { sources: readonly Source[] }) {
	const t = useT();
	return (
		<ul class="sources">
			{sources.map((source) => (
				<li key={source.id}>
					<span class={`source-kind source-kind-${source.kind}`}>{sourceKindLabel(t.locale, source.kind)}</span>{" "}
					<a href={source.url} target="_blank" rel="noopener noreferrer">
						{source.title}
					</a>{" "}
					<span class="source-meta">
						({source.publisher}, {source.date ? describeDay(source.date, t.locale) : t("dateNotGiven")})
					</span>
					{source.note ? <span class="source-note"> — {t.text(source.note)}</span> : null}
				</li>
			))}
		</ul>
	);
}
