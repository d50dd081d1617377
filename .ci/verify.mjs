#!/usr/bin/env node
/**
 * `npm run verify [chrome.zip firefox.zip sources.zip]`: is the store package this repository's
 * code? Prints the SHA-256 of each given zip, unpacks the sources zip into an empty folder far
 * from this checkout, installs exactly the locked dependencies there (`npm ci`), builds both zips
 * again and compares them byte for byte. Without arguments it checks this checkout's own
 * `npm run zip` output (building it first when missing). Exits non-zero on any difference.
 */
import { execFileSync } from "node:child_process";
import { createHash } from "node:crypto";
import { existsSync, mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { basename, join, resolve } from "node:path";

const ROOT = resolve(import.meta.dirname, "..");
const OUTPUT = join(ROOT, ".output");
const run = (command, args, cwd) => execFileSync(command, args, { cwd, stdio: ["ignore", "ignore", "inherit"] });
const sha256 = (file) => createHash("sha256").update(readFileSync(file)).digest("hex");
const zipsIn = (dir) => (existsSync(dir) ? readdirSync(dir).filter((file) => file.endsWith(".zip")) : []);
const ofKind = (files, kind) => files.find((file) => file.endsWith(`-${kind}.zip`));

// --self-test: also prove the comparison catches a package that differs by one byte.
const selfTest = process.argv.includes("--self-test");
let given = process.argv
	.slice(2)
	.filter((arg) => arg !== "--self-test")
	.map((file) => resolve(file));
if (given.length === 0) {
	if (!ofKind(zipsIn(OUTPUT), "sources")) run("npm", ["run", "--silent", "zip"], ROOT);
	given = zipsIn(OUTPUT).map((file) => join(OUTPUT, file));
}
const sources = ofKind(given, "sources");
if (!sources) {
	console.error("verify: give the sources zip (…-sources.zip) with the packages to check");
	process.exit(2);
}

console.log(`Node ${process.version}, npm ${execFileSync("npm", ["--version"], { encoding: "utf8" }).trim()}`);
for (const file of given) console.log(`${sha256(file)}  ${basename(file)} (given)`);

const work = mkdtempSync(join(tmpdir(), "wifi-breach-verify-"));
let failed = 0;
try {
	run("unzip", ["-q", sources, "-d", work], ROOT);
	run("npm", ["ci", "--prefer-offline", "--no-audit", "--no-fund", "--loglevel=error"], work);
	run("npx", ["wxt", "zip"], work);
	run("npx", ["wxt", "zip", "-b", "firefox"], work);
	const rebuilt = zipsIn(join(work, ".output")).map((file) => join(work, ".output", file));
	for (const kind of ["chrome", "firefox", "sources"]) {
		const mine = ofKind(given, kind);
		const theirs = ofKind(rebuilt, kind);
		if (!mine) continue;
		const same = theirs !== undefined && sha256(theirs) === sha256(mine);
		console.log(
			`${theirs ? sha256(theirs) : "(not built)"}  ${basename(mine)} (rebuilt from sources): ${same ? "identical" : "DIFFERENT"}`,
		);
		if (!same) failed++;
	}
	if (selfTest) {
		const chrome = ofKind(given, "chrome");
		const theirs = ofKind(rebuilt, "chrome");
		if (!chrome || !theirs) throw new Error("self-test needs the Chrome zip");
		const tampered = Buffer.from(readFileSync(chrome));
		tampered[tampered.length - 30] ^= 1;
		const tamperedPath = join(work, "tampered-chrome.zip");
		writeFileSync(tamperedPath, tampered);
		const caught = sha256(tamperedPath) !== sha256(theirs);
		console.log(`self-test: a package one byte off is ${caught ? "caught" : "NOT caught"}`);
		if (!caught) failed++;
	}
} finally {
	rmSync(work, { recursive: true, force: true });
}
console.log(failed === 0 ? "verify: every package rebuilds byte for byte" : `verify: ${failed} package(s) differ`);
process.exit(failed === 0 ? 0 : 1);
