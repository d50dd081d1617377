#!/usr/bin/env node
/**
 * `npm run criteria -- <command>`: the open criteria format on the command line (lib/criteria/SPEC.md).
 *
 *   check <record.json>...                 validate records: the schema, then every semantic check
 *   eval <record.json> [answers.json] [--flags] [--json] [--lang ja|en]
 *                                          the verdict per path and for the company, the reason, the
 *                                          answers that would settle a "possibly": the extension's engine
 *   conformance                            run the format's conformance cases against this implementation
 *
 * Answers as flags (one rental): --orderedVia, --returnedVia, --paidVia, --paidWhen take a value of
 * the vocabulary; --orderedOn and --returnedOn take a day (2012-07-01) or a period (2012-07-01..2012-07-31,
 * ..2013-02-05, 2012-06-01..); --message received|not-received|unknown. Flags override the file.
 * The library code is the extension's own TypeScript, read through jiti; the schema's validator is
 * the one the extension builds (schema-validator.mjs).
 */
import { readFileSync } from "node:fs";
import { createJiti } from "jiti";
import { schemaValidatorCode } from "./schema-validator.mjs";

const jiti = createJiti(import.meta.url);
const lib = (path) => jiti.import(new URL(`../../lib/${path}`, import.meta.url).pathname);
const { checkRecordText } = await lib("criteria/check.ts");
const { AnswersError, evaluateRecord, evaluationView, readAnswers } = await lib("criteria/evaluate.ts");
const validate = (await import(`data:text/javascript;base64,${Buffer.from(schemaValidatorCode()).toString("base64")}`))
	.default;

const CHOICES = ["orderedVia", "returnedVia", "paidVia", "paidWhen"];
const DAYS = ["orderedOn", "returnedOn"];
const USAGE = `usage:
  npm run criteria -- check <record.json>...
  npm run criteria -- eval <record.json> [answers.json] [--orderedVia V] [--orderedOn DAY|FROM..TO] [--returnedVia V]
                          [--returnedOn DAY|FROM..TO] [--paidVia V] [--paidWhen V] [--message received|not-received|unknown]
                          [--json] [--lang ja|en]
  npm run criteria -- conformance`;

function fail(message, code = 2) {
	console.error(message);
	process.exit(code);
}

/** `--name value` and `--name=value` pairs, and the rest in order. */
function parse(args) {
	const flags = {};
	const rest = [];
	for (let index = 0; index < args.length; index++) {
		const arg = args[index];
		if (!arg.startsWith("--")) {
			rest.push(arg);
			continue;
		}
		const [name, inline] = arg.slice(2).split(/=(.*)/s, 2);
		if (name === "json") flags.json = true;
		else {
			const value = inline ?? args[++index];
			if (value === undefined) fail(`--${name} needs a value\n${USAGE}`);
			flags[name] = value;
		}
	}
	return { flags, rest };
}

function readJson(file) {
	try {
		return JSON.parse(readFileSync(file, "utf8"));
	} catch (problem) {
		fail(`${file}: ${problem.message}`);
	}
}

/** A record that passes every check, or the errors printed and exit 1. */
function checked(file, locale, quiet = false) {
	let text;
	try {
		text = readFileSync(file, "utf8");
	} catch (problem) {
		fail(`${file}: ${problem.message}`);
	}
	const result = checkRecordText(text, validate);
	for (const error of result.errors) console.log(`${file}: ${error.code} ${error.path}\n  ${error.message[locale]}`);
	if (!quiet && result.record) console.log(`${file}: ok (${result.record.id}, revision ${result.record.revision})`);
	return result;
}

/** A day or a period from a flag: 2012-07-01, 2012-07-01..2012-07-31, ..2013-02-05, 2012-06-01.. */
function span(text) {
	if (!text.includes("..")) return text;
	const [from, to] = text.split("..");
	return { ...(from && { from }), ...(to && { to }) };
}

const [command, ...args] = process.argv.slice(2);
const { flags, rest } = parse(args);
const locale = flags.lang ?? (process.env.LANG?.startsWith("ja") ? "ja" : "en");
if (locale !== "ja" && locale !== "en") fail("--lang is ja or en");

if (command === "check") {
	if (rest.length === 0) fail(USAGE);
	const failed = rest.filter((file) => checked(file, locale).errors.length > 0);
	process.exit(failed.length > 0 ? 1 : 0);
} else if (command === "eval") {
	const [recordFile, answersFile] = rest;
	if (!recordFile || rest.length > 2) fail(USAGE);
	const { record, errors } = checked(recordFile, locale, true);
	if (!record) fail(`${recordFile}: the record does not pass the checks; no verdict from it`, 1);
	const document = answersFile ? readJson(answersFile) : {};
	const single = document.rentals === undefined ? { ...document } : undefined;
	for (const field of [...CHOICES, ...DAYS, "message"]) {
		if (flags[field] === undefined) continue;
		if (!single) fail("flags answer one rental: give a file without `rentals`, or no file");
		single[field] = DAYS.includes(field) ? span(flags[field]) : flags[field];
	}
	for (const name of Object.keys(flags))
		if (![...CHOICES, ...DAYS, "message", "json", "lang"].includes(name)) fail(`unknown flag --${name}\n${USAGE}`);
	let evaluation;
	try {
		evaluation = evaluateRecord(record, readAnswers(single ?? document, record));
	} catch (problem) {
		if (problem instanceof AnswersError) fail(`the answers cannot be read:\n  ${problem.problems.join("\n  ")}`, 1);
		throw problem;
	}
	if (flags.json) {
		console.log(JSON.stringify(evaluation, null, 2));
	} else {
		const view = evaluationView(evaluation, record, locale);
		console.log(`${record.title[locale]} (${record.id}, revision ${record.revision})`);
		console.log(view.company);
		for (const rental of view.rentals) {
			console.log(rental.heading);
			for (const path of rental.paths) {
				console.log(`  ${path.line}`);
				console.log(`    ${path.reason}`);
				for (const wording of path.wordings) console.log(`    - ${wording}`);
			}
			for (const line of rental.settle) console.log(`  ${line}`);
		}
	}
	void errors;
} else if (command === "conformance") {
	const { runConformance } = await lib("criteria/conformance.ts");
	const report = runConformance(validate);
	for (const line of report.failures) console.log(`FAIL ${line}`);
	console.log(`${report.passed} passed, ${report.failures.length} failed (the format's conformance cases)`);
	process.exit(report.failures.length > 0 ? 1 : 0);
} else {
	fail(USAGE);
}
