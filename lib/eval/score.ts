import { getIndicator } from "../indicators";
import type { ReportKind, ResolvedJurisdiction, Scope } from "../extract/types";
import type { LabelValue, ReportLabels } from "./labels";

/**
 * Scoring one report's extraction against its hand labels. A predicted value is right when key,
 * scope and value agree (rates within 0.01, counts exactly); one that matches an `ambiguous`
 * figure is ignored; every other prediction is a false positive, every unmatched label a miss.
 */
export interface PredictedValue {
  key: string;
  value: number;
  scope: Scope;
  evidence: string;
  start: number;
  end: number;
}

export interface PredictedReport {
  jurisdiction: ResolvedJurisdiction | null;
  year: number | null;
  kind: ReportKind;
  indicators: readonly PredictedValue[];
}

export type Outcome = "match" | "wrong" | "ignored" | "missed";

export interface ValueRow {
  outcome: Outcome;
  key: string;
  scope: Scope;
  predicted?: number;
  expected?: number;
  evidence?: string;
  /** for a match: the predicted evidence overlaps the label's */
  evidenceAgrees?: boolean;
}

export interface MetaScore {
  jurisdiction: boolean;
  parents: boolean;
  year: boolean;
  kind: boolean;
}

export interface ReportScore {
  truePositives: number;
  falsePositives: number;
  falseNegatives: number;
  ignored: number;
  /** labels for which some prediction has the same key and value, whatever its scope */
  scopePairs: number;
  /** of those, how many also agree on scope */
  scopeAgreements: number;
  evidenceAgreements: number;
  meta: MetaScore;
  rows: ValueRow[];
}

export function valuesAgree(key: string, a: number, b: number): boolean {
  return getIndicator(key)?.unit === "%" || key.endsWith("_rate") ? Math.abs(a - b) <= 0.01 + 1e-9 : a === b;
}

function overlaps(aStart: number, aEnd: number, bStart: number, bEnd: number): boolean {
  return aStart < bEnd && bStart < aEnd;
}

/** With the report text: does any occurrence of the label's evidence overlap the prediction's span? */
export function evidenceAgrees(p: PredictedValue, label: LabelValue, text?: string): boolean {
  if (!label.evidence) return false;
  if (text === undefined) return p.evidence.includes(label.evidence) || label.evidence.includes(p.evidence);
  for (let at = text.indexOf(label.evidence); at >= 0; at = text.indexOf(label.evidence, at + 1)) {
    if (overlaps(p.start, p.end, at, at + label.evidence.length)) return true;
  }
  return false;
}

export function scoreMeta(p: PredictedReport, labels: ReportLabels): MetaScore {
  const want = labels.jurisdiction;
  const got = p.jurisdiction;
  const names = want ? new Set([want.name, want.officialName ?? want.name]) : new Set<string>();
  const jurisdiction = want === null ? got === null : got !== null && got.level === want.level && (names.has(got.name) || names.has(got.officialName));
  const parents =
    want === null ? got === null : got !== null && got.parents.map((x) => x.name).join("/") === want.parents.join("/");
  return { jurisdiction, parents, year: p.year === labels.year, kind: p.kind === labels.kind };
}

export function scoreReport(p: PredictedReport, labels: ReportLabels, text?: string): ReportScore {
  const rows: ValueRow[] = [];
  const used = new Set<LabelValue>();
  let evidenceAgreements = 0;
  for (const v of p.indicators) {
    const label = labels.values.find((l) => !used.has(l) && l.key === v.key && l.scope === v.scope && valuesAgree(v.key, l.value, v.value));
    if (label) {
      used.add(label);
      const agrees = evidenceAgrees(v, label, text);
      if (agrees) evidenceAgreements++;
      rows.push({ outcome: "match", key: v.key, scope: v.scope, predicted: v.value, expected: label.value, evidence: v.evidence, evidenceAgrees: agrees });
    } else if (labels.ambiguous.some((a) => a.key === v.key && valuesAgree(v.key, a.value, v.value) && (!a.scope || a.scope === v.scope))) {
      rows.push({ outcome: "ignored", key: v.key, scope: v.scope, predicted: v.value, evidence: v.evidence });
    } else {
      rows.push({ outcome: "wrong", key: v.key, scope: v.scope, predicted: v.value, evidence: v.evidence });
    }
  }
  for (const l of labels.values) {
    if (!used.has(l)) rows.push({ outcome: "missed", key: l.key, scope: l.scope, expected: l.value, evidence: l.evidence });
  }
  let scopePairs = 0;
  let scopeAgreements = 0;
  for (const l of labels.values) {
    const sameValue = p.indicators.filter((v) => v.key === l.key && valuesAgree(l.key, l.value, v.value));
    if (sameValue.length === 0) continue;
    scopePairs++;
    if (sameValue.some((v) => v.scope === l.scope)) scopeAgreements++;
  }
  const count = (o: Outcome) => rows.filter((r) => r.outcome === o).length;
  return {
    truePositives: count("match"),
    falsePositives: count("wrong"),
    falseNegatives: count("missed"),
    ignored: count("ignored"),
    scopePairs,
    scopeAgreements,
    evidenceAgreements,
    meta: scoreMeta(p, labels),
    rows,
  };
}
