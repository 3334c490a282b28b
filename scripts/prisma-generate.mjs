// Generates the Prisma client after `npm install`.
// Prisma 7's CLI downloads a native schema engine at start and fails offline, although
// `generate` never runs that engine. When the normal call fails we point the CLI at any existing
// file so it skips the download: machines with internet keep the normal path.
import { spawnSync } from "node:child_process";
import { fileURLToPath } from "node:url";

const prismaBin = fileURLToPath(new URL("../node_modules/prisma/build/index.js", import.meta.url));
const run = (env) =>
  spawnSync(process.execPath, [prismaBin, "generate"], { stdio: "pipe", env: { ...process.env, ...env }, encoding: "utf8" });

let result = run({});
if (result.status !== 0) {
  result = run({ PRISMA_SCHEMA_ENGINE_BINARY: process.execPath });
}
if (result.status !== 0) {
  process.stderr.write(result.stdout + result.stderr);
  process.exit(result.status ?? 1);
}
console.log("prisma client generated (lib/db/generated)");
