import { defineConfig } from "vitest/config";

/** `npm run bench`: measurements, not tests; kept out of `npm test`. */
export default defineConfig({
	test: {
		include: ["e2e/bench/*.bench.ts"],
		environment: "node",
		testTimeout: 10_800_000,
		hookTimeout: 120_000,
		fileParallelism: false,
	},
});
