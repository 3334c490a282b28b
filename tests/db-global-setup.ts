import path from "node:path";
import type { TestProject } from "vitest/node";
import { startEmbeddedPostgres } from "../scripts/db/embedded-postgres.mjs";
import { applyMigrations } from "../scripts/db/schema-engine.mjs";

declare module "vitest" {
  export interface ProvidedContext {
    databaseUrl: string;
    /** the embedded database (one session: a pool of more than one connection would mix statements) */
    embeddedDatabase: boolean;
  }
}

/**
 * A migrated database for the db tests: a throw-away in-memory PGlite, or the server in
 * TEST_DATABASE_URL (which must be on this machine: the tests empty its tables).
 */
export default async function setup(project: TestProject) {
  let url = process.env.TEST_DATABASE_URL;
  let stop = async () => {};
  if (url) {
    const host = new URL(url).hostname;
    if (!["localhost", "127.0.0.1", "::1", "[::1]"].includes(host)) {
      throw new Error(`TEST_DATABASE_URL must point at this machine (got ${host}): the tests delete its data.`);
    }
  } else {
    const pg = await startEmbeddedPostgres({ dataDir: "memory://" });
    url = pg.url;
    stop = () => pg.stop();
  }
  await applyMigrations({ url, migrationsDir: path.resolve(__dirname, "../prisma/migrations") });
  project.provide("databaseUrl", url);
  project.provide("embeddedDatabase", !process.env.TEST_DATABASE_URL);
  return stop;
}
