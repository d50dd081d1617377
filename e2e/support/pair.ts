import { type Chromium, launchChromium } from "./chromium";
import { type Firefox, launchFirefox } from "./firefox";
import { type FixtureServer, startFixtureServer } from "./fixture-server";
import { FIXTURE_HOSTS } from "./hosts";

/** What most browser test files start with: the fixture server, a Japanese and an English browser. */
export interface Pair<Browser> {
	server: FixtureServer;
	ja: Browser;
	en: Browser;
}

/** Launched one after the other: two at once on a 2-core machine only slows both. */
export async function chromiumPair(): Promise<Pair<Chromium>> {
	const server = await startFixtureServer(FIXTURE_HOSTS);
	const ja = await launchChromium({ proxyPort: server.port, locale: "ja-JP" });
	const en = await launchChromium({ proxyPort: server.port, locale: "en-US" });
	return { server, ja, en };
}

export async function firefoxPair(): Promise<Pair<Firefox>> {
	const server = await startFixtureServer(FIXTURE_HOSTS);
	const ja = await launchFirefox(server.port, "ja");
	const en = await launchFirefox(server.port, "en-US");
	return { server, ja, en };
}

/** Closes what was launched, also after a launch that failed half-way. */
export async function closePair({ server, ja, en }: Partial<Pair<{ close(): Promise<void> | void }>>): Promise<void> {
	await ja?.close();
	await en?.close();
	await server?.close();
}
