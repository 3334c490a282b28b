// The part of `npm run bench` that runs inside scripts/with-db.mjs (DATABASE_URL set, the
// database in the parent process): import the corpus, time PostgreSQL's COPY of the same rows,
// start `next start` and time real requests. Writes its figures as JSON for scripts/bench.mts.
import { spawn } from "node:child_process";
import { readFileSync, writeFileSync } from "node:fs";
import path from "node:path";
import pg from "pg";
import { copyFloorMs } from "./copy-floor";
import { measureAfterWrites, type AfterWriteFigures } from "./after-write";
import { measure, waitForServer, type Timing } from "./http";
import { listReportFiles } from "../../lib/reports/ingest-files";
import { parentOf, peakRss, sampleTreeRss } from "./proc";

const root = path.resolve(import.meta.dirname, "../..");
const { corpus, out, port, repeats } = JSON.parse(process.argv[2]) as { corpus: string; out: string; port: number; repeats: number };
const url = process.env.DATABASE_URL!;
const embedded = process.env.DATABASE_POOL_SIZE === "1";
// scripts/with-db.mjs, which holds the embedded database, started tsx, which started this process
const dbPid = parentOf(process.ppid) ?? process.ppid;
const dbMemory = embedded ? sampleTreeRss(dbPid) : null;

function run(cmd: string, args: string[], env: NodeJS.ProcessEnv = process.env) {
  return new Promise<number>((resolve) => spawn(cmd, args, { stdio: "inherit", env, cwd: root }).on("exit", (c) => resolve(c ?? 1)));
}

// 1. import, in a process of its own
const importOut = path.join(path.dirname(out), "import.json");
console.error(`importing ${corpus} …`);
const importStarted = performance.now();
if ((await run(path.join(root, "node_modules/.bin/tsx"), [path.join(root, "scripts/bench/import.mts"), corpus, importOut])) !== 0) {
  throw new Error("the import failed");
}
const importWallSeconds = (performance.now() - importStarted) / 1000;
const imported = JSON.parse(readFileSync(importOut, "utf8"));

// 2. the floor: COPY of the same rows
console.error("timing PostgreSQL's COPY of the same rows …");
let copyMs: number | null = null;
let copyError: string | null = null;
try {
  copyMs = await copyFloorMs(url, embedded);
} catch (e) {
  copyError = e instanceof Error ? e.message : String(e);
}

// 3. what to ask for: the busiest indicator, place and places
const client = new pg.Client({ connectionString: url });
await client.connect();
const key = (await client.query(`SELECT key FROM "IndicatorValue" WHERE "isCurrent" GROUP BY key ORDER BY count(*) DESC, key LIMIT 1`)).rows[0]?.key;
const places = (await client.query(`SELECT "jurisdictionCode" AS code FROM "Report" WHERE "isCurrent" GROUP BY 1 ORDER BY count(*) DESC, 1 LIMIT 9`)).rows.map((r) => r.code as string);
const counts = (await client.query(`SELECT (SELECT count(*) FROM "Report")::int AS reports, (SELECT count(*) FROM "IndicatorValue")::int AS "values", (SELECT count(DISTINCT "jurisdictionCode") FROM "Report")::int AS places`)).rows[0];
await client.end();

// 4. the server
console.error(`starting next start on port ${port} …`);
const server = spawn(path.join(root, "node_modules/.bin/next"), ["start", "-p", String(port)], {
  cwd: root,
  env: { ...process.env, NEXT_TELEMETRY_DISABLED: "1" },
  stdio: ["ignore", "ignore", "inherit"],
  detached: true,
});
const serverMemory = sampleTreeRss(server.pid!);
const base = `http://127.0.0.1:${port}`;
const pages: { name: string; path: string; floor?: boolean }[] = [
  { name: "static floor /about", path: "/about", floor: true },
  { name: "overview /", path: "/" },
  { name: "profile", path: `/jurisdictions/${places[0]}` },
  { name: "compare 8 places", path: `/compare?j=${places.slice(1, 9).join(",")}` },
  { name: "indicator ranking", path: `/indicators/${encodeURIComponent(key)}` },
  { name: "coverage", path: "/coverage" },
  { name: "values CSV, one indicator", path: `/api/values?key=${encodeURIComponent(key)}&format=csv&limit=100000` },
];
const timings: (Timing & { name: string; floor?: boolean })[] = [];
let afterWrite: AfterWriteFigures | null = null;
try {
  await waitForServer(base + "/about");
  for (const page of pages) {
    console.error(`  ${page.name}: ${page.path}`);
    timings.push({ ...page, ...(await measure(base, page.path, repeats)) });
  }
  // a new edition of the profiled place's latest report: it changes the overview, that profile
  // and the ranking of the busiest key, the pages timed right after it
  const latestReport = listReportFiles([corpus])
    .filter((f) => path.basename(f).startsWith(`${places[0]}-`))
    .sort()
    .at(-1);
  if (latestReport) {
    console.error(`  first request after a write: a new edition of ${path.basename(latestReport)}`);
    afterWrite = await measureAfterWrites(base, process.env.ADMIN_TOKEN ?? "", latestReport, pages.filter((p) => ["overview /", "profile", "indicator ranking"].includes(p.name)));
  }
} finally {
  process.kill(-server.pid!, "SIGTERM");
}

writeFileSync(
  out,
  JSON.stringify({
    embedded, counts, key, places,
    import: { ...imported, wallSeconds: importWallSeconds },
    copy: { ms: copyMs, error: copyError },
    timings,
    afterWrite,
    memory: { serverPeakBytes: serverMemory.stop(), dbPeakBytes: embedded ? (peakRss(dbPid) ?? dbMemory?.stop()) : null, importerPeakBytes: imported.maxRssBytes },
  }),
);
process.exit(0);
