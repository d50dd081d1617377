import { expect, test } from "vitest";
import {
	ANSWER_FIELDS,
	EMAIL_ANSWERS,
	ORDER_CHANNELS,
	PAYMENT_PLACES,
	PAYMENT_TIMES,
	RETURN_CHANNELS,
	VENDOR_IDS,
} from "../incidents/rental";
import { SHIPPED_RECORDS } from "./records";
import { fieldOf, VOCABULARIES } from "./vocabulary";

const vocabulary = VOCABULARIES["travel-rental/1"];
if (!vocabulary) throw new Error("no travel-rental/1");

test("the product's typed mirror (lib/incidents/rental.ts) is the vocabulary file, value for value", () => {
	const values = (id: string) => [
		...(fieldOf(vocabulary, id)?.values ?? []).map((value) => value.id),
		vocabulary.unknown,
	];
	expect(values("orderedVia")).toEqual([...ORDER_CHANNELS]);
	expect(values("returnedVia")).toEqual([...RETURN_CHANNELS]);
	expect(values("paidVia")).toEqual([...PAYMENT_PLACES]);
	expect(values("paidWhen")).toEqual([...PAYMENT_TIMES]);
	expect(vocabulary.fields.map((field) => field.id)).toEqual([...ANSWER_FIELDS]);
	expect(vocabulary.message.values).toEqual([...EMAIL_ANSWERS]);
	expect(vocabulary.constraints).toEqual([
		expect.objectContaining({ kind: "on-or-before", first: "orderedOn", second: "returnedOn" }),
	]);
});

test("the companies the product knows are the shipped records' organizations", () => {
	const organizations = [...new Set(Object.values(SHIPPED_RECORDS).map((record) => record.organization.id))].sort();
	expect(organizations).toEqual([...VENDOR_IDS]);
});

test("every open list ends in 'other', so 'unknown' ranges over a complete set", () => {
	for (const field of vocabulary.fields) {
		if (field.type !== "choice") continue;
		const ids = (field.values ?? []).map((value) => value.id);
		expect(ids.length, field.id).toBeGreaterThan(1);
		if (field.id !== "paidWhen") expect(ids.at(-1), field.id).toBe("other");
	}
});
