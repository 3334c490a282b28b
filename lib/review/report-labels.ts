import { getIndicator } from "../indicators";
import type { ReportView } from "../queries/get-report";

/** A reviewed report's labels in the shape of data/real/*.json (lib/eval/labels.ts reads them). */
export interface LabelFile {
  source_url: string | null;
  jurisdiction: { name: string; level: string; parents: string[] };
  year: number;
  kind: string;
  published: string | null;
  truncated: false;
  indicators: Record<string, LabelledValue>;
  other_scope: Record<string, LabelledValue>;
  ambiguous: Record<string, never>;
  /** figures the reviewer removed: the extractor should not take them (not part of data/real's shape; parseLabels ignores it) */
  removed: { key: string; value: number; scope: string }[];
  notes: string;
}

interface LabelledValue {
  value: number;
  evidence: string;
  scope: "area" | "own";
  approx?: true;
}

/**
 * The labels a person's review gives a report: the values it keeps are the figures it states
 * (each with its evidence, an exact passage of the text), its place, year and kind are as the
 * person left them. A key stated at both scopes puts the catalogue's scope in `indicators` and
 * the other in `other_scope`, as data/real does.
 */
export function reportLabels(report: ReportView): LabelFile {
  const indicators: Record<string, LabelledValue> = {};
  const otherScope: Record<string, LabelledValue> = {};
  const ordered = [...report.values].sort((a, b) => Number(a.scope !== getIndicator(a.key)?.defaultScope) - Number(b.scope !== getIndicator(b.key)?.defaultScope));
  for (const v of ordered) {
    const label: LabelledValue = { value: v.value, evidence: v.evidence, scope: v.scope, ...(v.approx ? { approx: true as const } : {}) };
    if (!(v.key in indicators)) indicators[v.key] = label;
    else if (!(v.key in otherScope) && indicators[v.key].scope !== v.scope) otherScope[v.key] = label;
  }
  const removed = report.edits.filter((e) => e.field === "value_removed" && e.key).map((e) => ({ key: e.key!, value: Number(e.from), scope: e.scope ?? "area" }));
  const { jurisdiction } = report;
  return {
    source_url: report.sourceUrl,
    jurisdiction: { name: jurisdiction.name, level: jurisdiction.level, parents: jurisdiction.parents.map((p) => p.name) },
    year: report.year,
    kind: report.kind,
    published: report.publishedOn,
    truncated: false,
    indicators,
    other_scope: otherScope,
    ambiguous: {},
    removed,
    notes: `Reviewed in the dashboard by ${report.reviewedBy ?? "?"} on ${report.reviewedAt?.slice(0, 10) ?? "?"} (report ${report.id}, extracted by ${report.extractorVersion}). The values are those the reviewer kept, corrected or added; \`removed\` lists figures the reviewer took out.`,
  };
}
