import { DraftPreviewEntry } from "../criteria/DraftPreviewEntry";
import type { ExtrasProps } from "./CheckerApp";
import { PageExtras } from "./PageExtras";

/**
 * What the full checker shows below its questions: its own sections, then the way to preview a
 * draft criteria record (lib/criteria). One component, for the page and for its first screen
 * written at build time (./first-screen.tsx), so the app takes over exactly what was painted.
 */
export function CheckerPageExtras(props: ExtrasProps) {
	return (
		<>
			<PageExtras {...props} />
			<DraftPreviewEntry />
		</>
	);
}
