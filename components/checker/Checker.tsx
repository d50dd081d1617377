import { useEffect, useLayoutEffect, useMemo, useRef, useState } from "preact/hooks";
import type { Day } from "../../lib/calendar/day";
import { type CheckerForm, EMPTY_RENTAL, readForm, type StepId } from "../../lib/checker/checker-form";
import type { RentalAssessment } from "../../lib/exposure/company";
import type { Assessment } from "../../lib/exposure/types";
import {
	ANSWER_FIELDS,
	candidateVendors,
	type RentalField,
	VENDOR_IDS,
	type VendorId,
} from "../../lib/incidents/rental";
import { useT } from "../shared/i18n";
import { emailQuestionId, type QuestionKey, questionId, RentalQuestions } from "./RentalQuestions";
import { ResultHeadline } from "./ResultHeadline";

type Results = typeof import("./results");

/** The engine and the result components, loaded from the extension itself right after the first render. */
function useResultsModule(): Results | undefined {
	const [module, setModule] = useState<Results>();
	useEffect(() => {
		let live = true;
		import("./results").then((loaded) => {
			if (live) setModule(loaded);
		});
		return () => {
			live = false;
		};
	}, []);
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

/** Brings a person to a question: opens its group if it stepped back, and focuses its answer. */
function goToQuestion(rental: number, field: RentalField | "message", vendor: VendorId) {
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
	target?.focus();
	slot.scrollIntoView?.({ block: "center" });
}

/** Pinned, the answer may take at most this share of the window: the result scrolls beneath it. */
const PINNED_SHARE = 0.4;

/**
 * On the wide full page the answer is pinned beside the questions (checker.css), but only while it
 * is short: a tall one would cover the result scrolling beneath it, the copy button included. The
 * page keeps what it covers clear of focus and scrolling (scroll-padding, --pinned-height).
 */
function usePinnedWhileShort(area: { current: HTMLElement | null }, enabled: boolean) {
	useLayoutEffect(() => {
		const element = area.current;
		if (!enabled || !element || typeof ResizeObserver === "undefined") return;
		const root = document.documentElement;
		const fit = () => {
			const height = element.offsetHeight;
			const pinned = height <= window.innerHeight * PINNED_SHARE;
			element.dataset.pinned = String(pinned);
			root.style.setProperty("--pinned-height", pinned ? `${height}px` : "0px");
		};
		const observer = new ResizeObserver(fit);
		observer.observe(element);
		window.addEventListener("resize", fit);
		fit();
		return () => {
			observer.disconnect();
			window.removeEventListener("resize", fit);
			root.style.removeProperty("--pinned-height");
		};
	}, [area, enabled]);
}

/**
 * The private exposure checker: the decisive questions first, and the answer, updated as they
 * answer, computed here by the local engine. Headline, cards, summary and print all render one
 * result model, so they cannot disagree.
 */
export function Checker({ form, onFormChange, copy, print, variant = "popup", today }: CheckerProps) {
	const t = useT();
	const [copyStatus, setCopyStatus] = useState<"copied" | "copyFailed" | undefined>();
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
				candidateVendors(answers.vendor).map((vendor) => ({
					rental,
					vendor,
					...(answers.orderedOn && { orderedOn: answers.orderedOn }),
					...(answers.returnedOn && { returnedOn: answers.returnedOn }),
				})),
			),
			vendors: VENDOR_IDS.filter((vendor) =>
				assessed.some((entry) => candidateVendors(entry.answers.vendor).includes(vendor)),
			),
		}),
		[assessed],
	);
	const verdictArea = useRef<HTMLElement>(null);
	usePinnedWhileShort(verdictArea, page);
	const focusAfterChange = useRef<string | undefined>(undefined);
	useEffect(() => {
		const id = focusAfterChange.current;
		focusAfterChange.current = undefined;
		if (id) document.getElementById(id)?.focus();
	});
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

	return (
		<div class="checker">
			{/* First in the page so the answer stays in view (pinned) while the questions scroll. */}
			<section class="verdict-area" aria-labelledby="result-heading" ref={verdictArea}>
				<h2 id="result-heading">{t("resultHeading")}</h2>
				<ResultHeadline
					view={view}
					waiting={waiting}
					onGoToQuestion={goToQuestion}
					settleIntro={(count) => (engine ? engine.settleIntro(t.locale, count) : "")}
				/>
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
			{view && engine ? (
				<section class="result" aria-labelledby="details-heading">
					<engine.Timeline rentals={timeline.rentals} vendors={timeline.vendors} compact={!page} />
					<h2 id="details-heading">{t("detailsHeading")}</h2>
					{view.rentals.map((rental, index) => {
						// The company's breach as a whole (the regulator's access period) is said once, at its first rental.
						const first = view.rentals.findIndex((other) => other.vendor === rental.vendor) === index;
						const when = first ? (view.companies.find((company) => company.vendor === rental.vendor)?.when ?? []) : [];
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
					<engine.WhatToDoNow todo={view.todo} done={done} onToggle={toggleStep} />
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
				</section>
			) : null}
		</div>
	);
}
