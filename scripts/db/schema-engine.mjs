// Prisma's schema engine as WebAssembly, driven through the pg driver adapter.
// Why: the Prisma 7 CLI needs a native engine it downloads at start, which fails offline; the
// wasm build applies prisma/migrations exactly like `prisma migrate deploy` (same
// _prisma_migrations table and checksums) on any machine that has the npm registry.
import { readFileSync, readdirSync, existsSync } from "node:fs";
import { createRequire } from "node:module";
import path from "node:path";
import { PrismaPg } from "@prisma/adapter-pg";
import pg from "pg";
import { bindMigrationAwareSqlAdapterFactory } from "@prisma/driver-adapter-utils";

const require = createRequire(import.meta.url);

async function loadWasmModule() {
  const pkgDir = path.dirname(require.resolve("@prisma/schema-engine-wasm/schema_engine_bg"));
  // Node 20 cannot `import` a .wasm entry: instantiate it by hand with the package's glue.
  const glue = await import(path.join(pkgDir, "schema_engine_bg.js"));
  const bytes = readFileSync(path.join(pkgDir, "schema_engine_bg.wasm"));
  const compiled = await WebAssembly.compile(bytes);
  const imports = { "./schema_engine_bg.js": glue };
  const instance = await WebAssembly.instantiate(compiled, imports);
  glue.__wbg_set_wasm(instance.exports);
  instance.exports.__wbindgen_start?.();
  return glue;
}

// The pg adapter's executeScript splits a migration at every ";", which cuts the body of a
// PL/pgSQL function (trigger functions in prisma/migrations) in pieces. Send the script as one
// simple query instead, like `prisma migrate deploy`: PostgreSQL splits it, in one transaction.
class WholeScriptPg extends PrismaPg {
  async connect() {
    const adapter = await super.connect();
    adapter.executeScript = async function (script) {
      try {
        await this.client.query(script);
      } catch (error) {
        this.onError(error);
      }
    };
    return adapter;
  }
}

let gluePromise;

/** @param {{ url: string, schemaPath?: string }} options */
export async function openSchemaEngine({ url, schemaPath }) {
  gluePromise ??= loadWasmModule();
  const glue = await gluePromise;
  // Our own pool, so closing the engine closes its connections and the process can exit.
  const pool = new pg.Pool({ connectionString: url, max: 1 });
  const adapter = bindMigrationAwareSqlAdapterFactory(new WholeScriptPg(pool));
  const datamodels = schemaPath ? [[schemaPath, readFileSync(schemaPath, "utf8")]] : undefined;
  const log = () => {};
  const engine = await glue.SchemaEngine.new({ datamodels }, log, adapter);
  return {
    engine,
    async close() {
      engine.free();
      await pool.end();
    },
  };
}

export function readMigrations(migrationsDir) {
  const lockPath = path.join(migrationsDir, "migration_lock.toml");
  const migrationDirectories = readdirSync(migrationsDir, { withFileTypes: true })
    .filter((d) => d.isDirectory())
    .map((d) => d.name)
    .sort()
    .map((name) => {
      const file = path.join(migrationsDir, name, "migration.sql");
      return {
        path: name,
        migrationFile: {
          path: "migration.sql",
          content: existsSync(file)
            ? { tag: "ok", value: readFileSync(file, "utf8") }
            : { tag: "error", value: `missing ${file}` },
        },
      };
    });
  return {
    baseDir: migrationsDir,
    lockfile: { path: "migration_lock.toml", content: existsSync(lockPath) ? readFileSync(lockPath, "utf8") : null },
    shadowDbInitScript: "",
    migrationDirectories,
  };
}

/**
 * Applies every migration not yet applied; returns their names. Idempotent.
 * @param {{ url: string, migrationsDir: string }} options
 * @returns {Promise<string[]>}
 */
export async function applyMigrations({ url, migrationsDir }) {
  const { engine, close } = await openSchemaEngine({ url });
  try {
    const out = await engine.applyMigrations({
      migrationsList: readMigrations(migrationsDir),
      filters: { externalTables: [], externalEnums: [] },
    });
    return out.appliedMigrationNames;
  } finally {
    await close();
  }
}
