import { useRef, useState } from "preact/hooks";
import { draftMessage } from "../../lib/i18n/criteria-messages";
import { useLocale } from "../shared/i18n";
import "./draft-entry.css";

type Preview = typeof import("./DraftPreview");

/** A file the person chose, read in this page: its name and text, nothing else. */
export interface OpenedFile {
	name: string;
	text: string;
}

/**
 * The full checker's way into the draft preview: a file picker. The preview's code (the
 * validator, the record mapping, the draft's result) loads only when a file is chosen; the file is
 * read in this page and goes nowhere, and nothing is stored.
 */
export function DraftPreviewEntry() {
	const locale = useLocale();
	const t = (key: Parameters<typeof draftMessage>[1]) => draftMessage(locale, key);
	const input = useRef<HTMLInputElement>(null);
	const [opened, setOpened] = useState<{ file: OpenedFile; module: Preview; count: number }>();
	const [loading, setLoading] = useState(false);

	async function open(files: FileList | null) {
		const chosen = files?.[0];
		if (!chosen) return;
		setLoading(true);
		try {
			const [text, module] = await Promise.all([chosen.text(), import("./DraftPreview")]);
			// Each opening is a fresh preview, even of the same file fixed and chosen again.
			setOpened((previous) => ({ file: { name: chosen.name, text }, module, count: (previous?.count ?? 0) + 1 }));
		} finally {
			setLoading(false);
			if (input.current) input.current.value = "";
		}
	}

	return (
		<section class="draft-entry" aria-labelledby="draft-entry-heading">
			<h2 id="draft-entry-heading">{t("draftOpenHeading")}</h2>
			<p>{t("draftOpenIntro")}</p>
			<label class="draft-file">
				<span>{t("draftOpenButton")}</span>
				<input
					ref={input}
					type="file"
					accept=".json,application/json"
					onChange={(event) => void open(event.currentTarget.files)}
				/>
			</label>
			{loading ? <p role="status">{t("draftLoading")}</p> : null}
			{opened ? (
				<opened.module.DraftPreview key={opened.count} file={opened.file} onClose={() => setOpened(undefined)} />
			) : null}
		</section>
	);
}
