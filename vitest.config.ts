import { defineConfig } from "vitest/config";
import { WxtVitest } from "wxt/testing/vitest-plugin";
import "./vitest.node20.mjs";

export default defineConfig({
	plugins: [WxtVitest()],
	test: {
		environment: "node",
		include: [
			"lib/**/*.test.ts",
			"components/**/*.test.{ts,tsx}",
			"entrypoints/**/*.test.{ts,tsx}",
			"tests/**/*.test.ts",
		],
		exclude: ["node_modules/**", ".output/**", "e2e/**"],
	},
});
