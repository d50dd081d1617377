/**
 * Issue 24, item 1: the popup and the full checker paint the first screen written into their HTML
 * at build time, and the app takes it over. These run in the page, after the takeover: the page's
 * own HTML, without its scripts, is laid out in a hidden frame of the same size (the screen as
 * written, in the page's language as the start script shows it), and every element of the live
 * screen is held to its twin there — same box, same text. Nothing moved, nothing differs.
 */

/** Where both browsers hold the takeover: the popup, and the full checker on a desktop and a phone. */
export const TAKEOVER_SURFACES = [
	{ path: "/popup.html", width: 400, height: 600 },
	{ path: "/checker.html", width: 1280, height: 800 },
	{ path: "/checker.html", width: 360, height: 640 },
] as const;

export interface TakeoverSeen {
	/** Elements of the written screen. */
	written: number;
	/** Elements of the written screen the live page no longer has at their place. */
	missing: string[];
	/** Elements whose box moved by more than half a pixel, with both boxes. */
	moved: string[];
	/** Where the live text differs from the written (the verdict's included). */
	reworded: string[];
	/** The live page's language. */
	lang: string;
}

/** Evaluated in the page: the written screen against the live one. */
export async function writtenAgainstLive(path: string): Promise<TakeoverSeen> {
	const html = await (await fetch(path)).text();
	const written = html
		.replace(/<script\b[^>]*>[\s\S]*?<\/script>/g, "")
		.replace(/<link\b[^>]*rel="modulepreload"[^>]*>/g, "")
		.replace("<head>", `<head><base href="${location.href}">`);
	const frame = document.createElement("iframe");
	// Where the page's own scroll bar is, the frame has one too: the same width, the same height.
	frame.style.cssText = `position:fixed;left:0;top:0;width:${innerWidth}px;height:${innerHeight}px;border:0;visibility:hidden;pointer-events:none`;
	const loaded = new Promise((resolve) => frame.addEventListener("load", resolve, { once: true }));
	frame.srcdoc = written;
	document.documentElement.append(frame);
	await loaded;
	const doc = frame.contentDocument as Document;
	await doc.fonts.ready;
	const writtenApp = doc.getElementById("app") as HTMLElement;
	const lang = document.documentElement.lang;
	// The start script's one change before the first paint: the screen in the person's language.
	const other = doc.getElementById(`first-screen-${lang}`);
	// (The frame's elements are of its own realm: no instanceof.)
	if (other?.tagName === "TEMPLATE") writtenApp.replaceChildren((other as HTMLTemplateElement).content.cloneNode(true));
	doc.documentElement.lang = lang;
	const liveApp = document.getElementById("app") as HTMLElement;
	const pathOf = (element: Element, root: Element): string => {
		const steps: string[] = [];
		for (let node: Element | null = element; node && node !== root; node = node.parentElement)
			steps.unshift(`${node.tagName.toLowerCase()}:${[...(node.parentElement?.children ?? [])].indexOf(node)}`);
		return steps.join(">");
	};
	const at = (root: Element, path: string): Element | null => {
		let node: Element | null = root;
		for (const step of path.split(">")) node = node?.children[Number(step.split(":")[1])] ?? null;
		return node;
	};
	const box = (element: Element) => {
		const rect = element.getBoundingClientRect();
		return [rect.x, rect.y, rect.width, rect.height].map((value) => Math.round(value * 2) / 2);
	};
	const seen: TakeoverSeen = { written: 0, missing: [], moved: [], reworded: [], lang };
	scrollTo(0, 0);
	for (const element of writtenApp.querySelectorAll("*")) {
		seen.written++;
		const path = pathOf(element, writtenApp);
		const twin = at(liveApp, path);
		if (!twin || twin.tagName !== element.tagName) {
			seen.missing.push(path);
			continue;
		}
		const [a, b] = [box(element), box(twin)];
		if (a.some((value, index) => Math.abs(value - (b[index] as number)) > 0.5))
			seen.moved.push(`${path} ${element.className}: written ${a.join(",")}, live ${b.join(",")}`);
		if (element.children.length === 0 && element.textContent !== twin.textContent)
			seen.reworded.push(`${path}: written "${element.textContent}", live "${twin.textContent}"`);
	}
	frame.remove();
	return seen;
}
