import type { Text } from "../i18n/text";
import travelRental from "./vocabulary/travel-rental.json";

/**
 * An answers vocabulary (lib/criteria/SPEC.md, "Vocabulary"): the fields a record's criteria may
 * test, each a choice among listed values or a day, and "unknown" for "I don't remember".
 */
export interface VocabularyField {
	id: string;
	type: "choice" | "day";
	description: Text;
	/** For a choice: every value it can take, "unknown" aside (which stands for all of them). */
	values?: readonly { id: string; meaning: Text }[];
}

export interface Vocabulary {
	id: string;
	/** SemVer; a record names the major (`travel-rental/1`). */
	version: string;
	title: Text;
	description: Text;
	company: { field: string; description: Text };
	fields: readonly VocabularyField[];
	unknown: string;
	constraints: readonly { kind: "on-or-before"; first: string; second: string; description: Text }[];
	message: { values: readonly string[]; description: Text };
}

/** The vocabularies this build knows, by the name a record gives (`id/major`). */
export const VOCABULARIES: Readonly<Record<string, Vocabulary>> = Object.fromEntries(
	[travelRental as Vocabulary].map((vocabulary) => [
		`${vocabulary.id}/${vocabulary.version.split(".")[0]}`,
		vocabulary,
	]),
);

export function fieldOf(vocabulary: Vocabulary, id: string): VocabularyField | undefined {
	return vocabulary.fields.find((field) => field.id === id);
}
