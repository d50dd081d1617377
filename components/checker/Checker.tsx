import { useEffect, useLayoutEffect, useMemo, useRef, useState } from "preact/hooks";
import type { Day } from "../../lib/calendar/day";
import { type CheckerForm, EMPTY_RENTAL, readForm, type StepId } from "../../lib/checker/checker-form";
import type { RentalAssessment } from "../../lib/exposure/company";
import type { Assessment } from "../../lib/exposure/types";
import { viewMessage } from "../../lib/i18n/view-messages";
import {
	ANSWER_FIELDS,
	candidateVendors,
	type RentalField,
	VENDOR_IDS,
	type VendorId,
} from "../../lib/incidents/rental";
import { useT } from "../shared/i18n";
import { loadedResults, loadResults } from "./engine";
import { emailQuestionId, type QuestionKey, questionId, RentalQuestions } from "./RentalQuestions";
import { ResultHeadline } from "./ResultHeadline";

type Results = typeof import("./results");

/** The engine and the result components: already here when the page took over, else loaded right after the first render. */
function useResultsModule(): Results | undefined {
	const [module, setModule] = useState<Results | undefined>(loadedResults);
	useEffect(() => {
		if (module) return;
		let live = true;
		loadResults().then((loaded) => {
			if (live) setModule(loaded);
		});
		return () => {
			live = false;
		};
	}, [module]);
	return module;
}

export interface CheckerProps {
	form: CheckerForm;
	onFormChange: (form: CheckerForm) => void;
	/** Copies text to the clipboard; resolves false when the browser refused. */
	copy: (text: string) => Promise<boolean>;
	print?: () => void;
	/** The full page asks about trips and several rentals; the popup keeps to one rental. */
	variant?: "popup" | "page";
	/** Today in Japan: a trip cannot be in the future. */
	today: Day;
}

/**
 * The questions a rental's result no longer depends on: where it is definite, every one (knowing
 * more never changes a definite verdict); where it is "possibly", those no open criterion tests.
 */
function cannotChange(assessments: readonly Assessment[]): Set<QuestionKey> {
	if (assessments.length === 0) return new Set();
	const open = new Set(
		assessments.flatMap((assessment) => (assessment.verdict === "possibly-exposed" ? assessment.couldChange : [])),
	);
	const keys = new Set<QuestionKey>(ANSWER_FIELDS.filter((field) => !open.has(field)));
	if (keys.has("orderedOn") && keys.has("returnedOn")) keys.add("trip");
	return keys;
}
/** Where focus goes next, once what it goes to has shown (after the render that shows it). */
type Pending =
	| { kind: "question"; rental: number; field: RentalField | "message"; vendor: VendorId }
	| { kind: "element"; id: string; fallback: string; block: ScrollLogicalPosition };

/** Brings a person to a question: opens its group if it stepped back, and focuses its answer. */
function focusQuestion(rental: number, field: RentalField | "message", vendor: VendorId) {
	const slot =
		(field === "message"
			? document.getElementById(emailQuestionId(vendor))
			: document.getElementById(questionId(rental, field))) ??
		// A date the trip answers: the trip's questions.
		document.getElementById(questionId(rental, "trip"));
	if (!slot) return;
	const group = slot.closest("details");
	if (group && !group.open) group.open = true;
	const inputs = [...slot.querySelectorAll<HTMLInputElement>("input, select")].filter((input) => !input.disabled);
	const target =
		inputs.find((input) => input.type === "text" && input.offsetParent !== null) ??
		inputs.find((input) => input.checked) ??
		inputs[0];
	target?.focus({ preventScroll: true });
	// The question from its start (below the bar, by scroll-padding), unless that leaves its answer
	// below the window's edge (a long hint): then the answer, in the middle.
	slot.scrollIntoView?.({ block: "start" });
	if (target && target.getBoundingClientRect().bottom > window.innerHeight)
		target.scrollIntoView?.({ block: "center" });
}

/** Focuses an element of the result (the one a way back returns to, or its fallback) and brings it into view. */
function focusElement(id: string, fallback: string, block: ScrollLogicalPosition) {
	const element = document.getElementById(id);
	const target = element ?? document.getElementById(fallback);
	if (!target) return;
	target.focus({ preventScroll: true });
	if (element) element.scrollIntoView?.({ block });
	else target.scrollTop = 0;
}

/**
 * The verdict bar stays at the top of a narrow page while the questions scroll beneath it: what
 * focus or a jump brings into view must land below it, not under it (scroll-padding, from
 * --bar-height). Where the answer sits beside the questions (a wide page) it covers none of
 * them: the style sheet says which with --pane-covers, so the breakpoint lives in one place.
 */
/** Whether the answer's pane lies over the page (a narrow page) rather than beside the questions. */
function overPage(pane: HTMLElement): boolean {
	return getComputedStyle(pane).getPropertyValue("--pane-covers").trim() === "1";
}

/** Whether the pane stays at the top over the page now (it may be too tall to: then it scrolls with it). */
function covers(pane: HTMLElement): boolean {
	return overPage(pane) && getComputedStyle(pane).position === "sticky";
}

/** The most of a window the bar may take and still stay at the top: above it, it scrolls with the page (200 % zoom on a phone). */
const BAR_SHARE = 0.45;

function useBarHeight(pane: { current: HTMLElement | null }, bar: { current: HTMLElement | null }) {
	useLayoutEffect(() => {
		const paneElement = pane.current;
		const barElement = bar.current;
		if (!paneElement || !barElement || typeof ResizeObserver === "undefined") return;
		const root = document.documentElement;
		const measure = () => {
			// Over the page, the bar stays at the top only while it leaves the most of the window to the questions.
			const fits = !overPage(paneElement) || barElement.offsetHeight <= window.innerHeight * BAR_SHARE;
			paneElement.dataset.fits = String(fits);
			root.style.setProperty("--bar-height", covers(paneElement) ? `${barElement.offsetHeight}px` : "0px");
		};
		const observer = new ResizeObserver(measure);
		observer.observe(barElement);
		observer.observe(paneElement);
		window.addEventListener("resize", measure);
		measure();
		return () => {
			observer.disconnect();
			window.removeEventListener("resize", measure);
			root.style.removeProperty("--bar-height");
		};
	}, [pane, bar]);
}

/**
 * The private exposure checker: the decisive questions first, and the answer, updated as they
 * answer, computed here by the local engine. Headline, cards, summary and print all render one
 * result model, so they cannot disagree.
 *
 * The answer stays in view (issue 23): the verdict bar — each company's sentence, with the way to
 * the full result and to what to do now — sits at the top of a narrow page (the popup, a phone)
 * while the questions scroll beneath it, and opens into the full result in place; on a wide page
 * the bar and the full result are a pane beside the questions that stays in view, scrolling on
 * its own. Under the verdict come its reasons, then what to do now, then the picture and the
 * cards. A control that takes the person to a question leaves a way back in the bar.
 */
export function Checker({ form, onFormChange, copy, print, variant = "popup", today }: CheckerProps) {
	const t = useT();
	const [copyStatus, setCopyStatus] = useState<"copied" | "copyFailed" | undefined>();
	// On a narrow page, whether the full result is open under the bar (a wide page always shows it).
	const [expanded, setExpanded] = useState(false);
	// The control a jump to a question came from: the bar offers the way back to it.
	const [wayBack, setWayBack] = useState<string>();
	const [pending, setPending] = useState<Pending>();
	const readings = useMemo(() => readForm(form, today), [form, today]);
	const engine = useResultsModule();
	const assessed: RentalAssessment[] = useMemo(
		() =>
			engine
				? readings.flatMap((reading, index) =>
						reading.answers.map((answers) => ({
							rental: index + 1,
							answers,
							assessment: engine.assessExposure(answers),
						})),
					)
				: [],
		[readings, engine],
	);
	const page = variant === "page";
	// The popup keeps to one rental: the full page holds the rest.
	const rentals = page ? form.rentals : form.rentals.slice(0, 1);
	const several = rentals.length > 1;
	const waiting = form.rentals.every((rental) => rental.vendor === undefined)
		? "no-vendor"
		: readings.some((reading) => Object.keys(reading.errors).length > 0)
			? "errors"
			: undefined;
	const person = useMemo(
		() => (engine && !waiting ? engine.assessPerson(assessed, form.emails) : undefined),
		[engine, assessed, form.emails, waiting],
	);
	const view = useMemo(
		() => (engine && person ? engine.resultView(t.locale, person, form.emails) : undefined),
		[engine, person, form.emails, t.locale],
	);
	// The picture: each rental's dates over the published periods of the companies it names.
	const timeline = useMemo(
		() => ({
			// A rental whose company is not remembered is drawn over each company it could be with.
			rentals: assessed.flatMap(({ rental, answers }) =>
				candidateVendors(answers.vendor).map((vendor) => ({ rental, ...answers, vendor })),
			),
			vendors: VENDOR_IDS.filter((vendor) =>
				assessed.some((entry) => candidateVendors(entry.answers.vendor).includes(vendor)),
			),
		}),
		[assessed],
	);
	const pane = useRef<HTMLElement>(null);
	const bar = useRef<HTMLDivElement>(null);
	useBarHeight(pane, bar);
	const focusAfterChange = useRef<string | undefined>(undefined);
	useEffect(() => {
		const id = focusAfterChange.current;
		focusAfterChange.current = undefined;
		if (id) document.getElementById(id)?.focus();
	});
	// Opened over a narrow page, the full result fills the window under the bar: the bar goes to the
	// top first, so none of the result is left below the window's edge.
	const panel = useRef<HTMLDivElement>(null);
	useLayoutEffect(() => {
		const element = pane.current;
		if (!expanded || !element || !covers(element)) return;
		const top = element.getBoundingClientRect().top;
		if (top > 0) window.scrollBy(0, top);
	}, [expanded]);
	// An answer can move the question it was given in (others step back above it, the bar changes):
	// where the browser does not keep the focused field in place, it is brought back into view,
	// below the bar, never under it. Measured here, in the same frame, not from the style sheet's
	// --bar-height, which follows a moment later.
	useLayoutEffect(() => {
		const active = document.activeElement;
		const paneElement = pane.current;
		const barElement = bar.current;
		if (!(active instanceof HTMLElement) || !active.closest(".questions") || !paneElement || !barElement) return;
		const box = active.getBoundingClientRect();
		const covered = covers(paneElement) ? barElement.getBoundingClientRect().bottom : 0;
		if (box.top < covered + 4) window.scrollBy(0, box.top - covered - 8);
		else if (box.bottom > window.innerHeight) window.scrollBy(0, box.bottom - window.innerHeight + 8);
	}, [form]);
	// A jump waits for the render that shows its target (the full result opened, or closed to show the questions).
	useEffect(() => {
		if (!pending) return;
		setPending(undefined);
		if (pending.kind === "question") focusQuestion(pending.rental, pending.field, pending.vendor);
		else focusElement(pending.id, pending.fallback, pending.block);
	}, [pending]);
	const change = (next: CheckerForm) => {
		setCopyStatus(undefined);
		onFormChange(next);
	};
	const done = form.done ?? [];
	const toggleStep = (step: StepId, on: boolean) =>
		change({ ...form, done: on ? [...done.filter((id) => id !== step), step] : done.filter((id) => id !== step) });
	// The company's message is asked right after the first rental that names the company.
	const firstRentalOf = (vendor: VendorId) =>
		rentals.findIndex((rental) => rental.vendor === vendor || rental.vendor === "unknown");
	const goToQuestion = (rental: number, field: RentalField | "message", vendor: VendorId, from: string) => {
		setWayBack(from);
		setExpanded(false);
		setPending({ kind: "question", rental, field, vendor });
	};
	const showResult = (id: string, block: ScrollLogicalPosition) => {
		// Once the person is back in the result, the way back has done its work.
		setWayBack(undefined);
		setExpanded(true);
		// Where the control came from is gone (the answer settled it): the result from its top.
		setPending({ kind: "element", id, fallback: "result-panel", block });
	};
	const shown = view && engine && !waiting;

	return (
		<div class="checker">
			{/* First in the page: the answer stays in view while the questions scroll. */}
			<section
				class="verdict-area"
				aria-labelledby="result-heading"
				ref={pane}
				// Over a narrow page the open result covers the questions: focus going to one closes it.
				onFocusOut={(event) => {
					const next = event.relatedTarget;
					if (expanded && next instanceof Node && !pane.current?.contains(next) && pane.current && covers(pane.current))
						setExpanded(false);
				}}
				// Once a company is chosen the bar stays at the top, also while an answer is being fixed.
				data-state={shown ? "result" : waiting === "errors" ? "errors" : "waiting"}
				data-expanded={String(expanded)}
			>
				<div class="verdict-bar" ref={bar}>
					<h2 id="result-heading">{t("resultHeading")}</h2>
					<ResultHeadline view={view} waiting={waiting} />
					{shown ? (
						<div class="bar-actions">
							{/* Back from a question the result took the person to: in the full result's place,
							    so the bar keeps one row of controls on a phone. */}
							{wayBack && !expanded ? (
								<button type="button" class="bar-button way-back" onClick={() => showResult(wayBack, "center")}>
									{viewMessage(t.locale, "backToResult")}
								</button>
							) : (
								<button
									type="button"
									class="bar-button toggle-result"
									aria-expanded={expanded}
									aria-controls="result-panel"
									onClick={() => {
										// Opened by hand, the full result starts at its top.
										if (!expanded && panel.current) panel.current.scrollTop = 0;
										setWayBack(undefined);
										setExpanded(!expanded);
									}}
								>
									{viewMessage(t.locale, "fullResult")}
								</button>
							)}
							<button type="button" class="bar-button todo-jump" onClick={() => showResult("todo-heading", "start")}>
								{viewMessage(t.locale, "todoJump")}
							</button>
						</div>
					) : null}
				</div>
				{shown ? (
					<div class="result result-panel" id="result-panel" ref={panel} tabIndex={-1}>
						<engine.ResultReasons
							view={view}
							onGoToQuestion={goToQuestion}
							settleIntro={(count) => engine.settleIntro(t.locale, count)}
						/>
						<engine.WhatToDoNow todo={view.todo} done={done} onToggle={toggleStep} />
						<engine.Timeline rentals={timeline.rentals} vendors={timeline.vendors} compact={!page} />
						<h2 id="details-heading">{t("detailsHeading")}</h2>
						{view.rentals.map((rental, index) => {
							// The company's breach as a whole (the regulator's access period) is said once, at its first rental.
							const first = view.rentals.findIndex((other) => other.vendor === rental.vendor) === index;
							const when = first
								? (view.companies.find((company) => company.vendor === rental.vendor)?.when ?? [])
								: [];
							return (
								<div class="vendor-result" key={`${rental.rental}/${rental.vendor}`}>
									<h3>{rental.heading}</h3>
									{when.map((line) => (
										<p key={line} class="company-when">
											{line}
										</p>
									))}
									{rental.cards.map((card) => (
										<engine.FindingCard key={card.id} card={card} />
									))}
								</div>
							);
						})}
						<div class="actions">
							<button
								type="button"
								onClick={async () =>
									setCopyStatus((await copy(engine.summaryText(t.locale, view))) ? "copied" : "copyFailed")
								}
							>
								{t("copySummary")}
							</button>
							{print ? (
								<button type="button" onClick={print}>
									{t("print")}
								</button>
							) : null}
							<span role="status" class="copy-status">
								{copyStatus ? t(copyStatus) : ""}
							</span>
						</div>
					</div>
				) : null}
			</section>
			<form class="questions" aria-labelledby="questions-heading" onSubmit={(event) => event.preventDefault()}>
				<h2 id="questions-heading">{t("questionsHeading")}</h2>
				{rentals.map((rental, index) => {
					const number = index + 1;
					const emailsHere = engine
						? VENDOR_IDS.filter((vendor) => firstRentalOf(vendor) === index).map((vendor) => (
								<div class="question-slot" id={emailQuestionId(vendor)} key={vendor}>
									<engine.EmailQuestion
										vendor={vendor}
										value={form.emails[vendor]}
										onChange={(answer) => change({ ...form, emails: { ...form.emails, [vendor]: answer } })}
									/>
								</div>
							))
						: null;
					const questions = (
						<RentalQuestions
							rental={rental}
							reading={readings[index] ?? { answers: [], errors: {}, fromTrip: {} }}
							number={number}
							withTrip={page}
							afterVendor={emailsHere}
							steppedBack={cannotChange(
								assessed.filter((entry) => entry.rental === number).map((entry) => entry.assessment),
							)}
							onChange={(next) =>
								change({ ...form, rentals: form.rentals.map((old, at) => (at === index ? next : old)) })
							}
						/>
					);
					if (!several) return <div key={number}>{questions}</div>;
					return (
						<section class="rental" key={number} aria-labelledby={`rental-${number}`}>
							<h3 id={`rental-${number}`} tabIndex={-1}>
								{t("rentalHeading", { n: number })}
							</h3>
							{questions}
							<button
								type="button"
								class="remove-rental"
								onClick={() => {
									focusAfterChange.current = "add-rental";
									change({ ...form, rentals: form.rentals.filter((_, at) => at !== index) });
								}}
							>
								{t("removeRental", { n: number })}
							</button>
						</section>
					);
				})}
				{page && form.rentals.some((rental) => rental.vendor !== undefined) ? (
					<button
						type="button"
						id="add-rental"
						class="add-rental"
						onClick={() => {
							focusAfterChange.current = `rental-${form.rentals.length + 1}`;
							change({ ...form, rentals: [...form.rentals, EMPTY_RENTAL] });
						}}
					>
						{t("addRental")}
					</button>
				) : null}
				{page && engine ? <engine.HowToFindDates /> : null}
			</form>
		</div>
	);
}
