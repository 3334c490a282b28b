import { afterAll, beforeEach, inject } from "vitest";
import { disconnectPrisma, getPrisma } from "@/lib/db/client";

/**
 * Points lib/db at the test database and empties it before each test. `poolSize` gives a real
 * server (TEST_DATABASE_URL) that many connections, so transactions truly run at once (locks,
 * deadlocks); the embedded database always gets one.
 */
export function connectTestDatabase(options: { poolSize?: number } = {}) {
  process.env.DATABASE_URL = inject("databaseUrl");
  process.env.DATABASE_POOL_SIZE = String(inject("embeddedDatabase") ? 1 : (options.poolSize ?? 1));
  beforeEach(async () => {
    await getPrisma().$executeRawUnsafe('TRUNCATE "IndicatorValue", "Report", "Jurisdiction", "StoredFile", "ReportDeletion" RESTART IDENTITY CASCADE');
  });
  afterAll(async () => {
    await disconnectPrisma();
  });
  return getPrisma;
}
