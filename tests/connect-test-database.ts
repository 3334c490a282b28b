import { afterAll, beforeEach, inject } from "vitest";
import { disconnectPrisma, getPrisma } from "@/lib/db/client";

/** Points lib/db at the test database and empties it before each test. */
export function connectTestDatabase() {
  process.env.DATABASE_URL = inject("databaseUrl");
  process.env.DATABASE_POOL_SIZE = "1";
  beforeEach(async () => {
    await getPrisma().$executeRawUnsafe('TRUNCATE "IndicatorValue", "Report", "Jurisdiction" RESTART IDENTITY CASCADE');
  });
  afterAll(async () => {
    await disconnectPrisma();
  });
  return getPrisma;
}
