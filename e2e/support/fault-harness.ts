// Processes for the fault tests: an embedded PostgreSQL in a process of its own (so it can be
// killed and started again on the same data and port), the app (`next start`) and the bulk
// importer against it, and SQL checks that nothing is half-written.
import { spawn, type ChildProcess } from "node:child_process";
import { mkdirSync, writeFileSync } from "node:fs";
import net from "node:net";
import path from "node:path";
import pg from "pg";
import { extractReport } from "../../lib/extract";

const root = path.resolve(__dirname, "../..");

export async function freePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const srv = net.createServer();
    srv.on("error", reject);
    srv.listen(0, "127.0.0.1", () => {
      const { port } = srv.address() as net.AddressInfo;
      srv.close(() => resolve(port));
    });
  });
}

/** a child process with its output kept, started in its own process group so kill -9 reaches all of it */
export class Proc {
  readonly child: ChildProcess;
  output = "";
  readonly exited: Promise<number | null>;
  constructor(command: string, args: string[], env: Record<string, string>) {
    this.child = spawn(command, args, { cwd: root, env: { ...process.env, NEXT_TELEMETRY_DISABLED: "1", ...env }, detached: true });
    this.child.stdout?.on("data", (d) => (this.output += d));
    this.child.stderr?.on("data", (d) => (this.output += d));
    this.exited = new Promise((resolve) => this.child.on("exit", (code) => resolve(code)));
  }
  get alive() {
    return this.child.exitCode === null && this.child.signalCode === null;
  }
  /** waits until the output matches (or the process ends) */
  async waitFor(pattern: RegExp, timeoutMs = 60_000): Promise<RegExpMatchArray> {
    const deadline = Date.now() + timeoutMs;
    while (Date.now() < deadline) {
      const m = this.output.match(pattern);
      if (m) return m;
      if (!this.alive) throw new Error(`process ended before ${pattern}:\n${this.output.slice(-2000)}`);
      await sleep(50);
    }
    throw new Error(`timed out waiting for ${pattern}:\n${this.output.slice(-2000)}`);
  }
  kill(signal: NodeJS.Signals = "SIGKILL") {
    if (this.alive && this.child.pid) process.kill(-this.child.pid, signal);
    return this.exited;
  }
}

export const sleep = (ms: number) => new Promise((r) => setTimeout(r, ms));

/** The embedded database on a data directory and a fixed port: kill it, start it again, same data. */
export class Database {
  proc: Proc | null = null;
  url = "";
  constructor(
    readonly dataDir: string,
    readonly port: number,
  ) {}
  async start() {
    this.proc = new Proc(process.execPath, [path.join(root, "scripts/db/serve-embedded.mjs")], { DATA_DIR: this.dataDir, PORT: String(this.port) });
    this.url = (await this.proc.waitFor(/ready (\S+)/, 120_000))[1];
    return this;
  }
  /** the database server dies (kill -9): connections drop, nothing is flushed on purpose */
  async crash() {
    await this.proc?.kill("SIGKILL");
  }
  async stop() {
    await this.proc?.kill("SIGTERM");
  }
}

/** The app as `npm start` serves it, against a given database (migrated by with-db on start). */
export async function startApp(db: Database, port: number, adminToken: string): Promise<Proc> {
  const app = new Proc(
    process.execPath,
    [path.join(root, "scripts/with-db.mjs"), "--no-seed", path.join(root, "node_modules/.bin/next"), "start", "-p", String(port)],
    { DATABASE_URL: db.url, DATABASE_POOL_SIZE: "1", ADMIN_TOKEN: adminToken, UPLOAD_RATE_PER_MINUTE: "100000" },
  );
  await app.waitFor(/Ready in/, 120_000);
  return app;
}

/** `npm run ingest -- <dir>` against the database, in small batches so that a run can be cut in the middle */
export function startImporter(db: Database, dir: string, batch = 3): Proc {
  return new Proc(
    process.execPath,
    [path.join(root, "scripts/with-db.mjs"), "--no-seed", path.join(root, "node_modules/.bin/tsx"), "scripts/ingest.ts", dir, "--batch", String(batch)],
    // an ADMIN_TOKEN, or with-db would make one in .data/
    { DATABASE_URL: db.url, DATABASE_POOL_SIZE: "1", ADMIN_TOKEN: "unused" },
  );
}

/** how many reports the database holds, asked on a connection of its own */
export async function countReports(db: Database): Promise<number> {
  const client = new pg.Client({ connectionString: db.url });
  await client.connect();
  try {
    return (await client.query<{ n: number }>('SELECT count(*)::int AS n FROM "Report"')).rows[0].n;
  } finally {
    await client.end();
  }
}

/** writes `count` distinct editions of the real reports into a folder, as the importer would find them */
export function writeReportFolder(dir: string, texts: string[], count: number, tag: string): string[] {
  mkdirSync(dir, { recursive: true });
  const written: string[] = [];
  for (let i = 0; i < count; i++) {
    const text = `${texts[i % texts.length].trimEnd()}\n\n(附注:故障测试副本 ${tag} ${letters(i)}。Fault-test copy.)\n`;
    writeFileSync(path.join(dir, `report-${String(i).padStart(3, "0")}.txt`), text);
    written.push(text);
  }
  return written;
}
/** a number as letters: a figure in the marker could be read as an indicator value */
export const letters = (n: number) => n.toString(26).replace(/./g, (d) => String.fromCharCode(97 + parseInt(d, 26)));

export interface Consistency {
  reports: number;
  /** reports whose stored values are not exactly as many as extraction gives for their text */
  incomplete: { id: number; stored: number; extracted: number }[];
  orphanValues: number;
  duplicateTexts: number;
  /** jurisdiction-year-kinds without exactly one current edition */
  badCurrent: number;
}

/** reads the database directly: is every report whole, and nothing else there? */
export async function checkConsistency(db: Database): Promise<Consistency> {
  const client = new pg.Client({ connectionString: db.url });
  await client.connect();
  try {
    const reports = await client.query<{ id: number; text: string; kind: string; n: number }>(
      'SELECT r.id, r.text, r.kind, (SELECT count(*)::int FROM "IndicatorValue" v WHERE v."reportId" = r.id) AS n FROM "Report" r',
    );
    const orphans = await client.query<{ n: number }>('SELECT count(*)::int AS n FROM "IndicatorValue" v WHERE NOT EXISTS (SELECT 1 FROM "Report" r WHERE r.id = v."reportId")');
    const dupes = await client.query<{ n: number }>('SELECT count(*)::int AS n FROM (SELECT "textSha256" FROM "Report" GROUP BY 1 HAVING count(*) > 1) d');
    const current = await client.query<{ n: number }>(
      'SELECT count(*)::int AS n FROM (SELECT 1 FROM "Report" GROUP BY "jurisdictionCode", year, kind HAVING count(*) FILTER (WHERE "isCurrent") <> 1) g',
    );
    const incomplete = reports.rows
      .map((r) => ({ id: r.id, stored: r.n, extracted: r.kind === "work_plan" ? 0 : extractReport(r.text).indicators.length }))
      .filter((r) => r.stored !== r.extracted);
    return { reports: reports.rowCount ?? 0, incomplete, orphanValues: orphans.rows[0].n, duplicateTexts: dupes.rows[0].n, badCurrent: current.rows[0].n };
  } finally {
    await client.end();
  }
}
