import { defineConfig } from "vitest/config";
import { WxtVitest } from "wxt/testing/vitest-plugin";

// vitest 5 prints failures with Map.groupBy, which Node 20 lacks (Node 21+ has it).
if (!("groupBy" in Map)) {
	Object.defineProperty(Map, "groupBy", {
		value<K, T>(items: Iterable<T>, keyOf: (item: T, index: number) => K): Map<K, T[]> {
			const groups = new Map<K, T[]>();
			let index = 0;
			for (const item of items) {
				const key = keyOf(item, index++);
				const group = groups.get(key);
				if (group) group.push(item);
				else groups.set(key, [item]);
			}
			return groups;
		},
	});
}

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
