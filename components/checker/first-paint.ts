import { resolveLocale } from "../../lib/i18n/text";
import { mirroredPreference } from "../storage/locale-mirror";
import type { SessionRole } from "../storage/session-role";
import { SESSION_KEYS, STORAGE_KEYS } from "../storage/storage-keys";
import type { StoredAnswers } from "../storage/useRememberedForm";

/**
 * The popup's and the full checker's start (issue 24): the page arrives with its first screen
 * already in it (written at build time from the app itself, ./first-screen.tsx), so the browser
 * paints it with the style sheets alone. This script, the only one the page loads before that
 * paint, puts the screen in the person's language and stops; the app (Preact, the questions, the
 * engine) is fetched after the first frame and takes the screen over node for node (./takeover.tsx).
 * Nothing here may grow into the app: every byte runs before the first paint.
 */

/** What the app needs to take the first screen over. */
export interface FirstPaint {
	app: HTMLElement;
	/** The answers kept in storage, read while the page painted; undefined where storage could not be read. */
	stored: StoredAnswers | undefined;
	/**
	 * True when the screen shows what the app's first render shows (no answers yet): the app
	 * adopts its nodes as they are. False when it held the questions back (kept answers, a company
	 * chosen by the address): the app renders its start in their place, then shows them.
	 */
	asPainted: boolean;
	/** Gives the app what the person did on the screen before it came, through its own handlers. */
	replay(): Promise<void>;
}

export interface FirstPaintOptions {
	/** Which kept answers the page starts from besides remembered ones (components/storage/session-role.ts). */
	session: SessionRole | undefined;
	/** The page starts from more than the first screen shows (a company chosen by the address): hold the questions back. */
	startsAnswered: boolean;
	/** Fetches the app and the engine, and gives back the function that takes the screen over. */
	load(): Promise<(first: FirstPaint) => void>;
}

/** The raw storage API: no polyfill, no storage library before the first paint. */
interface StorageArea {
	get(keys: string[]): Promise<Record<string, unknown>>;
}
interface Api {
	storage: { local: StorageArea; session: StorageArea };
}

/** Where the first screen is, in the language the page was written in; other languages wait in templates. */
const APP_ID = "app";
const TEMPLATE_PREFIX = "first-screen-";

/** Puts the first screen in the person's language: the pages' copy of their choice, else the browser's. */
function showLanguage(app: HTMLElement): void {
	const preference = mirroredPreference();
	const locale = resolveLocale(preference, navigator.languages);
	const other = document.getElementById(`${TEMPLATE_PREFIX}${locale}`);
	if (other instanceof HTMLTemplateElement) {
		app.replaceChildren(other.content);
		app.dataset.title = other.dataset.title;
	}
	for (const template of document.querySelectorAll(`template[id^="${TEMPLATE_PREFIX}"]`)) template.remove();
	document.documentElement.lang = locale;
	if (app.dataset.title) document.title = app.dataset.title;
	// The language control shows the choice (the screen was written with "follow the browser").
	for (const select of app.querySelectorAll<HTMLSelectElement>(".language-compact select")) select.value = preference;
	for (const radio of app.querySelectorAll<HTMLInputElement>('input[type="radio"][name="language"]'))
		radio.checked = radio.value === preference;
}

/** The kept answers the page may start from, read raw (as the banner reads its keys), in one go. */
function readStored(session: SessionRole | undefined): Promise<StoredAnswers | undefined> {
	const api = (globalThis as unknown as { browser?: Api }).browser ?? (globalThis as unknown as { chrome: Api }).chrome;
	const local = STORAGE_KEYS.rememberedAnswers;
	const own = SESSION_KEYS.popupAnswers;
	return Promise.all([api.storage.local.get([local]), session ? api.storage.session.get([own]) : undefined]).then(
		([remembered, fromSession]) => ({ remembered: remembered[local], session: fromSession?.[own] }),
		// Unreadable: the app reads them itself, as it would without this script.
		() => undefined,
	);
}

/** Whether anything kept could give the page a start other than the first screen (the app checks what it is). */
function keptAnswers(stored: StoredAnswers | undefined): boolean {
	return stored !== undefined && (stored.remembered != null || stored.session != null);
}

/**
 * What the person does on the first screen before the app comes, in order: each control once, at
 * the place of its last use. The screen works without the app (a radio is checked, a section
 * opens, a link opens its page); the app is then told, through its own handlers, so its state is
 * what the screen shows and nothing is undone. A button does nothing without the app: it is
 * pressed again once the app is there.
 */
function recordEarlyInput(app: HTMLElement) {
	const touched = new Map<Element, true>();
	const note = (element: Element | null) => {
		if (!element || !app.contains(element)) return;
		touched.delete(element);
		touched.set(element, true);
	};
	const onEvent = (event: Event) => note(event.target instanceof Element ? event.target : null);
	const onClick = (event: Event) => note(event.target instanceof Element ? event.target.closest("button") : null);
	const types = ["input", "change", "toggle"] as const;
	// Capturing: `toggle` does not bubble, and nothing on the page may stop these before they are seen.
	for (const type of types) app.addEventListener(type, onEvent, true);
	app.addEventListener("click", onClick, true);
	return async () => {
		for (const type of types) app.removeEventListener(type, onEvent, true);
		app.removeEventListener("click", onClick, true);
		for (const element of touched.keys()) {
			if (!element.isConnected) continue;
			if (element instanceof HTMLButtonElement) element.click();
			else if (element instanceof HTMLDetailsElement) element.dispatchEvent(new Event("toggle"));
			else if (element instanceof HTMLInputElement && element.type === "text")
				element.dispatchEvent(new Event("input", { bubbles: true }));
			else if (element instanceof HTMLInputElement && element.type === "radio" && !element.checked) continue;
			else if (element instanceof HTMLInputElement || element instanceof HTMLSelectElement)
				element.dispatchEvent(new Event("change", { bubbles: true }));
			// The app renders each change before the next is given (its handlers close over what they rendered).
			await Promise.resolve();
		}
	};
}

/** Once the first frame is out: a frame callback, then a task after it. A hidden page has no frames: it goes on at once. */
function afterFirstFrame(then: () => void): void {
	let done = false;
	const once = () => {
		if (done) return;
		done = true;
		then();
	};
	if (document.visibilityState === "visible") requestAnimationFrame(() => setTimeout(once));
	// Frames may never come (a page opened in the background): the app still loads.
	setTimeout(once, document.visibilityState === "visible" ? 250 : 0);
}

/** Paints the first screen as the person should see it, then loads the app and lets it take over. */
export function paintFirst({ session, startsAnswered, load }: FirstPaintOptions): void {
	const app = document.getElementById(APP_ID);
	if (!app) return;
	showLanguage(app);
	// Until the kept answers are read (a frame or two), only the header is painted: a popup opened
	// again in the same session never shows, even for a frame, a start that is not the person's.
	app.dataset.start = startsAnswered ? "answered" : "reading";
	const replay = recordEarlyInput(app);
	const stored = readStored(session).then((value) => {
		// Kept answers: the questions wait for the app rather than show a start that is not the person's.
		if (keptAnswers(value)) app.dataset.start = "answered";
		else if (app.dataset.start === "reading") delete app.dataset.start;
		return value;
	});
	afterFirstFrame(() => {
		void Promise.all([load(), stored]).then(([takeOver, value]) =>
			takeOver({ app, stored: value, asPainted: app.dataset.start === undefined, replay }),
		);
	});
}
