import { useT } from "../shared/i18n";

/** The promise, in one line, with the privacy page (what is kept, what never leaves, how it is tested). */
export function PrivacyNote({ privacyUrl }: { privacyUrl: string }) {
	const t = useT();
	return (
		<p class="privacy-note">
			{t("privacyShort")}{" "}
			<a class="target" href={privacyUrl} target="_blank" rel="noopener noreferrer">
				{t("privacyLink")}
				<span class="visually-hidden"> {t("opensInNewTab")}</span>
			</a>
		</p>
	);
}
