import { stringify } from "csv-stringify/sync";

// Spreadsheet programs run a cell starting with = + - @ as a formula: prefix such text cells.
function guardCell(v: unknown): unknown {
  return typeof v === "string" && /^[=+\-@\t\r]/.test(v) ? `'${v}` : v;
}

/** CSV with a UTF-8 BOM so Excel shows Chinese, formula-like cells defused. */
export function toCsv(columns: string[], rows: Record<string, unknown>[]): string {
  const body = stringify(rows.map((r) => columns.map((c) => guardCell(r[c]))), { header: true, columns });
  return "\uFEFF" + body;
}
