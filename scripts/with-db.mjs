#!/usr/bin/env node
// Runs a command with a migrated database in DATABASE_URL.
// - DATABASE_URL unset: starts the embedded PostgreSQL (PGlite) with its data in .data/pglite
//   (or DATA_DIR; "memory://" for a throw-away one), outside Next because Next's bundler cannot
//   load it. DATABASE_URL set: uses that server.
// - Applies prisma/migrations, loads the real labelled documents into an empty database (unless
//   --no-seed, or EMPTY_START=1 for an empty start), then runs the command and stops the database
//   when it ends or on SIGINT/SIGTERM.
// - --share: a command that may run beside the app (npm run ingest, reviewer, export-labels,
//   eval -- --reviewed). When `npm start` already holds the embedded database, the command uses
//   the database that process serves (it publishes its address beside the data, <data>.url)
//   instead of refusing; it opens the database itself only when nothing runs.
import { spawn } from "node:child_process";
import { randomBytes } from "node:crypto";
import { existsSync, mkdirSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import path from "node:path";
import pg from "pg";
import { startEmbeddedPostgres } from "./db/embedded-postgres.mjs";
import { applyMigrations } from "./db/schema-engine.mjs";

const root = path.resolve(import.meta.dirname, "..");
const args = process.argv.slice(2);
const flags = new Set();
while (args[0] === "--no-seed" || args[0] === "--share") flags.add(args.shift());
const noSeed = flags.has("--no-seed");
const share = flags.has("--share");
const command = args;
if (command.length === 0) {
  console.error("usage: node scripts/with-db.mjs [--no-seed] [--share] <command> [args…]");
  process.exit(2);
}

const beside = (dataDir, ext) => path.join(dataDir, "..", `${path.basename(dataDir)}.${ext}`);

/** The process that holds the embedded database in dataDir, when one is alive. */
function holder(dataDir) {
  const lock = beside(dataDir, "pid");
  if (!existsSync(lock)) return null;
  const pid = Number(readFileSync(lock, "utf8"));
  try {
    process.kill(pid, 0);
    return pid !== process.pid ? pid : null;
  } catch {
    return null;
  }
}

/** The address the holder serves the database on, when it answers. */
async function runningDatabase(dataDir) {
  const file = beside(dataDir, "url");
  if (!existsSync(file)) return null;
  const url = readFileSync(file, "utf8").trim();
  const client = new pg.Client({ connectionString: url, connectionTimeoutMillis: 5000 });
  try {
    await client.connect();
    await client.query("SELECT 1");
    return url;
  } catch {
    return null;
  } finally {
    await client.end().catch(() => {});
  }
}

function lockEmbedded(dataDir) {
  // PGlite opens its directory from one process only: say so plainly instead of corrupting it.
  const pid = holder(dataDir);
  if (pid !== null) {
    console.error(`The embedded database in ${dataDir} is in use by process ${pid} (another npm start?). Stop it first, or set DATA_DIR.`);
    process.exit(1);
  }
  const lock = beside(dataDir, "pid");
  mkdirSync(path.dirname(lock), { recursive: true });
  writeFileSync(lock, String(process.pid));
  return () => {
    rmSync(lock, { force: true });
    rmSync(beside(dataDir, "url"), { force: true });
  };
}

async function countReports(url) {
  const client = new pg.Client({ connectionString: url });
  await client.connect();
  try {
    const { rows } = await client.query('SELECT count(*)::int AS n FROM "Report"');
    return rows[0].n;
  } finally {
    await client.end();
  }
}

// Writes need ADMIN_TOKEN. When none is configured, make one once, keep it in .data/ and say it,
// so a person running the app locally can log in.
if (!process.env.ADMIN_TOKEN) {
  const tokenFile = path.join(root, ".data/admin-token");
  if (!existsSync(tokenFile)) {
    mkdirSync(path.dirname(tokenFile), { recursive: true });
    writeFileSync(tokenFile, randomBytes(24).toString("base64url"), { mode: 0o600 });
  }
  process.env.ADMIN_TOKEN = readFileSync(tokenFile, "utf8").trim();
  console.log(`admin token (no ADMIN_TOKEN was set; kept in .data/admin-token): ${process.env.ADMIN_TOKEN}`);
}

let embedded = null;
let unlock = () => {};
let joined = false;
const dataDir = process.env.DATA_DIR ?? path.join(root, ".data/pglite");
if (!process.env.DATABASE_URL && share && dataDir !== "memory://" && holder(dataDir) !== null) {
  const url = await runningDatabase(dataDir);
  if (url) {
    process.env.DATABASE_URL = url;
    process.env.DATABASE_POOL_SIZE = "1";
    joined = true;
    console.log(`using the embedded database of the running app (process ${holder(dataDir)}), data in ${dataDir}`);
  }
}
if (!process.env.DATABASE_URL) {
  if (dataDir !== "memory://") unlock = lockEmbedded(dataDir);
  embedded = await startEmbeddedPostgres({ dataDir });
  process.env.DATABASE_URL = embedded.url;
  // where it listens, for commands started beside this one (--share)
  if (dataDir !== "memory://") writeFileSync(beside(dataDir, "url"), embedded.url, { mode: 0o600 });
  // PGlite runs every socket connection in one PostgreSQL session and interleaves their protocol
  // messages: two connections' unnamed prepared statements collide ("bind message supplies 3
  // parameters, but prepared statement requires 2"). One connection, queries queued in the pool.
  process.env.DATABASE_POOL_SIZE = "1";
  console.log(`embedded PostgreSQL (PGlite) ready, data in ${dataDir}`);
}

async function shutdown(code) {
  await embedded?.stop();
  unlock();
  process.exit(code);
}

async function prepareDatabase() {
  const applied = await applyMigrations({ url: process.env.DATABASE_URL, migrationsDir: path.join(root, "prisma/migrations") });
  if (applied.length) console.log(`migrations applied: ${applied.join(", ")}`);
  if (!noSeed && (await countReports(process.env.DATABASE_URL)) === 0) {
    if (process.env.EMPTY_START === "1" || process.env.EMPTY_START === "true") {
      console.log("EMPTY_START is set: the database starts empty (no labelled documents imported)");
    } else {
      const tsx = path.join(root, "node_modules/.bin/tsx");
      // not spawnSync: the embedded database lives in this process's event loop
      const status = await new Promise((resolve) => {
        spawn(tsx, [path.join(root, "scripts/import-labelled.ts")], { stdio: "inherit", env: process.env, cwd: root }).on("exit", resolve);
      });
      if (status !== 0) throw new Error("importing the labelled documents failed");
    }
  }
}

// a joined database was migrated and seeded by the app that serves it, when it started
if (!joined) {
  try {
    await prepareDatabase();
  } catch (e) {
    console.error(`database setup failed: ${e instanceof Error ? e.message : e}`);
    await shutdown(1);
  }
}

const child = spawn(command[0], command.slice(1), { stdio: "inherit", env: process.env, cwd: root });
for (const signal of ["SIGINT", "SIGTERM"]) {
  process.on(signal, () => child.kill(signal));
}
child.on("exit", (code, signal) => shutdown(code ?? (signal ? 1 : 0)));
