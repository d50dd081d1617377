import { checkRecord, checkRecordText, type SchemaValidator } from "./check";
import checkCases from "./conformance/checks.json";
import telecomSquare2013 from "./conformance/evaluation/telecom-square-2013.json";
import xcomGlobal2013 from "./conformance/evaluation/xcom-global-2013.json";
import { type Evaluation, evaluateRecord, type FormatVerdict, readAnswers } from "./evaluate";
import { applyPatch, type PatchOperation } from "./patch";
import { SHIPPED_RECORDS } from "./records";

/**
 * The format's conformance cases (lib/criteria/conformance/), run against this implementation: the
 * broken records each rejected with their code and path, and each evaluation case giving the
 * expected verdicts, reasons and settling answers. The cases were written by hand from the notices'
 * words (each says which words), never produced by the engine they test; another implementation
 * runs the same JSON.
 */

export interface CheckCase {
	code: string;
	path: string;
	why: string;
	base: string;
	patch?: PatchOperation[];
	text?: string;
}

/** What a case expects of one path: any key left out is not tested. */
export interface PathExpectation {
	verdict: FormatVerdict;
	reason?: string;
	/** Reason details: the clauses, exclusions or conflict the reason names. */
	clauses?: string[];
	exclusions?: string[];
	conflict?: string;
	/** Each wording's verdict, by wording id. */
	wordings?: Record<string, FormatVerdict>;
	would_settle?: string[];
}

export interface EvaluationCase {
	name: string;
	/** The notice's words the expectation is read from. */
	words: string;
	answers: unknown;
	expect: {
		paths?: Record<string, PathExpectation>;
		company?: { verdict: FormatVerdict; by_message?: boolean; message_against_answers?: boolean };
		/** The first rental's answers that would settle its "possibly". */
		would_settle?: string[];
		/** Where each value of these questions leads the first rental, in the engine's order (§5.5). */
		ways?: Record<string, { values: unknown; verdict: FormatVerdict }[]>;
	};
}

export interface EvaluationCases {
	record: string;
	about: string;
	cases: EvaluationCase[];
}

export const CHECK_CASES = checkCases.cases as CheckCase[];
export const EVALUATION_CASES = [telecomSquare2013, xcomGlobal2013] as unknown as EvaluationCases[];

export function runCheckCase(item: CheckCase, validate: SchemaValidator) {
	if (item.text !== undefined) return checkRecordText(item.text, validate);
	const base = SHIPPED_RECORDS[item.base];
	if (!base) throw new Error(`no record ${item.base}`);
	return checkRecord(applyPatch(base, item.patch ?? []), validate);
}

/** What differs between a case's expectation and an evaluation: empty when it conforms. */
export function evaluationDifferences(item: EvaluationCase, evaluation: Evaluation): string[] {
	const differences: string[] = [];
	const rental = evaluation.rentals?.[0];
	const say = (what: string, expected: unknown, actual: unknown) => {
		if (JSON.stringify(expected) !== JSON.stringify(actual))
			differences.push(`${what}: expected ${JSON.stringify(expected)}, got ${JSON.stringify(actual)}`);
	};
	for (const [path, expected] of Object.entries(item.expect.paths ?? {})) {
		const finding = rental?.findings.find((candidate) => candidate.path === path);
		if (!finding) {
			differences.push(`${path}: no finding`);
			continue;
		}
		say(`${path} verdict`, expected.verdict, finding.verdict);
		const reason = finding.reason as unknown as Record<string, unknown>;
		if (expected.reason !== undefined) say(`${path} reason`, expected.reason, reason.kind);
		for (const key of ["clauses", "exclusions"] as const)
			if (expected[key] !== undefined)
				say(`${path} reason ${key}`, [...expected[key]].sort(), [...((reason[key] as string[]) ?? [])].sort());
		if (expected.conflict !== undefined) say(`${path} reason conflict`, expected.conflict, reason.conflict);
		if (expected.wordings !== undefined)
			say(
				`${path} wordings`,
				expected.wordings,
				Object.fromEntries(finding.wordings.map((outcome) => [outcome.wording, outcome.verdict])),
			);
		if (expected.would_settle !== undefined)
			say(`${path} would_settle`, [...expected.would_settle].sort(), [...finding.would_settle].sort());
	}
	if (item.expect.company) {
		say("company verdict", item.expect.company.verdict, evaluation.company?.verdict);
		if (item.expect.company.by_message !== undefined)
			say("company by_message", item.expect.company.by_message, evaluation.company?.by_message);
		if (item.expect.company.message_against_answers !== undefined)
			say(
				"company message_against_answers",
				item.expect.company.message_against_answers,
				evaluation.company?.message_against_answers,
			);
	}
	if (item.expect.would_settle !== undefined)
		say("rental would_settle", [...item.expect.would_settle].sort(), [...(rental?.would_settle ?? [])].sort());
	for (const [field, leads] of Object.entries(item.expect.ways ?? {}))
		say(`ways ${field}`, leads, rental?.ways.find((way) => way.field === field)?.leads);
	return differences;
}

export function runEvaluationCase(cases: EvaluationCases, item: EvaluationCase) {
	const record = SHIPPED_RECORDS[cases.record];
	if (!record) throw new Error(`no record ${cases.record}`);
	const evaluation = evaluateRecord(record, readAnswers(item.answers, record));
	return { evaluation, differences: evaluationDifferences(item, evaluation) };
}

/** Every case, counted: what `npm run criteria -- conformance` prints. */
export function runConformance(validate: SchemaValidator): { passed: number; failures: string[] } {
	const failures: string[] = [];
	let passed = 0;
	for (const item of CHECK_CASES) {
		const found = runCheckCase(item, validate).errors.map((error) => `${error.code} ${error.path}`);
		if (JSON.stringify(found) === JSON.stringify([`${item.code} ${item.path}`])) passed++;
		else failures.push(`check ${item.code} (${item.why}): got ${found.join(", ") || "no error"}`);
	}
	for (const cases of EVALUATION_CASES) {
		for (const item of cases.cases) {
			const { differences } = runEvaluationCase(cases, item);
			if (differences.length === 0) passed++;
			else failures.push(`${cases.record}: ${item.name}: ${differences.join("; ")}`);
		}
	}
	return { passed, failures };
}
