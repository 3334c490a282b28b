import { stringify } from "csv-stringify/sync";

// Spreadsheet programs run a cell starting with = + - @ as a formula: prefix such text cells.
function guardCell(v: unknown): unknown {
  return typeof v === "string" && /^[=+\-@\t\r]/.test(v) ? `'${v}` : v;
}

// csv-stringify writes true as "1" and false as "": a reader could not tell false from missing
const cast = { boolean: (v: boolean) => (v ? "true" : "false") };

/** The UTF-8 BOM (so Excel shows Chinese) and the header line. */
export function csvHead(columns: string[]): string {
  return "\uFEFF" + stringify([columns]);
}

/** Data lines, formula-like cells defused; pieces of one file can be written one after another. */
export function csvLines(columns: string[], rows: Record<string, unknown>[]): string {
  return stringify(
    rows.map((r) => columns.map((c) => guardCell(r[c]))),
    { cast },
  );
}

/**
 * A last line saying the file is not the whole answer (cut at a limit, or the data changed while
 * it was written): a reader or a program that counts rows sees it, where an HTTP header is lost
 * once the file is saved. It starts with "#", which no key does.
 */
export function csvNote(columns: string[], message: string): string {
  return stringify([[`# ${message}`, ...columns.slice(1).map(() => "")]]);
}

/** CSV with a UTF-8 BOM so Excel shows Chinese, formula-like cells defused. */
export function toCsv(columns: string[], rows: Record<string, unknown>[]): string {
  return csvHead(columns) + csvLines(columns, rows);
}
