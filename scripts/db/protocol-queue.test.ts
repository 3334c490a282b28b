import pg from "pg";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { startEmbeddedPostgres } from "./embedded-postgres.mjs";

// Two processes on the embedded database at once (npm start and npm run ingest): each query's
// protocol messages must reach PGlite together, whatever another connection sends meanwhile.
let db: { url: string; stop: () => Promise<void> };
beforeAll(async () => {
  db = await startEmbeddedPostgres({ dataDir: "memory://" });
}, 60_000);
afterAll(() => db?.stop());

async function connect() {
  const client = new pg.Client({ connectionString: db.url });
  await client.connect();
  return client;
}

describe("the embedded database's socket", () => {
  it("keeps each connection's query whole: large parameters arrive in several reads and another query waits for them", async () => {
    const clients = await Promise.all([connect(), connect()]);
    const big = "x".repeat(300_000);
    const failures: string[] = [];
    // different parameter counts: a Bind meeting the other query's Parse fails loudly
    const run = async (client: pg.Client, n: number) => {
      for (let i = 0; i < 30; i++) {
        const params = Array.from({ length: n }, (_, k) => k + i);
        const sql = `SELECT length($1::text) + ${params.map((_, k) => `$${k + 2}::int`).join(" + ")} AS s`;
        try {
          const { rows } = await client.query(sql, [big, ...params]);
          if (rows[0].s !== big.length + params.reduce((a, b) => a + b, 0)) failures.push(`wrong sum ${rows[0].s}`);
        } catch (e) {
          failures.push((e as Error).message);
        }
      }
    };
    await Promise.all([run(clients[0], 2), run(clients[1], 3)]);
    await Promise.all(clients.map((c) => c.end()));
    expect(failures).toEqual([]);
  }, 60_000);

  it("serves another connection only after a transaction ends, and rolls back one whose connection went away", async () => {
    const [a, b] = await Promise.all([connect(), connect()]);
    await a.query("CREATE TABLE t (n int)");
    await a.query("BEGIN");
    await a.query("INSERT INTO t VALUES (1)");
    let seen: number | null = null;
    const read = b.query("SELECT count(*)::int AS n FROM t").then((r) => (seen = r.rows[0].n));
    await a.query("INSERT INTO t VALUES (2)");
    expect(seen).toBeNull();
    await a.query("COMMIT");
    await read;
    expect(seen).toBe(2);

    const c = await connect();
    await c.query("BEGIN");
    await c.query("INSERT INTO t VALUES (3)");
    await c.end();
    expect((await b.query("SELECT count(*)::int AS n FROM t")).rows[0].n).toBe(2);
    await Promise.all([a.end(), b.end()]);
  }, 60_000);
});
