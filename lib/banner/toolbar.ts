/**
 * The toolbar button on a vendor's tab (issue "the vendor's page, round two"). A page can draw a
 * banner of its own that looks like the extension's, but it cannot draw on the toolbar: so every
 * vendor tab whose banner is on screen shows the banner's own "!" there, in the banner's colour, and
 * a tab whose page keeps the banner from view shows a louder mark. Set by the background from the
 * content script's report, per tab; the browser clears it when the tab goes to another page.
 *
 * - `shown`: the banner is on this page;
 * - `blocked`: the page keeps it from view, so the toolbar carries the warning;
 * - `hidden`: the person chose not to see it on this site or company: no mark.
 *
 * Each state's tooltip is a `_locales` message (its name here).
 */
export const BANNER_STATES = ["shown", "blocked", "hidden"] as const;
export type BannerState = (typeof BANNER_STATES)[number];

export const TOOLBAR = {
	shown: { text: "!", color: "#8a5a00", title: "badgeShownTitle" },
	blocked: { text: "!!", color: "#b3261e", title: "badgeBlockedTitle" },
	hidden: { text: "", color: "#8a5a00", title: "actionTitle" },
} as const satisfies Record<BannerState, { text: string; color: string; title: string }>;
