import sharp from "sharp";

/**
 * The banner as a person meets it, for the browser tests. Its shadow root is closed, so neither
 * the page nor a test can reach it through `host.shadowRoot`; the tests read it the way the
 * browser's DevTools do — Chromium: DevTools' DOM domain with `pierce`, resolved into an isolated
 * world the page's scripts cannot patch; Firefox: WebDriver BiDi's `includeShadowTree: "all"`,
 * used in a sandbox (support/firefox.ts) — and act on it only with real input at its on-screen
 * coordinates (Chromium: `Input.dispatchMouseEvent` through Playwright's mouse; Firefox: BiDi
 * `input.performActions` through Puppeteer's), which the banner treats as a person's.
 */
export interface Box {
	x: number;
	y: number;
	width: number;
	height: number;
}

export interface ButtonSeen {
	name: string;
	box: Box;
	expanded: string | null;
}

/** What each browser's support gives: a way into the closed root, real input, and the screen. */
export interface BannerDriver {
	/** Runs `fn` with the banner's root; undefined when there is no banner host or root. */
	inRoot<T, A = null>(fn: (root: ShadowRoot, arg: A) => T | Promise<T>, arg?: A): Promise<T | undefined>;
	click(x: number, y: number): Promise<void>;
	/** A PNG of that part of the viewport. */
	screenshot(box: Box): Promise<Buffer>;
	/** Lets a moment pass in the test (no polling inside the page). */
	pause(ms: number): Promise<void>;
}

export class Banner {
	constructor(private readonly driver: BannerDriver) {}

	/** Reads something inside the closed root (as DevTools would); undefined without a banner. */
	read<T, A = null>(fn: (root: ShadowRoot, arg: A) => T | Promise<T>, arg?: A): Promise<T | undefined> {
		return this.driver.inRoot(fn, arg);
	}

	/** The banner's rendered text (innerText), empty while it is not there. */
	async text(): Promise<string> {
		return (
			(await this.driver.inRoot((root) => (root.querySelector(".banner") as HTMLElement | null)?.innerText ?? "")) ?? ""
		);
	}

	/** The closed banner's box on screen, or null. */
	async box(): Promise<Box | null> {
		return (
			(await this.driver.inRoot((root) => {
				const element = root.querySelector(".banner");
				if (!element || (element as HTMLElement).hidden) return null;
				const { x, y, width, height } = element.getBoundingClientRect();
				return { x, y, width, height };
			})) ?? null
		);
	}

	/** Every button a person could see, by its accessible name (aria-label, else its text). */
	async buttons(): Promise<ButtonSeen[]> {
		return (
			(await this.driver.inRoot((root) =>
				[...root.querySelectorAll("button")]
					.map((button) => {
						const { x, y, width, height } = button.getBoundingClientRect();
						return {
							name: button.getAttribute("aria-label") ?? button.textContent?.trim() ?? "",
							box: { x, y, width, height },
							expanded: button.getAttribute("aria-expanded"),
						};
					})
					.filter((button) => button.box.width > 0 && button.box.height > 0),
			)) ?? []
		);
	}

	/** Waits for a button a person could see, by name. */
	async button(name: string, timeoutMs = 10_000): Promise<ButtonSeen> {
		for (let waited = 0; ; waited += 100) {
			const found = (await this.buttons()).find((button) => button.name === name);
			if (found) return found;
			if (waited >= timeoutMs)
				throw new Error(`no banner button "${name}" (saw ${JSON.stringify(await this.buttons())})`);
			await this.driver.pause(100);
		}
	}

	/**
	 * A person's click in the middle of the button, once it is scrolled into view inside the
	 * banner (the open panel scrolls there), as a person would scroll to it.
	 */
	async click(name: string): Promise<void> {
		await this.button(name);
		await this.driver.inRoot((root, label) => {
			const button = [...root.querySelectorAll("button")].find(
				(candidate) => (candidate.getAttribute("aria-label") ?? candidate.textContent?.trim()) === label,
			);
			button?.scrollIntoView({ block: "nearest" });
			return true;
		}, name);
		const { box } = await this.button(name);
		await this.driver.click(box.x + box.width / 2, box.y + box.height / 2);
	}

	/** Waits until the closed banner is on screen with its words. */
	async waitFor(timeoutMs = 10_000): Promise<void> {
		for (let waited = 0; ; waited += 100) {
			const box = await this.box();
			if (box && box.height > 0 && (await this.text()).length > 0) return;
			if (waited >= timeoutMs) throw new Error("the banner did not show");
			await this.driver.pause(100);
		}
	}

	/** Waits until the text matches (or, with `absent`, no longer does). */
	async waitForText(pattern: RegExp, timeoutMs = 10_000): Promise<string> {
		for (let waited = 0; ; waited += 100) {
			const text = await this.text();
			if (pattern.test(text)) return text;
			if (waited >= timeoutMs) throw new Error(`banner text never matched ${pattern}: ${text}`);
			await this.driver.pause(100);
		}
	}

	/** Opens the details with a person's click and waits for the background's panel. */
	async openDetails(name: string): Promise<void> {
		await this.click(name);
		for (let waited = 0; ; waited += 100) {
			const ready = await this.driver.inRoot((root) => root.querySelector("#details:not([aria-busy]) .facts") !== null);
			if (ready) return;
			if (waited >= 10_000) throw new Error("the details did not open");
			await this.driver.pause(100);
		}
	}

	/** A picture of the closed banner as it is on screen (for `looksLike`). */
	async picture(box: Box): Promise<Buffer> {
		return this.driver.screenshot(box);
	}
}

/**
 * Whether two pictures of the banner look the same to a person: at most 2 % of pixels differ by
 * more than a faint shade. A banner that is clipped, moved, scaled, rotated, blended, masked,
 * replaced or covered does not pass; the same banner drawn again does.
 */
export async function looksLike(actual: Buffer, expected: Buffer): Promise<{ same: boolean; differing: number }> {
	const [a, b] = await Promise.all(
		[actual, expected].map((png) => sharp(png).raw().toBuffer({ resolveWithObject: true })),
	);
	if (!a || !b || a.info.width !== b.info.width || a.info.height !== b.info.height)
		return { same: false, differing: 1 };
	let differing = 0;
	const channels = a.info.channels;
	for (let index = 0; index < a.data.length; index += channels) {
		for (let channel = 0; channel < 3; channel++) {
			if (Math.abs((a.data[index + channel] as number) - (b.data[index + channel] as number)) > 40) {
				differing++;
				break;
			}
		}
	}
	const share = differing / (a.data.length / channels);
	return { same: share <= 0.02, differing: share };
}
