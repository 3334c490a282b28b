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
    globalForPrisma.prisma = new PrismaClient({ adapter });
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
