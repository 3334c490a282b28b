import { readdirSync } from "node:fs";
import path from "node:path";
import pg from "pg";
import { describe, expect, it } from "vitest";
import { startEmbeddedPostgres } from "../scripts/db/embedded-postgres.mjs";
import { applyMigrations } from "../scripts/db/schema-engine.mjs";

const migrationsDir = path.resolve(__dirname, "../prisma/migrations");
const migrationNames = readdirSync(migrationsDir, { withFileTypes: true })
  .filter((d) => d.isDirectory())
  .map((d) => d.name)
  .sort();

describe("migrations", () => {
  it("apply to an empty database, then do nothing on an already-migrated one", async () => {
    const db = await startEmbeddedPostgres({ dataDir: "memory://" });
    try {
      expect(await applyMigrations({ url: db.url, migrationsDir })).toEqual(migrationNames);
      expect(await applyMigrations({ url: db.url, migrationsDir })).toEqual([]);

      const client = new pg.Client({ connectionString: db.url });
      await client.connect();
      const tables = await client.query(
        "SELECT table_name FROM information_schema.tables WHERE table_schema = 'public' ORDER BY table_name",
      );
      const applied = await client.query('SELECT migration_name FROM "_prisma_migrations" WHERE finished_at IS NOT NULL');
      await client.end();
      expect(tables.rows.map((r) => r.table_name)).toEqual(
        expect.arrayContaining(["IndicatorValue", "Jurisdiction", "Report", "_prisma_migrations"]),
      );
      expect(applied.rows.map((r) => r.migration_name).sort()).toEqual(migrationNames);
    } finally {
      await db.stop();
    }
  });
});
