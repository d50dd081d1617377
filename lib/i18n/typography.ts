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
