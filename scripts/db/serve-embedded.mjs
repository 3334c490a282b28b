#!/usr/bin/env node
// Serves the embedded PostgreSQL (PGlite) on its own, in a process of its own, until SIGINT/SIGTERM:
// `DATA_DIR=… PORT=… node scripts/db/serve-embedded.mjs`. Unlike scripts/with-db.mjs, the database
// can then be stopped or killed while the app or the importer keeps running, as when a real
// server goes away; the fault tests (e2e/database-faults.spec.ts) do exactly that. Prints one line
// `ready <url>` when it accepts connections.
import { startEmbeddedPostgres } from "./embedded-postgres.mjs";

const dataDir = process.env.DATA_DIR;
const port = Number(process.env.PORT);
if (!dataDir || !Number.isInteger(port) || port <= 0) {
  console.error("usage: DATA_DIR=<dir> PORT=<port> node scripts/db/serve-embedded.mjs");
  process.exit(2);
}

const db = await startEmbeddedPostgres({ dataDir, port });
console.log(`ready ${db.url}`);
for (const signal of ["SIGINT", "SIGTERM"]) {
  process.on(signal, () => db.stop().finally(() => process.exit(0)));
}
