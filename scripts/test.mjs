#!/usr/bin/env node
// `npm test`: lint, typecheck, unit + database tests (vitest), a production build when needed,
// then end-to-end tests in headless Chromium (Playwright) against `next start` on a throw-away
// embedded database. Every stage runs even when an earlier one fails, so one run shows all that
// is wrong; the last line sums the test runners' own reports: "N passed, N failed".
import { spawnSync } from "node:child_process";
import { existsSync, mkdirSync, readFileSync, rmSync } from "node:fs";
import path from "node:path";
import { buildIsCurrent } from "./lib/build-status.mjs";
import { ensurePlaywrightBrowser } from "./lib/playwright-browser.mjs";

const root = path.resolve(import.meta.dirname, "..");
const bin = (name) => path.join(root, "node_modules/.bin", name);
const resultsDir = path.join(root, ".test-results");
rmSync(resultsDir, { recursive: true, force: true });
mkdirSync(resultsDir, { recursive: true });

const env = { ...process.env, NEXT_TELEMETRY_DISABLED: "1" };
const failedStages = [];
function stage(name, cmd, args) {
  console.log(`\n── ${name} ──`);
  const { status } = spawnSync(cmd, args, { stdio: "inherit", cwd: root, env });
  if (status !== 0) failedStages.push(name);
  return status === 0;
}
const readJson = (file) => (existsSync(file) ? JSON.parse(readFileSync(file, "utf8")) : null);

stage("lint (eslint)", bin("eslint"), ["."]);
stage("typecheck (tsc)", bin("tsc"), ["--noEmit"]);

// the extraction quality bar (precision matters more than recall: a wrong figure is worse than none)
stage("extraction quality (npm run eval)", bin("tsx"), ["scripts/eval.ts", "--min-precision", "0.98", "--min-recall", "0.9"]);

const vitestJson = path.join(resultsDir, "vitest.json");
stage("unit + database tests (vitest)", bin("vitest"), ["run", "--reporter=default", "--reporter=json", `--outputFile.json=${vitestJson}`]);

let e2e = null;
const built = buildIsCurrent(root) || stage("build (next build)", bin("next"), ["build"]);
if (built && ensurePlaywrightBrowser(root)) {
  stage("end-to-end tests (playwright)", bin("playwright"), ["test"]);
  e2e = readJson(path.join(resultsDir, "playwright.json"));
} else {
  failedStages.push("end-to-end tests (not run)");
}

const unit = readJson(vitestJson);
const passed = (unit?.numPassedTests ?? 0) + (e2e ? e2e.stats.expected + e2e.stats.flaky : 0);
const failed = (unit ? unit.numFailedTests : 1) + (e2e ? e2e.stats.unexpected : 1);
if (failedStages.length) console.log(`\nfailed stages: ${failedStages.join(", ")}`);
console.log(`\n${passed} passed, ${failed} failed`);
process.exit(failedStages.length || failed ? 1 : 0);
