import { readFileSync } from "node:fs";
import { join } from "node:path";
import AxeBuilder from "@axe-core/playwright";
import type { Page as PlaywrightPage } from "playwright-core";
import type { Page as PuppeteerPage } from "puppeteer-core";
import { ROOT } from "./paths";

/** The rules every page is held to, in both browsers. */
export const AXE_TAGS = ["wcag2a", "wcag2aa", "wcag21a", "wcag21aa", "best-practice"];

/** axe-core's violations on a Chromium page, each with where it is. */
export async function axeChromium(page: PlaywrightPage): Promise<string[]> {
	const { violations } = await new AxeBuilder({ page }).withTags(AXE_TAGS).analyze();
	return violations.map(
		(violation) => `${violation.id}: ${violation.nodes.map((node) => node.target.join(" ")).join(", ")}`,
	);
}

let axeSource: string | undefined;

/** The same in Firefox: axe-core evaluated in the page over WebDriver BiDi. */
export async function axeFirefox(page: PuppeteerPage): Promise<string[]> {
	axeSource ??= readFileSync(join(ROOT, "node_modules/axe-core/axe.min.js"), "utf8");
	await page.evaluate(axeSource);
	return page.evaluate(async (tags) => {
		const axe = (
			window as unknown as {
				axe: {
					run(
						context: unknown,
						options: unknown,
					): Promise<{ violations: { id: string; nodes: { target: string[] }[] }[] }>;
				};
			}
		).axe;
		const result = await axe.run(document, { runOnly: tags });
		return result.violations.map(
			(violation) => `${violation.id}: ${violation.nodes.map((node) => node.target.join(" ")).join(", ")}`,
		);
	}, AXE_TAGS);
}
