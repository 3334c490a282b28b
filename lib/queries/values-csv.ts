import { csvHead, csvLines, csvNote, toCsv } from "../csv";
import { getPrisma } from "../db/client";
import { cachedQuery, getDataVersion } from "./cached-query";
import { describeValue } from "../csv/values-columns";
import { VALUES_ORDER, countValues, readValues, readValuesById, valuesWhere, type ValueRow, type ValuesFilter } from "./list-values";

/** Up to this many rows an export is formatted once per data version and kept; larger ones are streamed. */
export const KEPT_CSV_ROWS = 100_000;
/** Rows read and written per step of a streamed export. */
const PAGE_ROWS = 5_000;

export interface ValuesCsv {
  /** rows that match the filters */
  total: number;
  /** data rows the file holds: all of them unless a `limit` cut it (the file then ends with a note saying so) */
  rows: number;
  /** the whole file (cached), or a stream for an export too large to keep */
  body: string | ReadableStream<Uint8Array>;
}

const changedNote = "不完整:导出期间数据有变动,请重新下载。Incomplete: the data changed while this file was written; download it again.";

/** Rows with the columns in words beside the machine ones: the reports' titles and addresses in one query. */
async function forPeople(rows: ValueRow[]): Promise<Record<string, unknown>[]> {
  const reports = await getPrisma().report.findMany({
    where: { id: { in: [...new Set(rows.map((r) => r.reportId))] } },
    select: { id: true, title: true, sourceUrl: true },
  });
  const byId = new Map(reports.map((r) => [r.id, r]));
  return rows.map((r) => ({ ...r, ...describeValue(r, byId.get(r.reportId)) }));
}

/** The note for a file cut at the limit asked for, or null when it holds every row. */
function cutAt(limit: number | undefined, written: number, total: number): string | null {
  return limit !== undefined && written >= limit && total > written
    ? `不完整:共 ${total} 行,按 limit 只导出前 ${written} 行。Incomplete: ${written} of ${total} rows (limit); leave out limit for all.`
    : null;
}

/** A small export, formatted once per data version (its callers share it: see cached-query.ts). */
const keptCsv = cachedQuery(
  async (q: ValuesFilter, limit: number | undefined, columns: string[]) => {
    const [rows, total] = await Promise.all([readValues(q, limit), countValues(q)]);
    const note = cutAt(limit, rows.length, total);
    return toCsv(columns, await forPeople(rows)) + (note ? csvNote(columns, note) : "");
  },
  { maxEntries: 16 },
);

/**
 * A large export, written page by page as the client reads it, so no copy of it is held in
 * memory. The rows are fixed when it starts (their ids, in order); when the data changed before
 * the last page was written (a row removed or edited meanwhile), the file ends with a note
 * saying so rather than passing for a consistent copy. Pages are short queries: a slow reader
 * holds no transaction open.
 */
function streamCsv(q: ValuesFilter, limit: number | undefined, columns: string[]): ReadableStream<Uint8Array> {
  const encoder = new TextEncoder();
  let ids: number[] | null = null;
  let version: bigint | null = null;
  let next = 0;
  let lost = false;
  return new ReadableStream<Uint8Array>({
    async pull(controller) {
      if (ids === null) {
        version = await getDataVersion();
        const found = await getPrisma().indicatorValue.findMany({ where: valuesWhere(q), orderBy: VALUES_ORDER, take: limit, select: { id: true } });
        ids = found.map((r) => r.id);
        controller.enqueue(encoder.encode(csvHead(columns)));
        return;
      }
      if (next < ids.length) {
        const page = ids.slice(next, next + PAGE_ROWS);
        next += page.length;
        const rows = await readValuesById(page);
        lost ||= rows.length < page.length;
        controller.enqueue(encoder.encode(csvLines(columns, await forPeople(rows))));
        return;
      }
      const changed = lost || version === null || (await getDataVersion()) !== version;
      const note = changed ? changedNote : cutAt(limit, ids.length, await countValues(q));
      if (note) controller.enqueue(encoder.encode(csvNote(columns, note)));
      controller.close();
    },
  });
}

/**
 * The CSV export of the values the pages show: every matching row, or the first `limit` with a
 * last line saying the file is cut. Nothing is left out silently (a fixed 10,000-row cap once
 * dropped whole provinces from national exports).
 */
export async function getValuesCsv(q: ValuesFilter & { limit?: number }, columns: string[], keptRows = KEPT_CSV_ROWS): Promise<ValuesCsv> {
  const { limit, ...filter } = q;
  const total = await countValues(filter);
  const rows = Math.min(total, limit ?? total);
  const body = rows <= keptRows ? await keptCsv(filter, limit, columns) : streamCsv(filter, limit, columns);
  return { total, rows, body };
}
