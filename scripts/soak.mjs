#!/usr/bin/env node
// `npm run soak`: the long variants of the hostile-input and reliability tests. Each command runs
// with SOAK=1, which the suites read to multiply their runs; the list is meant to grow (one line
// per suite) and every command runs even when an earlier one fails.
import { spawnSync } from "node:child_process";
import path from "node:path";

const root = path.resolve(import.meta.dirname, "..");
const bin = (name) => path.join(root, "node_modules/.bin", name);

const COMMANDS = [
  ["hostile input: fuzz of readDocument / decodeText / extraction", bin("vitest"), ["run", "lib/documents/hostile-input.fuzz.test.ts", "lib/extract/extract.property.test.ts", "lib/extract/report/meta.property.test.ts"]],
  ["hostile input and access through the real server (Playwright)", bin("playwright"), ["test", "e2e/security.spec.ts", "e2e/token-guessing.spec.ts", "e2e/hostile-upload.spec.ts"]],
  // hundreds of uploads within minutes from one client: lift the per-minute upload limit
  ["concurrent uploads and edits, repeated rounds (Playwright)", bin("playwright"), ["test", "e2e/concurrent-uploads.spec.ts"], { UPLOAD_RATE_PER_MINUTE: "100000" }],
  ["database killed mid-upload and mid-import, importer killed, three times over (Playwright)", bin("playwright"), ["test", "e2e/database-faults.spec.ts", "--repeat-each", "3"]],
];

const env = { ...process.env, SOAK: "1", NEXT_TELEMETRY_DISABLED: "1" };
const failed = [];
for (const [name, cmd, args, extraEnv = {}] of COMMANDS) {
  console.log(`\n── ${name} ──`);
  const started = Date.now();
  const { status } = spawnSync(cmd, args, { stdio: "inherit", cwd: root, env: { ...env, ...extraEnv } });
  console.log(`   ${status === 0 ? "passed" : "FAILED"} in ${Math.round((Date.now() - started) / 1000)} s`);
  if (status !== 0) failed.push(name);
}
console.log(failed.length ? `\nsoak failed: ${failed.join(", ")}` : "\nsoak passed");
process.exit(failed.length ? 1 : 0);
