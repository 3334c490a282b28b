import { PrismaPg } from "@prisma/adapter-pg";
import { PrismaClient } from "./generated/client";

// One client per process, created on first use: `next build` imports route modules without a
// DATABASE_URL, and dev-mode hot reload would otherwise open a new pool on every change.
const globalForPrisma = globalThis as unknown as { prisma?: PrismaClient };

export function getPrisma(): PrismaClient {
  if (!globalForPrisma.prisma) {
    const connectionString = process.env.DATABASE_URL;
    if (!connectionString) {
      throw new Error("DATABASE_URL is not set: start the app through `npm start` (scripts/with-db.mjs) or set it.");
    }
    const adapter = new PrismaPg({ connectionString, max: Number(process.env.DATABASE_POOL_SIZE ?? 5) });
    // The embedded database has one connection: a burst of uploads queues for it, each report's
    // transaction waiting its turn. Prisma's default 2 s wait turned such a queue into 500s; wait
    // longer, and let a transaction run longer than the default 5 s on a loaded machine.
    globalForPrisma.prisma = new PrismaClient({ adapter, transactionOptions: { maxWait: 30_000, timeout: 60_000 } });
  }
  return globalForPrisma.prisma;
}

export async function disconnectPrisma(): Promise<void> {
  await globalForPrisma.prisma?.$disconnect();
  globalForPrisma.prisma = undefined;
}

export type { PrismaClient };
export { Prisma } from "./generated/client";
export type { JurisdictionLevel, ReportKind, Scope } from "./generated/enums";
