import { useId, useState } from "preact/hooks";
import { useT } from "../shared/i18n";

interface Props {
	remember: boolean;
	onRememberChange: (on: boolean) => void;
	onForget: () => void;
}

/** "Remember my answers on this device", and the way to delete them. */
export function RememberAnswers({ remember, onRememberChange, onForget }: Props) {
	const t = useT();
	const helpId = useId();
	const [status, setStatus] = useState("");
	return (
		<div class="remember">
			<label class="choice">
				<input
					type="checkbox"
					checked={remember}
					aria-describedby={helpId}
					onChange={(event) => {
						setStatus("");
						onRememberChange(event.currentTarget.checked);
					}}
				/>
				<span>{t("remember")}</span>
			</label>
			<p class="hint" id={helpId}>
				{t("rememberHelp")}
			</p>
			<button
				type="button"
				onClick={() => {
					onForget();
					setStatus(t("forgotten"));
				}}
			>
				{t("forget")}
			</button>
			<span role="status">{status}</span>
		</div>
	);
}
