// The import's floor: PostgreSQL's own COPY of the rows the importer wrote, into empty copies of
// the tables with the same indexes. Only the COPY FROM is timed.
import { Readable } from "node:stream";
import { pipeline } from "node:stream/promises";
import pg from "pg";
import { from as copyFrom, to as copyTo } from "pg-copy-streams";

async function copyOut(client: pg.Client, table: string): Promise<Buffer[]> {
  const chunks: Buffer[] = [];
  const stream = client.query(copyTo(`COPY "${table}" TO STDOUT`));
  for await (const chunk of stream) chunks.push(chunk as Buffer);
  return chunks;
}

/** Milliseconds PostgreSQL takes to COPY the Report and IndicatorValue rows into fresh tables. */
export async function copyFloorMs(url: string): Promise<number> {
  const client = new pg.Client({ connectionString: url });
  await client.connect();
  try {
    let total = 0;
    for (const table of ["Report", "IndicatorValue"]) {
      const data = await copyOut(client, table);
      const copy = `bench_copy_${table}`;
      await client.query(`DROP TABLE IF EXISTS "${copy}"; CREATE TABLE "${copy}" (LIKE "${table}" INCLUDING ALL)`);
      const started = performance.now();
      await pipeline(Readable.from(data), client.query(copyFrom(`COPY "${copy}" FROM STDIN`)));
      total += performance.now() - started;
      await client.query(`DROP TABLE "${copy}"`);
    }
    return total;
  } finally {
    await client.end();
  }
}
