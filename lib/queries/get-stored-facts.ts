import { getPrisma } from "../db/client";
import type { ExtractionWarning, ReportFacts, ResolvedJurisdiction } from "../extract/types";

const place = { code: true, name: true, level: true } as const;

/**
 * A stored report described as the extractor describes a new one (ReportFacts): what an upload
 * of a text already stored answers with. It is what the database holds, which may differ from a
 * fresh extraction of the same text with this request's overrides: the year or kind a person
 * corrected, the values corrected or removed since, none shown while the report is a plan.
 */
export async function getStoredFacts(where: { id: number } | { textSha256: string }): Promise<{ id: number; facts: ReportFacts } | null> {
  const r = await getPrisma().report.findUnique({
    where: "id" in where ? { id: where.id } : { textSha256: where.textSha256 },
    select: {
      id: true, year: true, kind: true, title: true, publishedOn: true, warnings: true, extractorVersion: true, byDepartment: true,
      jurisdiction: { select: { ...place, parent: { select: { ...place, parent: { select: place } } } } },
      values: {
        select: { key: true, value: true, unit: true, scope: true, approx: true, derived: true, evidence: true, evidenceStart: true, evidenceEnd: true },
        orderBy: { evidenceStart: "asc" },
      },
    },
  });
  if (!r) return null;
  const { parent, ...j } = r.jurisdiction;
  const parents = [parent, parent?.parent].flatMap((p) => (p ? [{ code: p.code, name: p.name, level: p.level }] : []));
  const jurisdiction: ResolvedJurisdiction = { name: j.name, officialName: j.name, level: j.level, code: j.code, parents };
  return {
    id: r.id,
    facts: {
      jurisdiction,
      year: r.year,
      kind: r.kind,
      title: r.title,
      publishedOn: r.publishedOn ? r.publishedOn.toISOString().slice(0, 10) : null,
      byDepartment: r.byDepartment,
      indicators:
        r.kind === "work_plan"
          ? []
          : r.values.map(({ evidenceStart, evidenceEnd, ...v }) => ({ ...v, start: evidenceStart, end: evidenceEnd })),
      warnings: (r.warnings ?? []) as unknown as ExtractionWarning[],
      extractorVersion: r.extractorVersion,
    },
  };
}
