import { AppError } from "../errors/app-error";

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

/** PostgreSQL refuses NUL in text (22021, 22P05 in jsonb) and numbers beyond its types (22003, Prisma P2020). */
const UNSTORABLE_TEXT = /\b22021\b|\b22P05\b|invalid byte sequence for encoding|unsupported Unicode escape sequence/i;
const OUT_OF_RANGE = /\bP2020\b|\b22003\b|out of range for type/i;

/**
 * A database failure as the AppError to answer, or null for a bug (a 500). Input that should
 * have been refused at the edge (a NUL character, a number beyond double precision) still gets a
 * 4xx when some path lets it through.
 */
export function databaseFailure(e: unknown): AppError | null {
  if (isDatabaseBusy(e)) return new AppError("service_unavailable", "服务器繁忙,请稍后再试。The server is busy; try again shortly.");
  if (isDatabaseUnavailable(e)) return new AppError("service_unavailable", "数据库暂时不可用,请稍后再试。The database is unavailable; try again shortly.");
  const what = `${(e as { code?: unknown } | null)?.code ?? ""} ${describe(e)}`;
  if (UNSTORABLE_TEXT.test(what)) return new AppError("bad_request", "内容含有无法保存的字符(NUL)。The input contains a character that cannot be stored (NUL).");
  if (OUT_OF_RANGE.test(what)) return new AppError("bad_request", "数值超出可保存的范围。A number is out of the range that can be stored.");
  return null;
}
