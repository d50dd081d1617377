import type { DayWindow } from "../calendar/interval";
import type { AnswerField, RentalAnswers, RentalField, VendorId } from "../incidents/rental";
import type { DataKind, IncidentId, PathId } from "../incidents/types";

export type { Day, DaySpan } from "../calendar/day";
export type { RentalAnswers } from "../incidents/rental";
export type { DataKind } from "../incidents/types";

export type Verdict = "exposed" | "possibly-exposed" | "not-exposed";

/** Higher is more severe; the assessment takes the most severe finding. */
export const VERDICT_SEVERITY: Readonly<Record<Verdict, number>> = {
	"not-exposed": 0,
	"possibly-exposed": 1,
	exposed: 2,
};

/** Why a wording (or a whole finding) came out as it did; the interface renders it. */
export type Reason =
	/** exposed: these clauses of the criteria hold for this rental. */
	| { kind: "criteria-met"; clauses: readonly string[] }
	/** not-exposed: no clause of the criteria can hold. */
	| { kind: "criteria-not-met" }
	/**
	 * not-exposed: a clause of the criteria holds, and a published exclusion of another notice takes
	 * the rental out. Where no clause holds, the windows decide (`criteria-not-met`), never an
	 * exclusion that happens to apply too.
	 */
	| { kind: "excluded"; exclusions: readonly string[] }
	/** possibly-exposed: some of what the answers allow is covered, some is not. */
	| { kind: "depends-on-answers"; clauses: readonly string[] }
	/**
	 * possibly-exposed: a clause of the notice includes the rental and an exclusion of the same
	 * notice removes it; the notice does not say which wins (facts C15).
	 */
	| { kind: "notice-contradicts-itself"; clauses: readonly string[]; exclusions: readonly string[] }
	/** possibly-exposed: the published wordings give different results. */
	| { kind: "sources-disagree"; conflict: string };

/** The clauses of a notice that include a rental the same notice's exclusions remove (facts C15). */
export interface Contradiction {
	clauses: readonly string[];
	exclusions: readonly string[];
}

export interface WordingOutcome {
	wording: string;
	verdict: Verdict;
	reason: Reason;
	sources: readonly string[];
	/**
	 * Set wherever some rental the answers allow is both included and excluded by this notice, whatever
	 * the outcome's reason: the person is shown both clauses (facts C15).
	 */
	contradiction?: Contradiction;
}

export interface Finding {
	incident: IncidentId;
	path: PathId;
	verdict: Verdict;
	/** What this path leaked, whatever the verdict. */
	exposedData: readonly DataKind[];
	reason: Reason;
	/** One outcome per published wording of the criteria. */
	wordings: readonly WordingOutcome[];
	/** For a definite verdict: the answers it rests on (forgetting one would change it). */
	decidedBy: readonly AnswerField[];
	/** For 'possibly-exposed': each single answer that, once known exactly, settles it. */
	wouldSettle: readonly AnswerField[];
	/** Every source the finding rests on: its wordings' and its exclusions'. */
	sources: readonly string[];
	/**
	 * Set by `assessCompany` where the company's own message settles this finding (exposed): the
	 * criteria alone left it open (`reason` and `wordings` still say how), and the person's other
	 * answers leave no other server.
	 */
	byMessage?: boolean;
}

export interface Assessment {
	/**
	 * The rental's own verdict. With the company known, the most severe of its findings; with the
	 * company not remembered, over the companies it could be: included under every one, not included
	 * under any, otherwise possibly.
	 */
	verdict: Verdict;
	/** Every server of every company the rental could be with, in the data's order. */
	findings: readonly Finding[];
	/**
	 * Per company the rental could be with: its verdict if the rental was that company's, and where
	 * the company is not remembered and that verdict is "possibly", that company's own way forward.
	 */
	companies: readonly { vendor: VendorId; verdict: Verdict; ways?: readonly WayForward[] }[];
	/** For a 'possibly' rental: each single answer that, once known exactly, settles the rental's verdict. */
	wouldSettle: readonly RentalField[];
	/**
	 * Answers not given yet ("I don't remember") that could still change the rental's verdict: the
	 * others can step back. Empty for a definite verdict, which remembering more never changes.
	 */
	couldChange: readonly RentalField[];
	/**
	 * For a 'possibly' rental: each question whose answer can settle it, with where each of its
	 * values leads (a day span answered loosely is split at the days that matter).
	 */
	ways: readonly WayForward[];
}

/** Values one answer can take: a run of days (both ends inclusive, an absent end open) or choices. */
export type AnswerValues = { days: DayWindow } | { choices: readonly string[] };

/** Where some values of one answer lead: the rental's verdict were the answer one of them. */
export interface Lead {
	values: AnswerValues;
	verdict: Verdict;
}

/** A question whose answer can settle a 'possibly' rental: its values, grouped by where they lead. */
export interface WayForward {
	field: RentalField;
	leads: readonly Lead[];
	/** Every value leads to a definite verdict: answering settles it, whatever the answer. */
	settlesAll: boolean;
}

export type AnswerProblem =
	| "missing"
	| "unknown-value"
	| "not-a-span"
	| "malformed-day"
	| "impossible-day"
	| "span-reversed"
	| "return-before-order";

export interface AnswerIssue {
	field: keyof RentalAnswers;
	/** For a day inside a span. */
	part?: "from" | "to";
	problem: AnswerProblem;
}

/** Bad input never gets a verdict: the error names every bad field at once. */
export class InvalidAnswersError extends Error {
	readonly issues: readonly AnswerIssue[];

	constructor(issues: readonly AnswerIssue[]) {
		const list = issues
			.map((issue) => `${issue.field}${issue.part ? `.${issue.part}` : ""} (${issue.problem})`)
			.join(", ");
		super(`Invalid rental answers: ${list}`);
		this.name = "InvalidAnswersError";
		this.issues = issues;
	}
}
