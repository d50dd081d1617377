import sharp from "sharp";
import type { ExtraRoute } from "../support/fixture-server";

/**
 * A vendor-like page for the load benchmark (shared/notes/perf-floor.md): about 1.8 MB — HTML
 * ≈50 KB, 4 stylesheets, 7 scripts that do real work, 13 images — every response 30 ms late and
 * never cached. Generated from a seeded generator, so every run serves the same bytes.
 */
export const REALISTIC_PATH = "/realistic";
const DELAY_MS = 30;

function seeded(seed: number) {
	let state = seed >>> 0;
	return () => {
		state = (state * 1664525 + 1013904223) >>> 0;
		return state / 2 ** 32;
	};
}

function stylesheet(index: number, random: () => number): string {
	const rules: string[] = [];
	for (let rule = 0; rule < 575; rule++) {
		const colour = Math.floor(random() * 0xffffff)
			.toString(16)
			.padStart(6, "0");
		rules.push(
			`.s${index}-r${rule} > .item:nth-child(${(rule % 7) + 1}) { color: #${colour}; margin: ${rule % 9}px ${rule % 5}px; padding: 2px 4px; border-radius: ${rule % 6}px; }`,
		);
	}
	return rules.join("\n");
}

/** A script that parses, sorts, serialises and builds strings: roughly 25 ms of main-thread work. */
function script(index: number, random: () => number): string {
	const rows = Array.from({ length: 1000 }, (_, row) => ({
		id: `${index}-${row}`,
		name: `plan ${row} ${Math.floor(random() * 1e9).toString(36)}`,
		price: Math.floor(random() * 10000),
		countries: Array.from({ length: 5 }, () => Math.floor(random() * 200)),
	}));
	return `(() => {
	const data = ${JSON.stringify(rows)};
	let checksum = 0;
	for (let pass = 0; pass < 18; pass++) {
		const copy = JSON.parse(JSON.stringify(data));
		copy.sort((a, b) => a.price - b.price || a.id.localeCompare(b.id));
		for (const row of copy) checksum = (checksum * 31 + row.price + row.countries.length) % 1000003;
	}
	window.__work = (window.__work || 0) + checksum;
})();`;
}

function html(images: number, scripts: number, sheets: number): string {
	const cards = Array.from(
		{ length: 120 },
		(_, card) =>
			`<article class="item"><h2>プラン ${card} — 海外Wi-Fiレンタル</h2><p>アジア・ヨーロッパ・北米で使える大容量プラン。受け取りは空港カウンター、返却は宅配便または返却BOX。Plan ${card}: unlimited data in 120 countries.</p><p class="price">¥${(card * 137) % 3000} / day</p></article>`,
	).join("\n");
	return `<!doctype html><html lang="ja"><head><meta charset="utf-8"><title>Realistic vendor page</title>
${Array.from({ length: sheets }, (_, index) => `<link rel="stylesheet" href="/r/style-${index}.css">`).join("\n")}
</head><body><header><strong>Wi-Fi rental</strong></header><main>
${Array.from({ length: images }, (_, index) => `<img src="/r/photo-${index}.jpg" width="480" height="320" alt="">`).join("\n")}
${cards}
</main>
${Array.from({ length: scripts }, (_, index) => `<script src="/r/app-${index}.js"></script>`).join("\n")}
</body></html>`;
}

export async function realisticRoutes(): Promise<Record<string, ExtraRoute>> {
	const random = seeded(2013);
	const routes: Record<string, ExtraRoute> = {};
	const add = (path: string, type: string, body: string | Buffer) => {
		routes[path] = { type, body, delayMs: DELAY_MS };
	};
	add(REALISTIC_PATH, "text/html; charset=utf-8", html(13, 7, 4));
	for (let index = 0; index < 4; index++) add(`/r/style-${index}.css`, "text/css", stylesheet(index, random));
	for (let index = 0; index < 7; index++) add(`/r/app-${index}.js`, "text/javascript", script(index, random));
	for (let index = 0; index < 13; index++) {
		const pixels = Buffer.alloc(480 * 320 * 3);
		for (let byte = 0; byte < pixels.length; byte++) pixels[byte] = Math.floor(random() * 256);
		const jpeg = await sharp(pixels, { raw: { width: 480, height: 320, channels: 3 } })
			.jpeg({ quality: 70 })
			.toBuffer();
		add(`/r/photo-${index}.jpg`, "image/jpeg", jpeg);
	}
	return routes;
}

export function totalBytes(routes: Record<string, ExtraRoute>): number {
	return Object.values(routes).reduce((sum, route) => sum + Buffer.byteLength(route.body), 0);
}
