import { execFile } from "node:child_process";
import { fileURLToPath } from "node:url";
import validate from "virtual:criteria-schema";
import { describe, expect, test } from "vitest";
import { addDays } from "../calendar/day";
import type { CriteriaRecord, RecordCondition } from "../incidents/criteria-record";
import { EVALUATION_CASES, type EvaluationCase, runConformance, runEvaluationCase } from "./conformance";
import { SHIPPED_RECORDS } from "./records";

const ROOT = fileURLToPath(new URL("../..", import.meta.url));

/**
 * "Every clause edge": for each window of each clause and exclusion, a case answering the day before
 * and the first day of its start, the last day and the day after its end, in that field.
 */
function missingEdges(record: CriteriaRecord, items: readonly EvaluationCase[]): string[] {
	const answered = new Set(
		items.flatMap((item) =>
			(["orderedOn", "returnedOn"] as const).flatMap((field) => {
				const value = (item.answers as Record<string, unknown>)[field];
				return typeof value === "string" ? [`${field} ${value}`] : [];
			}),
		),
	);
	const edges = new Set<string>();
	const visit = (conditions: readonly RecordCondition[]) => {
		for (const condition of conditions) {
			if ("not_all" in condition) visit(condition.not_all);
			else if ("within" in condition) {
				const { from, to } = condition.within;
				if (from) for (const day of [addDays(from, -1), from]) edges.add(`${condition.field} ${day}`);
				if (to) for (const day of [to, addDays(to, 1)]) edges.add(`${condition.field} ${day}`);
			}
		}
	};
	for (const path of record.paths)
		for (const wording of path.wordings) for (const clause of wording.clauses) visit(clause.all);
	for (const exclusion of record.exclusions) visit(exclusion.all);
	return [...edges].filter((edge) => !answered.has(edge)).sort();
}

describe.each(EVALUATION_CASES.map((cases) => [cases.record, cases] as const))("%s", (_record, cases) => {
	test("has a case on each side of every window edge of the record's clauses and exclusions", () => {
		const record = SHIPPED_RECORDS[cases.record] as CriteriaRecord;
		expect(missingEdges(record, cases.cases)).toEqual([]);
	});

	test.each(cases.cases.map((item) => [item.name, item] as const))("%s", (_name, item) => {
		expect(runEvaluationCase(cases, item).differences).toEqual([]);
	});
});

test("every case, counted as the command line counts them", () => {
	const report = runConformance(validate);
	expect(report.failures).toEqual([]);
	expect(report.passed).toBeGreaterThan(50);
});

/** The command line, run as a person runs it. */
function cli(...args: string[]): Promise<{ status: number; stdout: string; stderr: string }> {
	return new Promise((done) =>
		execFile(
			"node",
			[".ci/criteria/cli.mjs", ...args],
			{ cwd: ROOT, encoding: "utf8", env: { ...process.env, LANG: "C" } },
			(error, stdout, stderr) => done({ status: error ? Number(error.code ?? 1) : 0, stdout, stderr }),
		),
	);
}

describe("npm run criteria (the command line)", () => {
	test("eval --json gives exactly what the engine gives", async () => {
		const [cases] = EVALUATION_CASES;
		const item = cases?.cases.find((candidate) => candidate.name.includes("C15"));
		if (!cases || !item) throw new Error("no C15 case");
		const answers = item.answers as Record<string, unknown>;
		const flags = Object.entries(answers).flatMap(([field, value]) => [`--${field}`, String(value)]);
		const fromFlags = await cli("eval", `lib/incidents/records/${cases.record}.json`, ...flags, "--json");
		expect(fromFlags.stderr).toBe("");
		expect(JSON.parse(fromFlags.stdout)).toEqual(runEvaluationCase(cases, item).evaluation);
	});

	test("eval reads periods from flags and says the verdicts in words", async () => {
		const out = await cli(
			"eval",
			"lib/incidents/records/xcom-global-2013.json",
			"--orderedOn",
			"2011-03-07..2013-04-23",
			"--lang",
			"en",
		);
		expect(out.status).toBe(0);
		expect(out.stdout).toContain("XCom Global: Included");
	});

	test("check passes the shipped records and fails a broken one with its code, path and sentence", async () => {
		const shipped = await cli(
			"check",
			"lib/incidents/records/telecom-square-2013.json",
			"lib/incidents/records/xcom-global-2013.json",
		);
		expect(shipped.status).toBe(0);
		const broken = await cli("check", "package.json");
		expect(broken.status).toBe(1);
		expect(broken.stdout).toContain("package.json: OBC-SCH-001 $");
		expect(broken.stdout).toContain("“schema_version” is missing here.");
	});

	test("bad answers are named, never a crash", async () => {
		const out = await cli("eval", "lib/incidents/records/xcom-global-2013.json", "--orderedVia", "fax");
		expect(out.status).toBe(1);
		expect(out.stderr).toContain("orderedVia: unknown-value");
	});

	test("conformance passes", async () => {
		const out = await cli("conformance");
		expect(out.status).toBe(0);
		expect(out.stdout).toMatch(/\d+ passed, 0 failed/);
	});
});
