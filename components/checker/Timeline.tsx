import type { JSX } from "preact";
import { useId, useLayoutEffect, useMemo, useRef, useState } from "preact/hooks";
import {
	type Bar,
	type BarStyle,
	buildTimeline,
	type TimelineLine,
	type TimelineModel,
	type TimelineRental,
	type TimelineTextItem,
} from "../../lib/checker/timeline";
import type { Locale } from "../../lib/i18n/text";
import { timelineMessage } from "../../lib/i18n/timeline-messages";
import type { VendorId } from "../../lib/incidents/rental";
import { useT } from "../shared/i18n";

export interface TimelineProps {
	rentals: readonly TimelineRental[];
	/** The companies whose published periods to draw. */
	vendors: readonly VendorId[];
	/** The popup: the words under the picture start closed, the picture alone fits its height. */
	compact?: boolean;
}

/**
 * Sizes in CSS px. Text keeps its size at every width (a narrow screen gets more lines, never
 * smaller letters), so the layout is computed for the width the picture is given, and the words
 * are wrapped here: SVG text does not wrap by itself.
 */
const FONT = { 1: 15, 2: 14, 3: 13, 4: 13, label: 13, year: 12 } as const;
const LINE = { 1: 20, 2: 19, 3: 18, 4: 18, label: 17 } as const;
/** Room above a heading; a company's two parts (level 2) also get a rule across the picture. */
const GAP_BEFORE = { 1: 14, 2: 14, 3: 6, 4: 3 } as const;
const BAR = 12;
/** Room at each end of the axis for half a day's point and an open end's arrow. */
const PAD = 9;
/** From this width the names sit beside their bars; below it, above them. */
const SIDE_BY_SIDE = 560;
const AXIS_TOP = 28;
/** Before the first measurement (and where nothing measures, as in tests): a popup or a page. */
const DEFAULT_WIDTH = { compact: 372, page: 640 } as const;
const MIN_WIDTH = 160;

/** East Asian wide characters: one em each. */
const WIDE =
	/[\u1100-\u115f\u2e80-\u303e\u3041-\u33ff\u3400-\u4dbf\u4e00-\u9fff\ua000-\ua4cf\uac00-\ud7a3\uf900-\ufaff\ufe30-\ufe4f\uff00-\uff60\uffe0-\uffe6]/;
const NARROW = " .,:;'!|ilIjft()[]\u201c\u201d\u2018\u2019";
const OPENING = "(\uff08\u300c\u300e\u3010\u3014";
const CLOSING = ")\uff09\u300d\u300f\u3011\u3015";
/** Never at the start of a line: closing marks, Japanese commas and stops, the long-vowel mark. */
const NO_LINE_START = `${CLOSING}\u3001\u3002,.:\uff1a;!?\u30fc\u301c\u2026%`;
const ALPHANUMERIC = /[0-9A-Za-z]/;

/**
 * A conservative width of a character in em, taken from the widest font the checker may get
 * (DejaVu Sans, Linux's system-ui): wrapping a little early costs a line; wrapping late would
 * cut a word at the picture's edge.
 */
function charEm(char: string): number {
	if (WIDE.test(char)) return 1;
	if (NARROW.includes(char)) return 0.36;
	if ("mwMW@%".includes(char)) return 0.92;
	if (/[A-Z]/.test(char)) return 0.74;
	if (/[0-9]/.test(char)) return 0.64;
	return 0.61;
}

export function textWidth(text: string, size: number, bold = false): number {
	let width = 0;
	for (const char of text) width += charEm(char);
	return width * size * (bold ? 1.1 : 1);
}

/**
 * Lines of at most `max` px. Breaks after a space; in Japanese (`betweenWide`) also between wide
 * characters and before an opening bracket, but never inside brackets (an era date such as
 * (平成24年10月20日) stays whole), never between a number and its 年月日, never before a closing
 * mark, and never so that the last line holds only one or two characters (以降 stays with its
 * day). English text keeps a Japanese era date whole. A word longer than a line is cut where it
 * must be.
 */
export function wrapText(text: string, max: number, size: number, bold = false, betweenWide = true): string[] {
	const pieces: string[] = [];
	const chars = [...text];
	let piece = "";
	let previous = "";
	let depth = 0;
	chars.forEach((char, index) => {
		const wideBreak =
			betweenWide &&
			depth === 0 &&
			(WIDE.test(previous) || WIDE.test(char) || OPENING.includes(char)) &&
			!(ALPHANUMERIC.test(previous) && WIDE.test(char)) &&
			!(WIDE.test(previous) && ALPHANUMERIC.test(char)) &&
			chars.length - index > 2;
		const canBreak =
			piece !== "" && !NO_LINE_START.includes(char) && !OPENING.includes(previous) && (previous === " " || wideBreak);
		if (canBreak) {
			pieces.push(piece);
			piece = "";
		}
		piece += char;
		previous = char;
		if (OPENING.includes(char)) depth += 1;
		else if (CLOSING.includes(char)) depth = Math.max(0, depth - 1);
	});
	if (piece) pieces.push(piece);
	const lines: string[] = [];
	let line = "";
	for (const next of pieces) {
		if (line && textWidth((line + next).trimEnd(), size, bold) > max) {
			lines.push(line.trimEnd());
			line = "";
		}
		if (!line && textWidth(next.trimEnd(), size, bold) > max) {
			// A single unbreakable word wider than the line: cut it by characters.
			let cut = "";
			for (const char of next) {
				// Closing brackets and stops hang at the line's end rather than start the next (ぶら下げ).
				if (cut && !NO_LINE_START.includes(char) && textWidth(cut + char, size, bold) > max) {
					lines.push(cut);
					cut = "";
				}
				cut += char;
			}
			line = cut;
			continue;
		}
		line += next;
	}
	if (line.trim()) lines.push(line.trimEnd());
	return lines;
}

interface Placed {
	line: TimelineLine;
	/** Top of the row. */
	y: number;
	words: string[];
	/** Top of the bar, for a bar row. */
	barY: number;
}

interface Layout {
	width: number;
	height: number;
	x0: number;
	x1: number;
	rows: Placed[];
	/** Which years carry a label: all, or every n-th where the years are too narrow for their numbers. */
	yearStep: number;
}

function layOut(model: TimelineModel, width: number, locale: Locale): Layout {
	const japanese = locale === "ja";
	const side = width >= SIDE_BY_SIDE;
	const labelWidth = side ? Math.min(280, Math.round(width * 0.36)) : width - 2;
	const x0 = side ? labelWidth + 16 : PAD;
	const x1 = width - PAD;
	let y = AXIS_TOP;
	const rows: Placed[] = [];
	model.lines.forEach((line, index) => {
		if (line.kind === "heading") {
			if (index > 0) y += GAP_BEFORE[line.level];
			const words = wrapText(line.text, width - 2, FONT[line.level], true, japanese);
			rows.push({ line, y, words, barY: 0 });
			y += words.length * LINE[line.level];
			return;
		}
		const words = wrapText(line.label, labelWidth, FONT.label, false, japanese);
		const text = words.length * LINE.label;
		if (side) {
			rows.push({ line, y, words, barY: y + (LINE.label - BAR) / 2 });
			y += Math.max(text, BAR + 4) + 6;
		} else {
			rows.push({ line, y, words, barY: y + text + 2 });
			// A date not remembered draws nothing: no room kept under its words.
			y += line.bar ? text + 2 + BAR + 9 : text + 6;
		}
	});
	const narrowest = Math.min(...model.axis.years.map((year) => (year.end - year.start) * (x1 - x0)));
	const yearStep = Math.max(1, Math.ceil((textWidth("0000", FONT.year) + 8) / narrowest));
	return { width, height: y + 6, x0, x1, rows, yearStep };
}

/** The words of the picture: the same tree of sentences, as nested lists. */
function TextList({ items }: { items: readonly TimelineTextItem[] }) {
	return (
		<ul>
			{items.map((item, index) => (
				// Sentences repeat (two wordings can name the same period): the position keeps keys apart.
				<li key={`${index}/${item.text}`}>
					{item.text}
					{item.items.length > 0 ? <TextList items={item.items} /> : null}
				</li>
			))}
		</ul>
	);
}

interface Ids {
	hatch: string;
	dots: string;
	fadeStart: string;
	fadeEnd: string;
}

function BarShape({
	bar,
	style,
	y,
	x0,
	x1,
	ids,
}: {
	bar: Bar;
	style: BarStyle;
	y: number;
	x0: number;
	x1: number;
	ids: Ids;
}) {
	const scale = (fraction: number) => x0 + fraction * (x1 - x0);
	const middle = y + BAR / 2;
	const rental = style === "ordered" || style === "returned";
	const arrows: JSX.Element[] = [];
	if (bar.openStart) arrows.push(<path key="start" class="tl-arrow" d={`M${x0 - 8} ${middle}l8 -6v12z`} />);
	if (bar.openEnd) arrows.push(<path key="end" class="tl-arrow" d={`M${x1 + 8} ${middle}l-8 -6v12z`} />);
	if (rental && bar.day) {
		const x = scale((bar.start + bar.end) / 2);
		// A remembered day is a point: a circle for the order, a diamond for the return.
		return style === "ordered" ? (
			<circle class="tl-rental" cx={x} cy={middle} r={6} />
		) : (
			<path class="tl-rental" d={`M${x} ${middle - 7}l7 7l-7 7l-7 -7z`} />
		);
	}
	const minimum = rental ? 5 : 4;
	let start = scale(bar.start);
	let end = scale(bar.end);
	if (end - start < minimum) {
		const centre = (start + end) / 2;
		start = centre - minimum / 2;
		end = centre + minimum / 2;
	}
	const fade = bar.openStart && !bar.openEnd ? ids.fadeStart : bar.openEnd && !bar.openStart ? ids.fadeEnd : undefined;
	const fill =
		style === "period"
			? `url(#${ids.hatch})`
			: style === "accessed"
				? `url(#${ids.dots})`
				: rental && fade
					? `url(#${fade})`
					: undefined;
	return (
		<g>
			<rect
				class={rental ? (fade ? "tl-rental-open" : "tl-rental") : `tl-${style}`}
				x={start}
				y={y}
				width={end - start}
				height={BAR}
				rx={rental ? 3 : 1}
				fill={fill}
			/>
			{arrows}
		</g>
	);
}

/**
 * The published periods, the leaks and the person's rentals on one time line: an SVG picture
 * with its name and description, and the same sentences as a list under it, so that a screen
 * reader and a sighted reader get the same facts.
 */
export function Timeline({ rentals, vendors, compact = false }: TimelineProps) {
	const t = useT();
	const model = useMemo(() => buildTimeline(t.locale, { rentals, vendors }), [t.locale, rentals, vendors]);
	const base = useId();
	const ids = {
		caption: `${base}-caption`,
		title: `${base}-title`,
		desc: `${base}-desc`,
		hatch: `${base}-hatch`,
		dots: `${base}-dots`,
		fadeStart: `${base}-fade-start`,
		fadeEnd: `${base}-fade-end`,
	};
	const frame = useRef<HTMLDivElement>(null);
	const [measured, setMeasured] = useState<number>();
	useLayoutEffect(() => {
		const element = frame.current;
		if (!element) return;
		const measure = () => setMeasured(Math.floor(element.clientWidth) || undefined);
		measure();
		if (typeof ResizeObserver === "undefined") return;
		const observer = new ResizeObserver(measure);
		observer.observe(element);
		return () => observer.disconnect();
	}, []);
	const width = Math.max(MIN_WIDTH, measured ?? DEFAULT_WIDTH[compact ? "compact" : "page"]);
	const layout = useMemo(() => layOut(model, width, t.locale), [model, width, t.locale]);
	const { x0, x1, height } = layout;
	const scale = (fraction: number) => x0 + fraction * (x1 - x0);

	return (
		<figure class={`timeline${compact ? " timeline-compact" : ""}`} aria-labelledby={ids.caption}>
			<figcaption id={ids.caption}>{model.title}</figcaption>
			<p class="timeline-note">{model.note}</p>
			<div class="timeline-frame" ref={frame}>
				<svg
					class="timeline-picture"
					role="img"
					aria-labelledby={ids.title}
					aria-describedby={ids.desc}
					viewBox={`0 0 ${width} ${height}`}
					width="100%"
				>
					<title id={ids.title}>{model.title}</title>
					<desc id={ids.desc}>{model.description}</desc>
					<defs>
						<pattern id={ids.hatch} class="tl-hatch" patternUnits="userSpaceOnUse" width={6} height={6}>
							<rect class="tl-hatch-ground" width={6} height={6} />
							<path class="tl-hatch-line" d="M-1 7l8 -8M-1 1l2 -2M5 7l2 -2" />
						</pattern>
						<pattern id={ids.dots} class="tl-dots" patternUnits="userSpaceOnUse" width={5} height={5}>
							<rect class="tl-dots-ground" width={5} height={5} />
							<circle class="tl-dot" cx={2.5} cy={2.5} r={1.2} />
						</pattern>
						<linearGradient id={ids.fadeStart}>
							<stop class="tl-fade-stop" offset="0" stop-opacity="0" />
							<stop class="tl-fade-stop" offset="0.7" stop-opacity="1" />
						</linearGradient>
						<linearGradient id={ids.fadeEnd}>
							<stop class="tl-fade-stop" offset="0.3" stop-opacity="1" />
							<stop class="tl-fade-stop" offset="1" stop-opacity="0" />
						</linearGradient>
					</defs>
					<g class="tl-axis">
						{model.axis.years.map((year, index) => (
							<g key={year.year}>
								<line class="tl-grid" x1={scale(year.start)} x2={scale(year.start)} y1={AXIS_TOP - 8} y2={height} />
								<line
									class="tl-tick"
									x1={scale(year.start)}
									x2={scale(year.start)}
									y1={AXIS_TOP - 8}
									y2={AXIS_TOP - 2}
								/>
								{index % layout.yearStep === 0 ? (
									<text
										class="tl-year"
										x={scale((year.start + year.end) / 2)}
										y={AXIS_TOP - 12}
										text-anchor="middle"
										font-size={FONT.year}
									>
										{year.year}
									</text>
								) : null}
							</g>
						))}
						<line class="tl-grid" x1={scale(1)} x2={scale(1)} y1={AXIS_TOP - 8} y2={height} />
						<line class="tl-tick" x1={scale(1)} x2={scale(1)} y1={AXIS_TOP - 8} y2={AXIS_TOP - 2} />
						<line class="tl-baseline" x1={x0} x2={x1} y1={AXIS_TOP - 8} y2={AXIS_TOP - 8} />
					</g>
					{layout.rows.map(({ line, y, words, barY }) => {
						const size = line.kind === "heading" ? FONT[line.level] : FONT.label;
						const height = line.kind === "heading" ? LINE[line.level] : LINE.label;
						return (
							<g key={line.key} class={line.kind === "heading" ? `tl-h${line.level}` : `tl-row tl-row-${line.style}`}>
								{/* Whose rentals and when the servers were attacked: apart, with a rule between. */}
								{line.kind === "heading" && line.level === 2 ? (
									<line class="tl-rule" x1={0} x2={layout.width} y1={y - 5} y2={y - 5} />
								) : null}
								<text class="tl-text" font-size={size}>
									{words.map((word, index) => (
										<tspan key={`${index}/${word}`} x={0} y={y + index * height + size}>
											{word}
										</tspan>
									))}
								</text>
								{line.kind === "bar" && line.bar ? (
									<BarShape bar={line.bar} style={line.style} y={barY} x0={x0} x1={x1} ids={ids} />
								) : null}
							</g>
						);
					})}
				</svg>
			</div>
			<details class="timeline-words">
				<summary>{timelineMessage(t.locale, "inWords")}</summary>
				<TextList items={model.text} />
			</details>
		</figure>
	);
}
