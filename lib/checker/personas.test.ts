import { describe, expect, test } from "vitest";
import { assessExposure, assessPerson } from "../exposure";
import type { Verdict } from "../exposure/types";
import type { EmailAnswer, VendorId } from "../incidents/rental";
import { EMPTY_RENTAL, type RentalForm, readForm } from "./checker-form";

/**
 * People as they remember a rental years later: the company, how they booked and returned, a trip
 * from photos or a passport, whether the company's message came. Each has the verdict the
 * published criteria give (worked out by hand from the notices' words), and the verdict they get
 * from what they remember of the dates alone (often nothing, or a year). The counts below are the
 * README's "how many get a definite answer".
 */
interface Persona {
	who: string;
	/** What they can answer without a trip or the email: channels, and at most a year or month. */
	datesOnly: Partial<RentalForm>[];
	/** The same rentals with the trip (and lead time) they looked up. */
	withTrip: Partial<RentalForm>[];
	emails?: Partial<Record<VendorId, EmailAnswer>>;
	expected: Verdict;
}

const TS = "telecom-square" as const;
const XC = "xcom-global" as const;

const PERSONAS: Persona[] = [
	{
		who: "Aiko: Seoul in mid-October 2012, booked on Telecom Square's site a few weeks before, dropped it in the airport return box",
		datesOnly: [{ vendor: TS, orderedVia: "vendor-website", returnedVia: "airport-return-box" }],
		withTrip: [{ departure: "2012-10-12", tripReturn: "2012-10-16", leadTime: "month" }],
		expected: "exposed",
	},
	{
		who: "Ben: イモトのWiFi booked online for Hawaii, some time in 2012",
		datesOnly: [{ vendor: XC, orderedVia: "vendor-website", orderedOn: "2012" }],
		withTrip: [{ departure: "2012-03-20", tripReturn: "2012-03-27" }],
		expected: "exposed",
	},
	{
		who: "Chika: always books, pays and returns at the Narita counter (Telecom Square)",
		datesOnly: [
			{
				vendor: TS,
				orderedVia: "airport-counter",
				returnedVia: "airport-counter",
				paidVia: "airport-counter",
				paidWhen: "when-returning",
			},
		],
		withTrip: [{ departure: "2012-12-20", tripReturn: "2012-12-28" }],
		expected: "not-exposed",
	},
	{
		who: "Daisuke: phoned Telecom Square, paid at the counter on pick-up, sent it back by courier after a summer 2012 trip; got their email",
		datesOnly: [
			{ vendor: TS, orderedVia: "other", returnedVia: "courier", paidVia: "airport-counter", paidWhen: "another-time" },
		],
		withTrip: [{ departure: "2012-08-01", tripReturn: "2012-08-08" }],
		emails: { [TS]: "received" },
		expected: "exposed",
	},
	{
		who: "Emi: イモトのWiFi booked online the week before a May 2013 trip",
		datesOnly: [{ vendor: XC, orderedVia: "vendor-website" }],
		withTrip: [{ departure: "2013-05-10", tripReturn: "2013-05-15", leadTime: "week" }],
		expected: "not-exposed",
	},
	{
		who: "Fumio: GLOBALDATA booked online a few weeks before a February 2011 trip, returned by courier; no email that he remembers",
		datesOnly: [{ vendor: XC, orderedVia: "vendor-website", returnedVia: "courier" }],
		withTrip: [{ departure: "2011-02-10", tripReturn: "2011-02-20", leadTime: "month" }],
		emails: { [XC]: "not-received" },
		// "Used in the period" may include him (if the courier return was on or after 2011-03-07);
		// "applied in the period" does not: the sources disagree (C6).
		expected: "possibly-exposed",
	},
	{
		who: "Gina: her employer's dedicated Telecom Square site, a 2010 business trip",
		datesOnly: [{ vendor: TS, orderedVia: "corporate-site", orderedOn: "2010" }],
		withTrip: [{ departure: "2010-05-01", tripReturn: "2010-05-07" }],
		expected: "exposed",
	},
	{
		who: "Hiro: first time on Telecom Square's site, the week before a March 2013 trip",
		datesOnly: [{ vendor: TS, orderedVia: "vendor-website", returnedVia: "airport-counter", orderedOn: "2013" }],
		withTrip: [{ departure: "2013-03-05", tripReturn: "2013-03-12", leadTime: "week" }],
		expected: "not-exposed",
	},
	{
		who: "Ikuko: three rentals — イモトのWiFi online in 2012, Telecom Square all at the counter in 2011, Telecom Square online in 2014",
		datesOnly: [
			{ vendor: XC, orderedVia: "vendor-website", orderedOn: "2012" },
			{
				vendor: TS,
				orderedVia: "airport-counter",
				returnedVia: "airport-counter",
				paidVia: "airport-counter",
				paidWhen: "when-returning",
				orderedOn: "2011",
			},
			{ vendor: TS, orderedVia: "vendor-website", orderedOn: "2014" },
		],
		withTrip: [{}, {}, {}],
		expected: "exposed",
	},
	{
		who: "Jun: not sure which company; booked online a few weeks before an October 2012 trip, return box on the way home",
		datesOnly: [{ vendor: "unknown", orderedVia: "vendor-website", returnedVia: "airport-return-box" }],
		withTrip: [{ departure: "2012-10-05", tripReturn: "2012-10-09", leadTime: "month" }],
		expected: "exposed",
	},
	{
		who: "Kana: Telecom Square at the counter, paid on pick-up, courier return after a December 2012 trip; no email",
		datesOnly: [
			{
				vendor: TS,
				orderedVia: "airport-counter",
				returnedVia: "courier",
				paidVia: "airport-counter",
				paidWhen: "another-time",
			},
		],
		withTrip: [{ departure: "2012-12-01", tripReturn: "2012-12-10" }],
		emails: { [TS]: "not-received" },
		// The notice both includes (②) and excludes ((c)) her: it does not say which wins (C15).
		expected: "possibly-exposed",
	},
	{
		who: "Leo: GLOBALDATA at the airport counter in 2012; got XCom's email",
		datesOnly: [{ vendor: XC, orderedVia: "airport-counter", orderedOn: "2012" }],
		withTrip: [{ departure: "2012-09-01", tripReturn: "2012-09-09" }],
		emails: { [XC]: "received" },
		expected: "exposed",
	},
	{
		who: "Mari: Telecom Square online the week before a June 2013 trip",
		datesOnly: [{ vendor: TS, orderedVia: "vendor-website", orderedOn: "2013" }],
		withTrip: [{ departure: "2013-06-05", tripReturn: "2013-06-12", leadTime: "week" }],
		expected: "not-exposed",
	},
];

const TODAY = "2026-11-28";

function personVerdict(rentals: Partial<RentalForm>[], emails: Partial<Record<VendorId, EmailAnswer>>) {
	const readings = readForm({ rentals: rentals.map((rental) => ({ ...EMPTY_RENTAL, ...rental })), emails }, TODAY);
	for (const reading of readings) expect(reading.errors).toEqual({});
	const results = readings.flatMap((reading, index) =>
		reading.answers.map((answers) => ({ rental: index + 1, answers, assessment: assessExposure(answers) })),
	);
	return assessPerson(results, emails).verdict;
}

const withTrip = (persona: Persona) =>
	persona.datesOnly.map((rental, index) => ({ ...rental, ...persona.withTrip[index] }));

describe("personas, as people remember", () => {
	test("at least a dozen", () => {
		expect(PERSONAS.length).toBeGreaterThanOrEqual(12);
	});

	test.each(PERSONAS.map((persona) => [persona.who, persona] as const))("%s", (_who, persona) => {
		expect(personVerdict(withTrip(persona), persona.emails ?? {})).toBe(persona.expected);
		// Dates alone never contradict the full answer: at most they leave it open.
		const alone = personVerdict(persona.datesOnly, {});
		if (alone !== "possibly-exposed") expect(alone).toBe(persona.expected);
	});

	test("how many get a definite answer: dates alone vs with trips and the email question (README)", () => {
		const definite = (verdict: Verdict | undefined) => verdict !== undefined && verdict !== "possibly-exposed";
		const datesAlone = PERSONAS.filter((persona) => definite(personVerdict(persona.datesOnly, {}))).length;
		const tripsAndEmail = PERSONAS.filter((persona) =>
			definite(personVerdict(withTrip(persona), persona.emails ?? {})),
		).length;
		expect({ personas: PERSONAS.length, datesAlone, tripsAndEmail }).toEqual({
			personas: 13,
			// Leo (an XCom counter order in 2012) counts since no wording names a channel (C9).
			datesAlone: 5,
			tripsAndEmail: 11,
		});
	});
});
