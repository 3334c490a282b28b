import { getPrisma, type Prisma } from "../db/client";
import { isDatabaseUnavailable } from "../db/database-errors";
import { settleCurrent } from "./current-values";
import { lockEditions } from "./lock-editions";
import { jurisdictionChain, reportRow, valueRows } from "./report-rows";
import { saveReport, type SaveReportInput, type SavedReport } from "./save-report";

export type BatchOutcome = SavedReport | { error: Error };

/** A batch of a few hundred reports can take seconds on a busy embedded database. */
const TRANSACTION_TIMEOUT_MS = 120_000;

/**
 * Stores many reports in one transaction: the bulk importer's path, with the same rules as
 * saveReport (dedupe by text hash, jurisdiction chain, the newest edition of a jurisdiction-year-
 * kind is the current one, later in the list is newer; one figure per key of a year). Each table
 * gets one INSERT … SELECT FROM unnest(arrays): a handful of statements per batch whatever its size (Prisma's createMany was 5×
 * slower here, binding 14 parameters per row). The transaction is all or nothing; when it fails,
 * each report is saved on its own, so one bad report fails alone and the others are stored.
 * Returns one outcome per input, in order.
 */
export async function saveReportBatch(inputs: SaveReportInput[]): Promise<BatchOutcome[]> {
  if (inputs.length === 0) return [];
  try {
    return await writeBatch(inputs);
  } catch (e) {
    // a database that went away is no fault of these reports: stop the run (a re-run resumes)
    // instead of listing every remaining file as failed
    if (isDatabaseUnavailable(e)) throw e;
    const outcomes: BatchOutcome[] = [];
    for (const input of inputs) {
      outcomes.push(
        await saveReport(input).catch((e: unknown) => {
          if (isDatabaseUnavailable(e)) throw e;
          return { error: e instanceof Error ? e : new Error(String(e)) };
        }),
      );
    }
    return outcomes;
  }
}

async function writeBatch(inputs: SaveReportInput[]): Promise<BatchOutcome[]> {
  return getPrisma().$transaction(
    async (tx) => {
      const places = inputs.map((i) => ({ code: i.facts.jurisdiction.code, year: i.facts.year }));
      await lockEditions(tx, places);
      const hashes = [...new Set(inputs.map((i) => i.textSha256))];
      const stored = await tx.report.findMany({ where: { textSha256: { in: hashes } }, select: { id: true, textSha256: true } });
      const idByHash = new Map(stored.map((r) => [r.textSha256, r.id]));

      // the same text twice in one batch is one report: the first copy is written
      const fresh: SaveReportInput[] = [];
      const seen = new Set(idByHash.keys());
      for (const input of inputs) {
        if (seen.has(input.textSha256)) continue;
        seen.add(input.textSha256);
        fresh.push(input);
      }

      if (fresh.length > 0) {
        await insertJurisdictions(tx, fresh);
        // later in the list is newer; which edition and which figure are current is settled below
        const created = await insertReports(tx, fresh);
        for (const r of created) idByHash.set(r.textSha256, r.id);
        await insertValues(tx, fresh.flatMap((input) => valueRows(input, idByHash.get(input.textSha256)!)));
        await settleCurrent(tx, places);
      }

      const createdHashes = new Set(fresh.map((i) => i.textSha256));
      const reported = new Set<string>();
      return inputs.map((input) => {
        const created = createdHashes.has(input.textSha256) && !reported.has(input.textSha256);
        reported.add(input.textSha256);
        return { id: idByHash.get(input.textSha256)!, created };
      });
    },
    { timeout: TRANSACTION_TIMEOUT_MS, maxWait: TRANSACTION_TIMEOUT_MS },
  );
}

/** Every place of the batch with its ancestors. One statement: PostgreSQL checks the parent keys at its end. */
async function insertJurisdictions(tx: Prisma.TransactionClient, inputs: SaveReportInput[]) {
  const places = new Map<string, Prisma.JurisdictionCreateManyInput>();
  for (const node of inputs.flatMap(jurisdictionChain)) places.set(node.code, node);
  const rows = [...places.values()];
  await tx.$executeRaw`
    INSERT INTO "Jurisdiction" (code, name, level, "parentCode")
    SELECT code, name, level::"JurisdictionLevel", parent
    FROM unnest(${rows.map((r) => r.code)}::text[], ${rows.map((r) => r.name)}::text[], ${rows.map((r) => r.level)}::text[],
                ${rows.map((r) => r.parentCode ?? null)}::text[]) AS j(code, name, level, parent)
    ON CONFLICT (code) DO NOTHING`;
}

async function insertReports(tx: Prisma.TransactionClient, inputs: SaveReportInput[]): Promise<{ id: number; textSha256: string }[]> {
  // distinct upload times in list order, so "the newest edition" stays well defined after a delete
  const base = Date.now();
  const rows = inputs.map((input, i) => reportRow(input, new Date(base + i)));
  const col = <T>(f: (r: (typeof rows)[number]) => T) => rows.map(f);
  return tx.$queryRaw<{ id: number; textSha256: string }[]>`
    INSERT INTO "Report" ("jurisdictionCode", year, kind, title, "publishedOn", "sourceUrl", "fileName", "fileType", text,
                          "textSha256", "extractorVersion", warnings, "uploadedAt", "uploadedBy", "byDepartment", "reviewedAt", "reviewedBy")
    SELECT code, year, kind::"ReportKind", title, published::date, source, file, type, text, sha, version, warnings::jsonb,
           uploaded::timestamp, by, department, reviewed_at::timestamp, reviewed_by
    FROM unnest(${col((r) => r.jurisdictionCode)}::text[], ${col((r) => r.year)}::int[], ${col((r) => r.kind)}::text[],
                ${col((r) => r.title ?? null)}::text[], ${col((r) => (r.publishedOn instanceof Date ? r.publishedOn.toISOString().slice(0, 10) : null))}::text[],
                ${col((r) => r.sourceUrl ?? null)}::text[], ${col((r) => r.fileName ?? null)}::text[], ${col((r) => r.fileType ?? null)}::text[],
                ${col((r) => r.text)}::text[], ${col((r) => r.textSha256)}::text[], ${col((r) => r.extractorVersion)}::text[],
                ${col((r) => JSON.stringify(r.warnings ?? []))}::text[], ${col((r) => (r.uploadedAt as Date).toISOString())}::text[],
                ${col((r) => r.uploadedBy ?? null)}::text[], ${col((r) => r.byDepartment ?? false)}::boolean[],
                ${col((r) => (r.reviewedAt instanceof Date ? r.reviewedAt.toISOString() : null))}::text[], ${col((r) => r.reviewedBy ?? null)}::text[])
      AS r(code, year, kind, title, published, source, file, type, text, sha, version, warnings, uploaded, by, department, reviewed_at, reviewed_by)
    RETURNING id, "textSha256"`;
}

async function insertValues(tx: Prisma.TransactionClient, rows: Prisma.IndicatorValueCreateManyInput[]) {
  if (rows.length === 0) return;
  const col = <T>(f: (r: Prisma.IndicatorValueCreateManyInput) => T) => rows.map(f);
  await tx.$executeRaw`
    INSERT INTO "IndicatorValue" ("reportId", "jurisdictionCode", year, key, scope, value, unit, approx, derived, evidence,
                                  "evidenceStart", "evidenceEnd", warnings, "isCurrent", "reviewedAt", "reviewedBy")
    SELECT report, code, year, key, scope::"Scope", value, unit, approx, derived, evidence, ev_start, ev_end, warnings::jsonb, current,
           reviewed_at::timestamp, reviewed_by
    FROM unnest(${col((r) => r.reportId)}::int[], ${col((r) => r.jurisdictionCode)}::text[], ${col((r) => r.year)}::int[],
                ${col((r) => r.key)}::text[], ${col((r) => r.scope)}::text[], ${col((r) => r.value)}::float8[], ${col((r) => r.unit)}::text[],
                ${col((r) => r.approx ?? false)}::boolean[], ${col((r) => r.derived ?? false)}::boolean[], ${col((r) => r.evidence)}::text[],
                ${col((r) => r.evidenceStart)}::int[], ${col((r) => r.evidenceEnd)}::int[], ${col((r) => JSON.stringify(r.warnings ?? []))}::text[],
                ${col((r) => r.isCurrent ?? true)}::boolean[], ${col((r) => (r.reviewedAt instanceof Date ? r.reviewedAt.toISOString() : null))}::text[],
                ${col((r) => r.reviewedBy ?? null)}::text[])
      AS v(report, code, year, key, scope, value, unit, approx, derived, evidence, ev_start, ev_end, warnings, current, reviewed_at, reviewed_by)`;
}
