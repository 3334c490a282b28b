import { z } from "zod";
import type { JurisdictionLevel, ReportKind, Scope } from "../extract/types";

/**
 * The hand labels of one report (data/samples/*.json, data/corpus/*.json): what the report is,
 * the values it states (`indicators`, and `other_scope` for a second value of a key at the other
 * scope) and figures that may be read either way (`ambiguous`).
 */
const labelledValue = z.object({
  value: z.number(),
  evidence: z.string(),
  scope: z.enum(["area", "own"]),
  approx: z.boolean().optional(),
});

const ambiguousValue = z.object({
  value: z.number(),
  evidence: z.string().optional(),
  scope: z.enum(["area", "own"]).optional(),
  approx: z.boolean().optional(),
});

const labelFile = z.object({
  source_url: z.string().nullable().optional(),
  published: z.string().nullable().optional(),
  truncated: z.boolean().optional(),
  jurisdiction: z
    .object({
      name: z.string(),
      official_name: z.string().optional(),
      level: z.enum(["province", "city", "district", "county"]),
      parents: z.array(z.string()).default([]),
    })
    .nullable()
    .optional(),
  year: z.number().int().nullable().optional(),
  kind: z.enum(["annual_report", "work_plan", "other"]),
  indicators: z.record(z.string(), labelledValue).default({}),
  other_scope: z.record(z.string(), labelledValue).default({}),
  // one figure per key, or several
  ambiguous: z.record(z.string(), z.union([ambiguousValue, z.array(ambiguousValue)])).default({}),
});

export interface LabelValue {
  key: string;
  value: number;
  scope: Scope;
  evidence: string;
  approx: boolean;
}

export interface AmbiguousValue {
  key: string;
  value: number;
  scope?: Scope;
}

export interface ReportLabels {
  /** the address the text was published at: an input like the text (an upload can give it), not an answer */
  sourceUrl: string | null;
  /** publication date as labelled, yyyy-mm-dd */
  published: string | null;
  /** the text is only the page's opening */
  truncated: boolean;
  jurisdiction: { name: string; officialName?: string; level: JurisdictionLevel; parents: string[] } | null;
  year: number | null;
  kind: ReportKind;
  values: LabelValue[];
  ambiguous: AmbiguousValue[];
}

function toValues(record: Record<string, z.infer<typeof labelledValue>>): LabelValue[] {
  return Object.entries(record).map(([key, v]) => ({ key, value: v.value, scope: v.scope, evidence: v.evidence, approx: v.approx ?? false }));
}

/** Parses one label file's JSON; throws a zod error naming the field when the file is malformed. */
export function parseLabels(json: unknown): ReportLabels {
  const file = labelFile.parse(json);
  const j = file.jurisdiction;
  return {
    sourceUrl: file.source_url ?? null,
    published: file.published ?? null,
    truncated: file.truncated ?? false,
    jurisdiction: j ? { name: j.name, officialName: j.official_name, level: j.level, parents: j.parents } : null,
    year: file.year ?? null,
    kind: file.kind,
    values: [...toValues(file.indicators), ...toValues(file.other_scope)],
    ambiguous: Object.entries(file.ambiguous).flatMap(([key, v]) =>
      (Array.isArray(v) ? v : [v]).map((a) => ({ key, value: a.value, scope: a.scope })),
    ),
  };
}
