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

/**
 * Milliseconds PostgreSQL takes to COPY the Report and IndicatorValue rows into fresh tables.
 * A server gets them over the wire (COPY FROM STDIN); the embedded database's socket does not
 * speak the COPY sub-protocol, so there the rows go through a file in its own file system.
 */
export async function copyFloorMs(url: string, embedded: boolean): Promise<number> {
  const client = new pg.Client({ connectionString: url });
  client.on("error", () => {}); // a failed COPY ends the connection: reported by the query, not thrown twice
  await client.connect();
  try {
    let total = 0;
    for (const table of ["Report", "IndicatorValue"]) {
      const copy = `bench_copy_${table}`;
      const file = `/tmp/${copy}.copy`;
      const data = embedded ? null : await copyOut(client, table);
      if (embedded) await client.query(`COPY "${table}" TO '${file}'`);
      await client.query(`DROP TABLE IF EXISTS "${copy}"; CREATE TABLE "${copy}" (LIKE "${table}" INCLUDING ALL)`);
      const started = performance.now();
      if (data) await pipeline(Readable.from(data), client.query(copyFrom(`COPY "${copy}" FROM STDIN`)));
      else await client.query(`COPY "${copy}" FROM '${file}'`);
      total += performance.now() - started;
      await client.query(`DROP TABLE "${copy}"`);
    }
    return total;
  } finally {
    await client.end();
  }
}
