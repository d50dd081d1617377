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

/** The fragment the popup's link gives the full checker, so that page starts from the popup's answers. */
export const FROM_POPUP_FRAGMENT = "#from=popup";

/** Whether the full checker was opened by the popup's link (the fragment may also carry `vendor=`). */
export function openedFromPopup(hash: string): boolean {
	return new URLSearchParams(hash.replace(/^#/, "")).get("from") === "popup";
}
