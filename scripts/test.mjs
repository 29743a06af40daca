#!/usr/bin/env node
// `npm test`: every check, in the order a failure is cheapest to find — unit tests; then type
// check, lint and format side by side (each mostly one core, so on two cores they take about as
// long as the slowest instead of their sum; their output is printed whole as each ends); the
// build (after them: it and the type check both write Astro's generated types in .astro/); then
// end-to-end tests in Chromium against the built site.
// Prints how long each stage took, then ends with one line "N passed, N failed" counting every
// test (unit and e2e) and every check.
import { spawn, spawnSync } from "node:child_process";
import { existsSync, mkdirSync, readFileSync, rmSync } from "node:fs";
import { join } from "node:path";

const reports = ".tmp/test-reports";
rmSync(reports, { recursive: true, force: true });
mkdirSync(reports, { recursive: true });

let passed = 0;
let failed = 0;
const failures = [];
/** [label, seconds, ok] per stage, in the order they ran. */
const stages = [];
const startedAll = Date.now();

function run(label, command, args) {
  console.log(`\n▶ ${label}: ${command} ${args.join(" ")}`);
  const started = Date.now();
  const result = spawnSync(command, args, { stdio: "inherit", env: process.env });
  const seconds = (Date.now() - started) / 1000;
  stages.push([label, seconds, result.status === 0]);
  console.log(`◀ ${label}: ${result.status === 0 ? "ok" : "FAILED"} (${seconds.toFixed(1)} s)`);
  return result.status === 0;
}

function check(label, command, args) {
  const ok = run(label, command, args);
  if (ok) passed += 1;
  else {
    failed += 1;
    failures.push(label);
  }
  return ok;
}

/** Runs checks side by side, each one's output held and printed whole when it ends. */
async function checksSideBySide(list) {
  const results = await Promise.all(
    list.map(
      ([label, command, args]) =>
        new Promise((done) => {
          const started = Date.now();
          const child = spawn(command, args, { env: { ...process.env, FORCE_COLOR: "1" } });
          let output = "";
          child.stdout.on("data", (chunk) => (output += chunk));
          child.stderr.on("data", (chunk) => (output += chunk));
          child.on("error", (error) => (output += `${error}\n`));
          child.on("close", (status) => {
            const seconds = (Date.now() - started) / 1000;
            console.log(`\n▶ ${label}: ${command} ${args.join(" ")}`);
            process.stdout.write(output);
            console.log(`◀ ${label}: ${status === 0 ? "ok" : "FAILED"} (${seconds.toFixed(1)} s)`);
            stages.push([label, seconds, status === 0]);
            done([label, status === 0]);
          });
        }),
    ),
  );
  for (const [label, ok] of results) {
    if (ok) passed += 1;
    else {
      failed += 1;
      failures.push(label);
    }
  }
}

function vitest(project) {
  const file = join(reports, `${project}.json`);
  run(`${project} tests`, "npx", [
    "vitest",
    "run",
    "--project",
    project,
    "--reporter=default",
    "--reporter=json",
    `--outputFile.json=${file}`,
  ]);
  if (!existsSync(file)) {
    failed += 1;
    failures.push(`${project} tests (no report: the runner did not finish)`);
    return;
  }
  const report = JSON.parse(readFileSync(file, "utf8"));
  passed += report.numPassedTests;
  failed += report.numFailedTests;
  // A file that fails to load has no tests to count: count it as a failure.
  const broken = report.testResults.filter(
    (r) => r.status === "failed" && r.assertionResults.length === 0,
  );
  failed += broken.length;
  for (const r of report.testResults) {
    for (const a of r.assertionResults)
      if (a.status === "failed") failures.push(`${project}: ${a.fullName}`);
  }
  for (const r of broken) failures.push(`${project}: ${r.name} did not load: ${r.message}`);
}

vitest("unit");
await checksSideBySide([
  ["type check", "npx", ["astro", "check", "--minimumSeverity", "warning"]],
  ["lint", "npx", ["eslint", "."]],
  ["format", "npx", ["prettier", "--check", "."]],
]);
if (check("build", "npm", ["run", "build"])) {
  vitest("e2e");
} else {
  failed += 1;
  failures.push("e2e tests (not run: the build failed)");
}

console.log("\nStage times:");
for (const [label, seconds, ok] of stages)
  console.log(`  ${label.padEnd(12)} ${seconds.toFixed(1).padStart(7)} s${ok ? "" : "  (failed)"}`);
console.log(
  `  ${"total".padEnd(12)} ${((Date.now() - startedAll) / 1000).toFixed(1).padStart(7)} s`,
);

if (failures.length > 0) {
  console.log("\nFailed:");
  for (const f of failures) console.log(`  ✗ ${f}`);
}
console.log(`\n${passed} passed, ${failed} failed`);
process.exit(failed === 0 ? 0 : 1);
