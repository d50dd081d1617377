import { fileURLToPath } from "node:url";
import { defineConfig } from "vitest/config";
import { WxtVitest } from "wxt/testing/vitest-plugin";
import { schemaValidatorPlugin } from "./.ci/criteria/schema-validator.mjs";

export default defineConfig({
	// The record schema's validator, generated as in the build (lib/criteria).
	plugins: [WxtVitest(), schemaValidatorPlugin()],
	// WxtVitest does not run wxt.config.ts's Vite plugins: give the pages their built facts here.
	resolve: {
		alias: {
			"virtual:banner-facts": fileURLToPath(new URL("entrypoints/__tests__/banner-facts.ts", import.meta.url)),
			"virtual:what-happened": fileURLToPath(new URL("entrypoints/__tests__/what-happened.ts", import.meta.url)),
		},
	},
	test: {
		environment: "node",
		// Process CSS so `?inline` imports carry the real stylesheet, as in the build.
		css: true,
		setupFiles: ["vitest.setup.ts"],
		testTimeout: 30_000,
		include: [
			"lib/**/*.test.ts",
			"components/**/*.test.{ts,tsx}",
			"entrypoints/**/*.test.{ts,tsx}",
			"tests/**/*.test.ts",
		],
		exclude: ["node_modules/**", ".output/**", "e2e/**"],
	},
});
