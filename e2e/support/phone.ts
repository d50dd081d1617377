/** The phone sizes both browsers are tested at, for the popup and the full checker. */
export const PHONES = [
	["/popup.html", 360, 640],
	["/popup.html", 390, 844],
	["/checker.html", 360, 640],
	["/checker.html", 390, 844],
] as const;

/**
 * What a phone-sized page must hold: nothing scrolls sideways, and every control (buttons, the
 * choices, standalone links) is a target at least 44 px high. Evaluated in the page.
 */
export const PHONE_LAYOUT_PROBE = `(() => {
	const tooSmall = [...document.querySelectorAll("button, label.choice, a.target")]
		.map((element) => element.getBoundingClientRect())
		.filter((box) => box.height > 0 && box.height < 44).length;
	const page = document.documentElement;
	return { sideways: page.scrollWidth - page.clientWidth, tooSmall };
})()`;
