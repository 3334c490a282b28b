import { getPrisma } from "../db/client";
import type { JurisdictionLevel, ReportKind, Scope } from "../db/client";

/** One correction of a value: from, to, who, when. */
export interface ValueChange {
  from: number;
  to: number;
  by: string;
  at: string;
}

/**
 * One change a person made to the report: its year, kind or place ("jurisdiction", codes), the
 * reviewed mark, or one of its values added, removed, given another scope or evidence ("start-end").
 */
export interface ReportChange {
  field: "year" | "kind" | "jurisdiction" | "reviewed" | "value_added" | "value_removed" | "scope" | "evidence";
  from: string;
  to: string;
  by: string;
  at: string;
  /** for a change to one value */
  valueId?: number;
  key?: string;
  scope?: Scope;
}

/** Where a figure came from: kept by the extractor, or put there by a person (lib/reports/added-values.ts). */
export type ValueOrigin = "extracted" | "turned_down" | "conflict" | "selection";

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
  origin: ValueOrigin;
  /** for a turned-down figure a person accepted: the rule's reason code */
  originReason: string | null;
  /** the figure before its first correction; null while never corrected */
  originalValue: number | null;
  /** read from OCR text: a character may be misread */
  ocr: boolean;
  /** false for an OCR value no person has checked yet */
  reviewed: boolean;
  /** every correction, oldest first; empty when the value is as extracted */
  history: ValueChange[];
  /** set when a person confirmed the figure (reviewedBy "hand label": the project's hand labels) */
  reviewedAt: string | null;
  reviewedBy: string | null;
}

export interface ReportView {
  id: number;
  year: number;
  kind: ReportKind;
  title: string | null;
  text: string;
  /** yyyy-mm-dd, when the text states it */
  publishedOn: string | null;
  sourceUrl: string | null;
  fileName: string | null;
  /** the file as it was uploaded or fetched, downloadable at `url`; none for pasted text */
  original: { url: string; size: number; mediaType: string } | null;
  /** the text was read by OCR from a scan */
  ocr: boolean;
  uploadedAt: string;
  uploadedBy: string | null;
  isCurrent: boolean;
  byDepartment: boolean;
  /** who saved the report's review, and when; null until a person has */
  reviewedAt: string | null;
  reviewedBy: string | null;
  extractorVersion: string;
  warnings: ReportWarning[];
  jurisdiction: { code: string; name: string; level: JurisdictionLevel; parents: { code: string; name: string }[] };
  /** none while the report is a plan: a plan's figures are targets (they are kept, and come back if it is not one) */
  values: ReportValue[];
  /** every change a person made to the report and its values but their figures (those are in each value's history), oldest first */
  edits: ReportChange[];
}

/** The extractor's doubts, as stored; figures that disagree carry each one with its passage. */
export interface ReportWarning {
  code: string;
  message: string;
  keys: string[];
  choices?: { value: number; scope: Scope; evidence: string; start: number; end: number }[];
}

const change = { select: { fromValue: true, toValue: true, editedBy: true, editedAt: true }, orderBy: { id: "asc" } } as const;

export async function getReport(id: number): Promise<ReportView | null> {
  if (!Number.isSafeInteger(id) || id <= 0) return null;
  const r = await getPrisma().report.findUnique({
    where: { id },
    select: {
      id: true, year: true, kind: true, title: true, text: true, publishedOn: true, sourceUrl: true, fileName: true, ocr: true,
      original: { select: { size: true, mediaType: true } },
      uploadedAt: true, uploadedBy: true, isCurrent: true, byDepartment: true, reviewedAt: true, reviewedBy: true,
      extractorVersion: true, warnings: true,
      jurisdiction: {
        select: { code: true, name: true, level: true, parent: { select: { code: true, name: true, parent: { select: { code: true, name: true } } } } },
      },
      values: {
        select: {
          id: true, key: true, scope: true, value: true, unit: true, approx: true, derived: true,
          evidence: true, evidenceStart: true, evidenceEnd: true, origin: true, originReason: true, originalValue: true, ocr: true,
          reviewedAt: true, reviewedBy: true, edits: change,
        },
        // values of one sentence share evidenceStart; without the id, an edited row moved in that order
        orderBy: [{ evidenceStart: "asc" }, { id: "asc" }],
      },
      edits: { ...change, select: { ...change.select, field: true, valueId: true, key: true, scope: true } },
    },
  });
  if (!r) return null;
  const { parent, ...jurisdiction } = r.jurisdiction;
  const parents = [parent, parent?.parent].filter((p): p is { code: string; name: string } => Boolean(p)).map(({ code, name }) => ({ code, name }));
  const at = (e: { editedBy: string; editedAt: Date }) => ({ by: e.editedBy, at: e.editedAt.toISOString() });
  const { original, ...report } = r;
  return {
    ...report,
    original: original ? { url: `/api/reports/${r.id}/original`, ...original } : null,
    jurisdiction: { ...jurisdiction, parents },
    uploadedAt: r.uploadedAt.toISOString(),
    publishedOn: r.publishedOn?.toISOString().slice(0, 10) ?? null,
    reviewedAt: r.reviewedAt?.toISOString() ?? null,
    warnings: (r.warnings ?? []) as unknown as ReportWarning[],
    values:
      r.kind === "work_plan"
        ? []
        : r.values.map(({ edits, reviewedAt, ...v }) => ({
            ...v,
            origin: v.origin as ValueOrigin,
            // a person's correction is a check too
            reviewed: !v.ocr || reviewedAt !== null || edits.length > 0,
            reviewedAt: reviewedAt?.toISOString() ?? null,
            history: edits.map((e) => ({ from: e.fromValue, to: e.toValue, ...at(e) })),
          })),
    edits: r.edits.map((e) => ({
      field: e.field as ReportChange["field"],
      from: e.fromValue,
      to: e.toValue,
      ...at(e),
      ...(e.valueId !== null ? { valueId: e.valueId } : {}),
      ...(e.key !== null ? { key: e.key } : {}),
      ...(e.scope !== null ? { scope: e.scope } : {}),
    })),
  };
}
