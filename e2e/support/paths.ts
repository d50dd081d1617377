import { mkdirSync, mkdtempSync } from "node:fs";
import { join, resolve } from "node:path";

export const ROOT = resolve(import.meta.dirname, "../..");
export const CHROME_BUILD = join(ROOT, ".output/chrome-mv3");
export const FIREFOX_BUILD = join(ROOT, ".output/firefox-mv2");
/**
 * Where the browser tests save their screenshots: the README's copies only when asked
 * (`UPDATE_SCREENSHOTS=1 npm test`), so an ordinary test run leaves the checkout clean.
 */
export const SCREENSHOTS = process.env.UPDATE_SCREENSHOTS
	? join(ROOT, "e2e/screenshots")
	: join(ROOT, ".tmp/screenshots");
const TMP = join(ROOT, ".tmp/e2e");

/** A fresh folder inside the project for a browser profile or a log. */
export function freshDir(prefix: string): string {
	mkdirSync(TMP, { recursive: true });
	return mkdtempSync(join(TMP, `${prefix}-`));
}
