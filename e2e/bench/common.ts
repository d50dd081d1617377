import { cpSync, readFileSync, rmSync } from "node:fs";
import { loadavg } from "node:os";
import { join } from "node:path";
import { gzipSync } from "node:zlib";
import { CHROME_BUILD, ROOT } from "../support/paths";

/** What the bench files share: statistics, units, copies of the build, the wait for a quiet machine. */

export const WORK = join(ROOT, ".tmp/bench");

export const median = (values: readonly number[]) => {
	const sorted = [...values].sort((a, b) => a - b);
	const middle = Math.floor(sorted.length / 2);
	return sorted.length % 2
		? (sorted[middle] as number)
		: ((sorted[middle - 1] as number) + (sorted[middle] as number)) / 2;
};
export const kb = (bytes: number) => `${(bytes / 1024).toFixed(1)} KB`;
export const ms = (value: number) => `${value.toFixed(1)} ms`;
export const gzip = (file: string) => gzipSync(readFileSync(file), { level: 9 }).length;

/** A copy of this build, which the bench may add files to (the pages' static copies). */
export function copyOfBuild(name: string): string {
	const dir = join(WORK, name);
	rmSync(dir, { recursive: true, force: true });
	cpSync(CHROME_BUILD, dir, { recursive: true });
	return dir;
}

/** How long a batch waits for a quiet machine (1-min load < 1.0) before it starts anyway. */
const QUIET_WAIT_S = Number(process.env.BENCH_QUIET_WAIT_S ?? 180);

/**
 * As the floor notes did: start a batch only once the machine is quiet (1-min load < 1.0), or
 * after 3 minutes; the load it started at is noted in `loads`.
 */
export async function quiet(batch: string, loads: [string, number][]): Promise<void> {
	for (let waited = 0; waited < QUIET_WAIT_S && (loadavg()[0] ?? 0) >= 1; waited += 5)
		await new Promise((resolve) => setTimeout(resolve, 5000));
	loads.push([batch, loadavg()[0] ?? 0]);
}

/** One row of a budget table: figure, this build, the same-run reference, the ratio, the budget, met. */
export type BudgetRow = [string, string, string, string, string, boolean];

/** The budget table every bench report opens with. */
export function budgetTable(rows: readonly BudgetRow[]): string[] {
	return [
		"| Figure | This build | Reference (same run) | Ratio | Budget | Met |",
		"|---|---|---|---|---|---|",
		...rows.map(
			([name, measured, reference, times, budget, met]) =>
				`| ${name} | ${measured} | ${reference} | ${times} | ${budget} | ${met ? "yes" : "**no**"} |`,
		),
	];
}
