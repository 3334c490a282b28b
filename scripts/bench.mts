// `npm run bench [-- --scale national|0.1] [--corpus DIR] [--repeats N] [--port P]`
// On a fresh database (a temporary embedded one, or a new database on the DATABASE_URL server):
// synthesise the national set (or reuse the cached one under .cache/bench/), bulk-import it,
// then time real HTTP requests against `next start`, and print one table with targets.
import { spawn, spawnSync } from "node:child_process";
import { mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import os from "node:os";
import path from "node:path";
import { parseArgs } from "node:util";
import pg from "pg";
import { listReportFiles } from "../lib/reports/ingest-files";
import { measureExtraction } from "./bench/extraction";
import { buildTable } from "./bench/report";
import { buildIsCurrent } from "./lib/build-status.mjs";

const root = path.resolve(import.meta.dirname, "..");
const { values: opts } = parseArgs({
  options: {
    scale: { type: "string", default: "national" },
    corpus: { type: "string" },
    repeats: { type: "string", default: "30" },
    port: { type: "string", default: process.env.BENCH_PORT ?? "3300" },
    seed: { type: "string", default: "1" },
  },
});
const scale = opts.scale!;
if (scale !== "national" && !(Number(scale) > 0 && Number(scale) <= 1)) {
  console.error("--scale is national or a fraction of it, e.g. 0.1");
  process.exit(2);
}
const cacheDir = path.join(root, ".cache/bench");
mkdirSync(cacheDir, { recursive: true });

/**
 * The corpus: --corpus, else the synthetic set under .cache/bench/, made by `npm run synth`,
 * which reuses the set when its manifest matches the parameters (scale, seed, years).
 */
function resolveCorpus(): string {
  if (opts.corpus) return path.resolve(opts.corpus);
  const scripts = JSON.parse(readFileSync(path.join(root, "package.json"), "utf8")).scripts ?? {};
  if (!scripts.synth) {
    console.error("No synthetic corpus: `npm run synth` is not in this checkout. Give a folder of reports with --corpus DIR.");
    process.exit(2);
  }
  // a fraction of the country: that share of its ~3,200 places, spread over levels and provinces
  const synthScale = scale === "national" ? "national" : String(Math.max(1, Math.round(Number(scale) * 3200)));
  const dir = path.join(cacheDir, `corpus-${synthScale}-seed${opts.seed}`);
  console.error(`synthetic corpus (scale ${synthScale}, seed ${opts.seed}, 2015-2025) in ${dir} …`);
  const r = spawnSync("npm", ["run", "--silent", "synth", "--", "--out", dir, "--years", "2015-2025", "--scale", synthScale, "--seed", opts.seed!], {
    stdio: "inherit",
    cwd: root,
  });
  if (r.status !== 0) process.exit(r.status ?? 1);
  return dir;
}

function machineLine(dbKind: string): string {
  const cpu = os.cpus()[0]?.model.replace(/\s+/g, " ").trim() ?? "unknown CPU";
  return `${cpu} · ${os.availableParallelism()} cores · ${Math.round(os.totalmem() / 2 ** 30)} GB RAM · Node ${process.version} · ${os.platform()} ${os.release()} · ${dbKind} · load average at start ${os.loadavg().map((l) => l.toFixed(1)).join(" ")}`;
}

/** A new, empty database on the DATABASE_URL server: benchmarks never touch real data. */
async function freshServerDatabase(serverUrl: string): Promise<{ url: string; drop: () => Promise<void> }> {
  const name = `fazhi_bench_${process.pid}`;
  const admin = new pg.Client({ connectionString: serverUrl });
  await admin.connect();
  await admin.query(`CREATE DATABASE ${name}`);
  await admin.end();
  const u = new URL(serverUrl);
  u.pathname = `/${name}`;
  return {
    url: u.toString(),
    async drop() {
      const c = new pg.Client({ connectionString: serverUrl });
      await c.connect();
      await c.query(`DROP DATABASE IF EXISTS ${name} WITH (FORCE)`);
      await c.end();
    },
  };
}

const corpus = resolveCorpus();
const files = listReportFiles([corpus]);
console.error(`${files.length} report files in ${corpus}`);

console.error("timing extraction on one core …");
const extraction = measureExtraction(files);

if (!buildIsCurrent(root)) {
  console.error("building the app …");
  const built = spawnSync(path.join(root, "node_modules/.bin/next"), ["build"], { stdio: "inherit", cwd: root, env: { ...process.env, NEXT_TELEMETRY_DISABLED: "1" } });
  if (built.status !== 0) process.exit(built.status ?? 1);
}

const serverUrl = process.env.DATABASE_URL;
const fresh = serverUrl ? await freshServerDatabase(serverUrl) : null;
const dataDir = serverUrl ? null : mkdtempSync(path.join(os.tmpdir(), "fazhi-bench-"));
const dbKind = serverUrl ? `PostgreSQL at ${new URL(serverUrl).host}` : "embedded PGlite (one connection)";
const machine = machineLine(dbKind);
const out = path.join(cacheDir, `session-${scale}.json`);
try {
  const env = { ...process.env, ADMIN_TOKEN: "bench", ...(fresh ? { DATABASE_URL: fresh.url } : { DATA_DIR: path.join(dataDir!, "pglite") }) };
  const session = JSON.stringify({ corpus, out, port: Number(opts.port), repeats: Number(opts.repeats) });
  const code = await new Promise<number>((resolve) =>
    spawn(process.execPath, [path.join(root, "scripts/with-db.mjs"), "--no-seed", path.join(root, "node_modules/.bin/tsx"), path.join(root, "scripts/bench/session.mts"), session], {
      stdio: "inherit",
      env,
      cwd: root,
    }).on("exit", (c) => resolve(c ?? 1)),
  );
  if (code !== 0) throw new Error(`the benchmark session failed (exit ${code})`);
} finally {
  await fresh?.drop();
  if (dataDir) rmSync(dataDir, { recursive: true, force: true });
}

const result = { scale, corpus, files: files.length, machine, extraction, ...JSON.parse(readFileSync(out, "utf8")) };
const table = buildTable(result);
const text = `Machine: ${machine}\nScale: ${scale} · ${result.counts.reports} reports · ${result.counts.values} values · ${result.counts.places} places · ${opts.repeats} timed requests per page after 3 warm-up\n\n${table.table}\n\n${table.notes.join("\n")}\n`;
writeFileSync(path.join(cacheDir, `result-${scale}.json`), JSON.stringify(result, null, 2));
writeFileSync(path.join(cacheDir, `result-${scale}.md`), text);
console.log(`\n${text}`);
console.log(`(also in .cache/bench/result-${scale}.md)`);
process.exit(table.failed ? 1 : 0);
