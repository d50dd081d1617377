import { useEffect, useState } from "preact/hooks";
import type { WxtStorageItem } from "wxt/utils/storage";
import { type CheckerForm, EMPTY_FORM, readStoredForm } from "../../lib/checker/checker-form";
import type { VendorId } from "../../lib/incidents/rental";
import { popupAnswers, rememberedAnswers } from "./storage";

/**
 * Where a checker's answers may come from besides the person's "remember" opt-in:
 * - `popup`: the toolbar popup keeps its answers in storage.session (memory, until the browser
 *   closes) on every change, and finds them again when it reopens;
 * - `from-popup`: the full checker opened by the popup's link starts from those answers. It reads
 *   them once and never writes them back, so edits on the full page stay in that tab and cannot
 *   overwrite what the popup holds later (a full page left open in the background, then edited,
 *   would otherwise undo a newer popup check).
 * Without a role (the full page opened by the banner or a bookmark) neither reads nor writes them:
 * answers from an earlier check must not mix with the company the banner chose.
 */
export type SessionRole = "popup" | "from-popup";

interface Options {
	/**
	 * The vendor the banner's link chose (`#vendor=`): it is put on the first rental, whatever is
	 * restored; in the popup (the vendor of the tab it was opened on), where no company is chosen yet.
	 */
	vendor?: VendorId | undefined;
	session?: SessionRole | undefined;
}

/** A stored form, checked: anything `readStoredForm` refuses counts as no answers, with a console warning. */
async function readForm(item: WxtStorageItem<CheckerForm | null, Record<string, unknown>>) {
	const warn = () => console.warn(`Ignoring unreadable answers in ${item.key}`);
	try {
		const stored: unknown = await item.getValue();
		const form = readStoredForm(stored);
		if (!form && stored !== null && stored !== undefined) warn();
		return form;
	} catch {
		warn();
		return undefined;
	}
}

/**
 * The checker's answers. They live in the page's memory, plus exactly one store at a time: in
 * storage.local when the person ticked "remember" (then every change is kept there, and unticking
 * or deleting removes it at once); otherwise, for the popup, in storage.session (see SessionRole).
 * Deleting removes both.
 */
export function useRememberedForm({ vendor, session }: Options = {}) {
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
	const [form, setForm] = useState<CheckerForm>(withVendor(EMPTY_FORM));
	const [remember, setRemember] = useState(false);
	const [formKey, setFormKey] = useState(0);

	useEffect(() => {
		let live = true;
		Promise.all([readForm(rememberedAnswers), session ? readForm(popupAnswers) : undefined]).then(
			([remembered, fromSession]) => {
				// The person's own choice to remember wins: with it on, storage.local is where the
				// popup writes too, so it is also the newest.
				const restored = remembered ?? fromSession;
				if (!live || !restored) return;
				setForm(withVendor(restored));
				setRemember(remembered !== undefined);
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

/** The fragment the popup's link gives the full checker, so that page starts from the popup's answers. */
export const FROM_POPUP_FRAGMENT = "#from=popup";

/** Whether the full checker was opened by the popup's link (the fragment may also carry `vendor=`). */
export function openedFromPopup(hash: string): boolean {
	return new URLSearchParams(hash.replace(/^#/, "")).get("from") === "popup";
}
