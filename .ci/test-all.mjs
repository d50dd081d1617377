#!/usr/bin/env node
/**
 * `npm test`: every suite, then one plain closing line `N passed, N failed` summing all of them
 * (CI reads that line, not vitest's own summary). A suite that crashes before reporting counts
 * as one failure, so a broken suite can never pass silently.
 */
import { spawnSync } from "node:child_process";
import { existsSync, mkdirSync, readFileSync, rmSync } from "node:fs";

const REPORTS = ".tmp/reports";
rmSync(REPORTS, { recursive: true, force: true });
mkdirSync(REPORTS, { recursive: true });

/** Browser tests run where only loopback exists, when this machine allows it (root, CI). */
const netnsWorks = spawnSync("unshare", ["-n", "true"]).status === 0;
const inNetns = (command) => (netnsWorks ? `unshare -n sh -c 'ip link set lo up && ${command}'` : command);

const vitest = (name, args, env = {}) => ({
	name,
	command: `npx vitest run ${args} --reporter=default --reporter=json --outputFile=${REPORTS}/${name}.json`,
	env,
	report: `${REPORTS}/${name}.json`,
});

const suites = [
	{ name: "check (format, lint, types)", command: "npm run --silent check" },
	{ name: "build (chrome-mv3, firefox-mv2)", command: "npx wxt build && npx wxt build -b firefox" },
	vitest("unit-tokyo", "", { TZ: "Asia/Tokyo" }),
	// The engine and the data must not move with the machine's zone: rerun lib/ in three more.
	vitest("lib-los-angeles", "lib", { TZ: "America/Los_Angeles" }),
	vitest("lib-kiritimati", "lib", { TZ: "Pacific/Kiritimati" }),
	// A zone whose daylight saving began at midnight in 2012, inside the incident windows.
	vitest("lib-sao-paulo", "lib", { TZ: "America/Sao_Paulo" }),
];
// A build anyone can verify: the store zips rebuild byte for byte from the sources zip, in an
// empty folder with a fresh `npm ci` (README, "Verify a package").
suites.push({
	name: "verify (reproducible build)",
	command: "npm run --silent zip >/dev/null && node .ci/verify.mjs --self-test",
});
if (existsSync("e2e/vitest.config.ts")) {
	const e2e = vitest("e2e", "--config e2e/vitest.config.ts");
	suites.push({ ...e2e, command: inNetns(e2e.command) });
}

let passed = 0;
let failed = 0;
for (const suite of suites) {
	console.log(`\n=== ${suite.name}${suite.command.startsWith("unshare") ? " (network namespace: loopback only)" : ""}`);
	const started = Date.now();
	const run = spawnSync(suite.command, {
		shell: true,
		stdio: "inherit",
		env: { ...process.env, ...suite.env },
	});
	const seconds = ((Date.now() - started) / 1000).toFixed(1);
	if (suite.report) {
		let counts;
		try {
			const report = JSON.parse(readFileSync(suite.report, "utf8"));
			counts = { passed: report.numPassedTests, failed: report.numFailedTests };
			// Suites that failed to load report no tests: count each as a failure.
			counts.failed += report.testResults.filter(
				(file) => file.status === "failed" && file.assertionResults.length === 0,
			).length;
		} catch {
			counts = { passed: 0, failed: 1 };
		}
		if (run.status !== 0 && counts.failed === 0) counts.failed = 1;
		passed += counts.passed;
		failed += counts.failed;
		console.log(`=== ${suite.name}: ${counts.passed} passed, ${counts.failed} failed in ${seconds} s`);
	} else {
		if (run.status === 0) passed++;
		else failed++;
		console.log(`=== ${suite.name}: ${run.status === 0 ? "ok" : "FAILED"} in ${seconds} s`);
	}
	if (!netnsWorks && suite.command.includes("e2e"))
		console.log("=== note: unshare -n unavailable; browsers ran with the host network");
}

console.log(`${passed} passed, ${failed} failed`);
process.exit(failed === 0 ? 0 : 1);
