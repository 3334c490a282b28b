// Creates a new migration offline: diffs the schema as last committed (git HEAD; nothing when it
// was never committed) against prisma/schema.prisma and writes the SQL as
// prisma/migrations/<timestamp>_<name>/migration.sql.
// Why not diff against a database: introspecting PGlite fails in the wasm engine ("char"
// columns), and the Prisma CLI that would use a real server needs a download. With internet,
// `npx prisma migrate dev --create-only` is the normal way.
import { execFileSync } from "node:child_process";
import { mkdirSync, readFileSync, writeFileSync } from "node:fs";
import path from "node:path";
import { startEmbeddedPostgres } from "./embedded-postgres.mjs";
import { openSchemaEngine } from "./schema-engine.mjs";

const name = (process.argv[2] ?? "").replace(/[^a-z0-9_]/gi, "_");
if (!name) {
  console.error("usage: node scripts/db/create-migration.mjs <name>");
  process.exit(2);
}
const root = path.resolve(import.meta.dirname, "../..");
const schemaPath = path.join(root, "prisma/schema.prisma");
const migrationsDir = path.join(root, "prisma/migrations");

function committedSchema() {
  try {
    return execFileSync("git", ["show", "HEAD:prisma/schema.prisma"], { cwd: root, encoding: "utf8", stdio: "pipe" });
  } catch {
    return null;
  }
}

const previous = committedSchema();
const pg = await startEmbeddedPostgres({ dataDir: "memory://" });
try {
  const { engine, close } = await openSchemaEngine({ url: pg.url });
  const { stdout } = await engine.diff({
    from: previous ? { tag: "schemaDatamodel", files: [{ path: schemaPath, content: previous }] } : { tag: "empty" },
    to: { tag: "schemaDatamodel", files: [{ path: schemaPath, content: readFileSync(schemaPath, "utf8") }] },
    script: true,
    exitCode: null,
    filters: { externalTables: [], externalEnums: [] },
  });
  await close();
  const sql = (stdout ?? "").trim();
  if (!sql || sql.startsWith("-- This is an empty migration")) {
    console.log("the schema has not changed since the last commit: nothing to create");
  } else {
    const stamp = new Date().toISOString().replace(/\D/g, "").slice(0, 14);
    const dir = path.join(migrationsDir, `${stamp}_${name}`);
    mkdirSync(dir, { recursive: true });
    writeFileSync(path.join(dir, "migration.sql"), sql + "\n");
    console.log(`created ${path.relative(root, dir)}/migration.sql`);
  }
} finally {
  await pg.stop();
}
