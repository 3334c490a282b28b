import { getPrisma } from "../db/client";
import type { JurisdictionLevel, ReportKind, Scope } from "../db/client";

export interface ReportValue {
  id: number;
  key: string;
  scope: Scope;
  value: number;
  unit: string;
  approx: boolean;
  derived: boolean;
  evidence: string;
  evidenceStart: number;
  evidenceEnd: number;
}

export interface ReportView {
  id: number;
  year: number;
  kind: ReportKind;
  title: string | null;
  text: string;
  sourceUrl: string | null;
  fileName: string | null;
  uploadedAt: string;
  uploadedBy: string | null;
  isCurrent: boolean;
  extractorVersion: string;
  warnings: { code: string; message: string; keys: string[] }[];
  jurisdiction: { code: string; name: string; level: JurisdictionLevel; parents: { code: string; name: string }[] };
  values: ReportValue[];
}

export async function getReport(id: number): Promise<ReportView | null> {
  if (!Number.isSafeInteger(id) || id <= 0) return null;
  const r = await getPrisma().report.findUnique({
    where: { id },
    select: {
      id: true, year: true, kind: true, title: true, text: true, sourceUrl: true, fileName: true,
      uploadedAt: true, uploadedBy: true, isCurrent: true, extractorVersion: true, warnings: true,
      jurisdiction: {
        select: { code: true, name: true, level: true, parent: { select: { code: true, name: true, parent: { select: { code: true, name: true } } } } },
      },
      values: {
        select: {
          id: true, key: true, scope: true, value: true, unit: true, approx: true, derived: true,
          evidence: true, evidenceStart: true, evidenceEnd: true,
        },
        // values of one sentence share evidenceStart; without the id, an edited row moved in that order
        orderBy: [{ evidenceStart: "asc" }, { id: "asc" }],
      },
    },
  });
  if (!r) return null;
  const { parent, ...jurisdiction } = r.jurisdiction;
  const parents = [parent, parent?.parent].filter((p): p is { code: string; name: string } => Boolean(p)).map(({ code, name }) => ({ code, name }));
  return {
    ...r,
    jurisdiction: { ...jurisdiction, parents },
    uploadedAt: r.uploadedAt.toISOString(),
    warnings: (r.warnings ?? []) as ReportView["warnings"],
  };
}
