import { useT } from "../shared/i18n";

/** The promise, in one line, with where it is proven. */
export function PrivacyNote({ privacyUrl }: { privacyUrl: string }) {
	const t = useT();
	return (
		<p class="privacy-note">
			{t("privacyShort")}{" "}
			<a class="target" href={privacyUrl} target="_blank" rel="noopener noreferrer">
				{t("privacyLink")}
			</a>
		</p>
	);
}
