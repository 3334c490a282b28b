import { AppError } from "../errors/app-error";

/** PostgreSQL's `integer`, the type of every id column: a larger number cannot name a row. */
export const MAX_ID = 2_147_483_647;

/**
 * A row id as it appears in a path (`/api/values/17`, `/reports/17`): plain decimal digits without
 * a sign, leading zero, exponent or hex prefix, within the id column's range. Anything else names
 * no row, so it is null (answered 404) rather than coerced: `Number("0x10")` is 16 and
 * `Number("1e3")` is 1000, which once let `/api/values/0x10` edit value 16.
 */
export function parseId(raw: string | undefined | null): number | null {
  if (!raw || !/^[1-9][0-9]{0,9}$/.test(raw)) return null;
  const id = Number(raw);
  return id <= MAX_ID ? id : null;
}

const NO_SUCH = {
  report: "没有这份报告。No such report.",
  value: "没有这个数值。No such value.",
} as const;

/** The id in an API path, or a 404 that says what there is no such one of. */
export function idFromPath(raw: string, what: keyof typeof NO_SUCH): number {
  const id = parseId(raw);
  if (id === null) throw new AppError("not_found", NO_SUCH[what]);
  return id;
}
