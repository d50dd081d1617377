import { useEffect, useState } from "preact/hooks";
import type { WxtStorageItem } from "wxt/utils/storage";
import { type CheckerForm, EMPTY_FORM, readStoredForm } from "../../lib/checker/checker-form";
import type { VendorId } from "../../lib/incidents/rental";
import type { SessionRole } from "./session-role";
import { popupAnswers, rememberedAnswers } from "./storage";

export { FROM_POPUP_FRAGMENT, openedFromPopup, type SessionRole } from "./session-role";

/** What a page's start script read from storage before the app came: the raw stored values. */
export interface StoredAnswers {
	remembered: unknown;
	/** The session's answers; read only by the popup and the full checker it opened. */
	session: unknown;
}

interface Options {
	/**
	 * The vendor the banner's link chose (`#vendor=`): it is put on the first rental, whatever is
	 * restored; in the popup (the vendor of the tab it was opened on), where no company is chosen yet.
	 */
	vendor?: VendorId | undefined;
	session?: SessionRole | undefined;
	/** Already read by the page's start script: the first render shows them, with no second read. */
	stored?: StoredAnswers | undefined;
}

/** A stored form, checked: anything `readStoredForm` refuses counts as no answers, with a console warning. */
function checkedForm(item: WxtStorageItem<CheckerForm | null, Record<string, unknown>>, stored: unknown) {
	const form = readStoredForm(stored);
	if (!form && stored !== null && stored !== undefined) console.warn(`Ignoring unreadable answers in ${item.key}`);
	return form;
}

async function readForm(item: WxtStorageItem<CheckerForm | null, Record<string, unknown>>) {
	try {
		return checkedForm(item, await item.getValue());
	} catch {
		console.warn(`Ignoring unreadable answers in ${item.key}`);
		return undefined;
	}
}

/**
 * The answers a page starts from: the person's own choice to remember wins (with it on,
 * storage.local is where the popup writes too, so it is also the newest), then the session's.
 */
function restore(remembered: CheckerForm | undefined, fromSession: CheckerForm | undefined) {
	const form = remembered ?? fromSession;
	return form ? { form, remember: remembered !== undefined } : undefined;
}

/** What the start script read, checked as a read from storage would be. */
export function restoreStored(stored: StoredAnswers, session: SessionRole | undefined) {
	return restore(
		checkedForm(rememberedAnswers, stored.remembered),
		session ? checkedForm(popupAnswers, stored.session) : undefined,
	);
}

/**
 * The checker's answers. They live in the page's memory, plus exactly one store at a time: in
 * storage.local when the person ticked "remember" (then every change is kept there, and unticking
 * or deleting removes it at once); otherwise, for the popup, in storage.session (see SessionRole).
 * Deleting removes both.
 */
export function useRememberedForm({ vendor, session, stored }: Options = {}) {
	// The banner's link chooses the company whatever is restored; the popup's tab only where the
	// person has not chosen one (their own answers about another company stay theirs).
	const withVendor = (form: CheckerForm): CheckerForm =>
		vendor
			? {
					...form,
					rentals: form.rentals.map((rental, index) =>
						index === 0 && (session !== "popup" || !rental.vendor) ? { ...rental, vendor } : rental,
					),
				}
			: form;
	const [start] = useState(() => (stored ? restoreStored(stored, session) : undefined));
	const [form, setForm] = useState<CheckerForm>(() => withVendor(start?.form ?? EMPTY_FORM));
	const [remember, setRemember] = useState(start?.remember ?? false);
	const [formKey, setFormKey] = useState(0);

	useEffect(() => {
		// The start script read them already: the first render showed them.
		if (stored) return;
		let live = true;
		Promise.all([readForm(rememberedAnswers), session ? readForm(popupAnswers) : undefined]).then(
			([remembered, fromSession]) => {
				const restored = restore(remembered, fromSession);
				if (!live || !restored) return;
				setForm(withVendor(restored.form));
				setRemember(restored.remember);
				setFormKey((key) => key + 1);
			},
		);
		return () => {
			live = false;
		};
	}, [vendor, session]);

	return {
		form,
		/** Changes when the form is replaced wholesale, so inputs with local state start afresh. */
		formKey,
		remember,
		update(next: CheckerForm) {
			setForm(next);
			if (remember) void rememberedAnswers.setValue(next);
			else if (session === "popup") void popupAnswers.setValue(next);
		},
		async setRemember(on: boolean) {
			setRemember(on);
			if (on) {
				// The answers move: storage.local now holds them, the session copy goes.
				await Promise.all([rememberedAnswers.setValue(form), popupAnswers.removeValue()]);
			} else {
				// Unticked: nothing of the answers stays on disk, not even the version marker; the
				// popup goes back to keeping them in memory only.
				await Promise.all([
					rememberedAnswers.removeValue({ removeMeta: true }),
					session === "popup" ? popupAnswers.setValue(form) : undefined,
				]);
			}
		},
		async forget() {
			setRemember(false);
			setForm(EMPTY_FORM);
			setFormKey((key) => key + 1);
			await Promise.all([rememberedAnswers.removeValue({ removeMeta: true }), popupAnswers.removeValue()]);
		},
	};
}
