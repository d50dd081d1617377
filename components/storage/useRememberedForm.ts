import { useEffect, useState } from "preact/hooks";
import { type CheckerForm, EMPTY_FORM, readStoredForm } from "../../lib/checker/checker-form";
import type { VendorId } from "../../lib/incidents/rental";
import { rememberedAnswers } from "./storage";

/**
 * The checker's answers live in memory only, unless the person ticks "remember": then every
 * change is kept in storage.local, and unticking or deleting removes it at once.
 */
export function useRememberedForm(vendorFromLink?: VendorId) {
	const withVendor = (form: CheckerForm): CheckerForm =>
		vendorFromLink
			? {
					...form,
					rentals: form.rentals.map((rental, index) => (index === 0 ? { ...rental, vendor: vendorFromLink } : rental)),
				}
			: form;
	const [form, setForm] = useState<CheckerForm>(withVendor(EMPTY_FORM));
	const [remember, setRemember] = useState(false);
	const [formKey, setFormKey] = useState(0);

	useEffect(() => {
		rememberedAnswers.getValue().then(
			(stored) => {
				const restored = readStoredForm(stored);
				if (!restored) {
					if (stored !== null && stored !== undefined) console.warn("Ignoring unreadable remembered answers");
					return;
				}
				setForm(withVendor(restored));
				setRemember(true);
				setFormKey((key) => key + 1);
			},
			() => console.warn("Ignoring unreadable remembered answers"),
		);
	}, [vendorFromLink]);

	return {
		form,
		/** Changes when the form is replaced wholesale, so inputs with local state start afresh. */
		formKey,
		remember,
		update(next: CheckerForm) {
			setForm(next);
			if (remember) void rememberedAnswers.setValue(next);
		},
		async setRemember(on: boolean) {
			setRemember(on);
			if (on) await rememberedAnswers.setValue(form);
			else await rememberedAnswers.removeValue();
		},
		async forget() {
			setRemember(false);
			setForm(EMPTY_FORM);
			setFormKey((key) => key + 1);
			await rememberedAnswers.removeValue();
		},
	};
}
