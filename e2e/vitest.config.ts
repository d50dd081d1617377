import { defineConfig } from "vitest/config";

/** The browser tests: one browser at a time, generous timeouts for a 2-core machine. */
export default defineConfig({
	test: {
		include: ["e2e/**/*.e2e.ts"],
		environment: "node",
		testTimeout: 60_000,
		hookTimeout: 120_000,
		fileParallelism: false,
		sequence: { concurrent: false },
	},
});
