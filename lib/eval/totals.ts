import type { ReportScore } from "./score";

/** Micro-averaged figures over many reports; a ratio with nothing to count is 1 (nothing was wrong). */
export interface Totals {
  reports: number;
  truePositives: number;
  falsePositives: number;
  falseNegatives: number;
  ignored: number;
  precision: number;
  recall: number;
  f1: number;
  scopeAccuracy: number;
  evidenceAgreement: number;
  jurisdictionAccuracy: number;
  parentsAccuracy: number;
  yearAccuracy: number;
  kindAccuracy: number;
}

const ratio = (part: number, whole: number) => (whole === 0 ? 1 : part / whole);

export function totalScores(scores: readonly ReportScore[]): Totals {
  const sum = (f: (s: ReportScore) => number) => scores.reduce((acc, s) => acc + f(s), 0);
  const tp = sum((s) => s.truePositives);
  const fp = sum((s) => s.falsePositives);
  const fn = sum((s) => s.falseNegatives);
  const precision = ratio(tp, tp + fp);
  const recall = ratio(tp, tp + fn);
  const share = (f: (s: ReportScore) => boolean) => ratio(scores.filter(f).length, scores.length);
  return {
    reports: scores.length,
    truePositives: tp,
    falsePositives: fp,
    falseNegatives: fn,
    ignored: sum((s) => s.ignored),
    precision,
    recall,
    f1: precision + recall === 0 ? 0 : (2 * precision * recall) / (precision + recall),
    scopeAccuracy: ratio(sum((s) => s.scopeAgreements), sum((s) => s.scopePairs)),
    evidenceAgreement: ratio(sum((s) => s.evidenceAgreements), tp),
    jurisdictionAccuracy: share((s) => s.meta.jurisdiction),
    parentsAccuracy: share((s) => s.meta.parents),
    yearAccuracy: share((s) => s.meta.year),
    kindAccuracy: share((s) => s.meta.kind),
  };
}

/** The CI gate: which thresholds were missed (empty when all were met). */
export function failedThresholds(t: Totals, min: { precision?: number; recall?: number }): string[] {
  const out: string[] = [];
  if (min.precision !== undefined && t.precision < min.precision) out.push(`precision ${t.precision.toFixed(3)} < ${min.precision}`);
  if (min.recall !== undefined && t.recall < min.recall) out.push(`recall ${t.recall.toFixed(3)} < ${min.recall}`);
  return out;
}
