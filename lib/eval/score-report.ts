import type { ReportFacts } from "../extract/types";

/** A hand-labelled report (data/samples/*.json, data/corpus/*.json). */
export interface ReportLabel {
  jurisdiction: { name: string; level: string; parents: string[]; official_name?: string };
  year: number;
  kind: string;
  indicators: Record<string, LabelledValue>;
  other_scope?: Record<string, LabelledValue>;
  ambiguous?: Record<string, { value: number; evidence: string }>;
}

interface LabelledValue {
  value: number;
  evidence: string;
  scope?: "area" | "own";
  approx?: boolean;
}

export interface ReportScore {
  truePositives: number;
  falsePositives: { key: string; value: number; scope: string; evidence: string }[];
  falseNegatives: { key: string; value: number; scope: string; evidence: string }[];
  /** predictions whose key and value match a label but whose scope does not */
  wrongScope: number;
  ignoredAmbiguous: number;
  evidenceAgrees: number;
  jurisdictionCorrect: boolean;
  yearCorrect: boolean;
  kindCorrect: boolean;
}

const sameValue = (a: number, b: number) => Math.abs(a - b) < 0.01;

/**
 * Scores one extraction against its labels: a prediction counts when key, scope and value agree;
 * one matching an `ambiguous` figure is neither right nor wrong.
 */
export function scoreReport(facts: ReportFacts, label: ReportLabel): ReportScore {
  const expected = [
    ...Object.entries(label.indicators).map(([key, v]) => ({ key, ...v })),
    ...Object.entries(label.other_scope ?? {}).map(([key, v]) => ({ key, ...v })),
  ].map((v) => ({ ...v, scope: v.scope ?? "area", matched: false }));
  const ambiguous = Object.entries(label.ambiguous ?? {}).map(([key, v]) => ({ key, ...v }));

  const score: ReportScore = {
    truePositives: 0,
    falsePositives: [],
    falseNegatives: [],
    wrongScope: 0,
    ignoredAmbiguous: 0,
    evidenceAgrees: 0,
    jurisdictionCorrect: jurisdictionMatches(facts, label),
    yearCorrect: facts.year === label.year,
    kindCorrect: facts.kind === label.kind,
  };
  for (const p of facts.indicators) {
    const hit = expected.find((e) => !e.matched && e.key === p.key && e.scope === p.scope && sameValue(e.value, p.value));
    if (hit) {
      hit.matched = true;
      score.truePositives++;
      if (p.evidence.includes(hit.evidence) || hit.evidence.includes(p.evidence)) score.evidenceAgrees++;
      continue;
    }
    if (ambiguous.some((a) => a.key === p.key && sameValue(a.value, p.value))) {
      score.ignoredAmbiguous++;
      continue;
    }
    if (expected.some((e) => e.key === p.key && sameValue(e.value, p.value))) score.wrongScope++;
    score.falsePositives.push({ key: p.key, value: p.value, scope: p.scope, evidence: p.evidence });
  }
  score.falseNegatives = expected.filter((e) => !e.matched).map(({ key, value, scope, evidence }) => ({ key, value, scope, evidence }));
  return score;
}

function jurisdictionMatches(facts: ReportFacts, label: ReportLabel): boolean {
  const j = facts.jurisdiction;
  if (!j) return false;
  const names = [label.jurisdiction.name, label.jurisdiction.official_name].filter(Boolean);
  const nameOk = names.includes(j.name) || names.includes(j.officialName);
  const parentsOk = label.jurisdiction.parents.every((p) => j.parents.some((q) => q.name === p || q.name.startsWith(p)));
  return nameOk && j.level === label.jurisdiction.level && parentsOk;
}

export interface Totals {
  precision: number;
  recall: number;
  f1: number;
  truePositives: number;
  falsePositives: number;
  falseNegatives: number;
}

export function totals(scores: ReportScore[]): Totals {
  const tp = scores.reduce((n, s) => n + s.truePositives, 0);
  const fp = scores.reduce((n, s) => n + s.falsePositives.length, 0);
  const fn = scores.reduce((n, s) => n + s.falseNegatives.length, 0);
  const precision = tp + fp === 0 ? 1 : tp / (tp + fp);
  const recall = tp + fn === 0 ? 1 : tp / (tp + fn);
  const f1 = precision + recall === 0 ? 0 : (2 * precision * recall) / (precision + recall);
  return { precision, recall, f1, truePositives: tp, falsePositives: fp, falseNegatives: fn };
}
