// Failures that mean "the database is not there right now", as Prisma, its pg adapter and pg
// report them: refused or dropped connections, a server shutting down or starting up. They are
// worth a 503 and a retry (the app reconnects by itself), not a 500.
const UNAVAILABLE =
  /ECONNREFUSED|ECONNRESET|ETIMEDOUT|Can't reach database|P1001|P1017|DatabaseNotReachable|ConnectionClosed|SocketTimeout|connection terminated|terminating connection|57P0[123]|database system is (starting up|shutting down)/i;

/** the error's own words plus those of what it wraps (Prisma keeps the driver's error in meta) */
function describe(e: unknown, depth = 0): string {
  if (!e || typeof e !== "object" || depth > 4) return "";
  const err = e as { name?: string; message?: string; code?: unknown; kind?: unknown; cause?: unknown; meta?: { driverAdapterError?: unknown } };
  const own = [err.name, err.message, err.code, err.kind].filter((x) => typeof x === "string").join(" ");
  return `${own} ${describe(err.meta?.driverAdapterError, depth + 1)} ${describe(err.cause, depth + 1)}`;
}

export function isDatabaseUnavailable(e: unknown): boolean {
  return UNAVAILABLE.test(describe(e));
}

/**
 * Too much at once, worth a retry: a transaction waited too long for a connection (P2028), or
 * PostgreSQL broke a deadlock (40P01) or a serialisation conflict (40001) by aborting this one.
 */
export function isDatabaseBusy(e: unknown): boolean {
  return (e as { code?: string } | null)?.code === "P2028" || /\b40P01\b|\b40001\b|TransactionWriteConflict|deadlock detected/i.test(describe(e));
}
