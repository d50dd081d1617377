/**
 * The house rules of Japanese typography, as a check the tests run over every text the product
 * shows (truth issue, round three): no doubled full stop, full-width brackets and colons beside
 * Japanese, and no sentence said twice in one block a person reads.
 */
const JAPANESE = /[\u3040-\u30ff\u3400-\u9fff\uff01-\uff60\u3000-\u303f]/;
const URL = /https?:\/\/\S+/g;

/** What breaks the rules in one Japanese text: a list of short descriptions, empty when it is fine. */
export function japaneseTypographyProblems(text: string): string[] {
	const problems: string[] = [];
	if (text.includes("。。")) problems.push("「。。」");
	const plain = text.replace(URL, (url) => "x".repeat(url.length));
	for (let index = 0; index < plain.length; index++) {
		const character = plain[index] as string;
		if (!"():?".includes(character)) continue;
		const before = plain[index - 1] ?? "";
		const after = plain[index + 1] ?? "";
		// A time (10:00) is written with a half-width colon; anything beside Japanese is not.
		if (JAPANESE.test(before) || JAPANESE.test(after))
			problems.push(`half-width "${character}" in …${plain.slice(Math.max(0, index - 6), index + 7)}…`);
	}
	return problems;
}

/** The sentences of a block, in either language. */
export function sentences(text: string): string[] {
	return text
		.split(/(?<=。)|(?<=[.!?])\s+|\n+/)
		.map((sentence) => sentence.trim())
		.filter((sentence) => sentence.length > 12);
}

/** Sentences a block says more than once. */
export function repeatedSentences(text: string): string[] {
	const seen = new Set<string>();
	const repeated = new Set<string>();
	for (const sentence of sentences(text)) {
		if (seen.has(sentence)) repeated.add(sentence);
		seen.add(sentence);
	}
	return [...repeated];
}

/** Names that start with a lower-case letter, even at the start of a sentence. */
const LOWER_CASE_NAMES =
	/^(n-seikei|k-tai|pmarknews|shimajiro|japan\.internet\.com|bubuan|bucchinews|mymymemomemo|www\.|https?:|e\.g\.|i\.e\.)/;

/** Spans a text quotes from elsewhere (the notices' words, a page's own text): their punctuation is theirs. */
const QUOTED = /「[^」]*」|“[^”]*”|『[^』]*』/g;

/**
 * Phrasing the truth audits found slipping (round four, G15–G25), as checks: two label colons in one
 * line, a bracket inside a bracket, an English sentence that starts in lower case, an English
 * description inside a Japanese text, and 「サーバー」 where every other text says 「サーバ」.
 */
export function phrasingProblems(text: string, locale: "ja" | "en"): string[] {
	const problems: string[] = [];
	const plain = text.replace(URL, (url) => "X".repeat(url.length)).replace(QUOTED, (quote) => "Q".repeat(quote.length));
	for (const line of plain.split("\n")) {
		// A label's colon, not a time of day (10:00).
		const colons = locale === "ja" ? (line.match(/：/g) ?? []).length : (line.match(/:(?!\d)/g) ?? []).length;
		if (colons > 1) problems.push(`two colons in one line: ${line.slice(0, 60)}`);
		let depth = 0;
		for (const character of line) {
			if (character === "（" || character === "(") depth++;
			else if (character === "）" || character === ")") depth--;
			if (depth > 1) {
				problems.push(`a bracket inside a bracket: ${line.slice(0, 60)}`);
				break;
			}
		}
	}
	// Only whole sentences start with a capital: a fragment ("card number", "rental {n}") is filled into one.
	if (locale === "en") {
		if (!/[.?]$/.test(plain.trim())) return problems;
		// "Wi-Ho!", "Inc." and "vs." end no sentence.
		for (const sentence of plain.split(/(?<!Wi-Ho!|Inc\.|vs\.)(?<=[.!?])\s+|\n+/)) {
			const start = sentence.replace(/^\s*([-·•]\s*|\d+\.\s+)/, "");
			if (/^[a-z]/.test(start) && !LOWER_CASE_NAMES.test(start))
				problems.push(`an English sentence starts in lower case: ${start.slice(0, 50)}`);
		}
	} else {
		if (plain.includes("サーバー")) problems.push("「サーバー」 where the product says 「サーバ」");
		// Three English words in a row, two of them lower case: a description, not a name.
		const english = plain.match(/[A-Za-z]+(?: [a-z]+){2,}/);
		if (english) problems.push(`an English description in Japanese: ${english[0]}`);
	}
	return problems;
}
