import type { TextSource } from "../extract";
import type { ReportFacts } from "../extract/types";
import type { ReportView } from "../queries/get-report";
import { reportLabels } from "../review/report-labels";
import type { ReportLine } from "./format";
import { parseLabels, type ReportLabels } from "./labels";
import { scoreReport, valuesAgree } from "./score";

/**
 * A reviewed report as an evaluation case: what a person kept are the labels (read through the
 * same label format `npm run export-labels` writes, so the two can never disagree), what they
 * removed are negatives: figures the extractor should not take.
 */
export interface ReviewedCase {
  id: number;
  text: string;
  labels: ReportLabels;
  negatives: { key: string; scope: string; value: number }[];
}

export function reviewedCase(report: ReportView): ReviewedCase {
  const file = reportLabels(report);
  return { id: report.id, text: report.text, labels: parseLabels(file), negatives: file.removed };
}

export interface ReviewedScore {
  lines: ReportLine[];
  /** removed figures in all */
  negatives: number;
  /** of them, those the extractor still takes */
  negativesTaken: number;
  /** the figures it still takes, per report, for the person fixing a rule */
  taken: { id: number; key: string; scope: string; value: number }[];
}

/** Scores an extractor against reviewed reports (`npm run eval -- --reviewed`). */
export function scoreReviewed(cases: readonly ReviewedCase[], extract: (text: string, source: TextSource) => ReportFacts): ReviewedScore {
  const lines: ReportLine[] = [];
  const taken: ReviewedScore["taken"] = [];
  let negatives = 0;
  for (const c of cases) {
    const started = performance.now();
    const facts = extract(c.text, { sourceUrl: c.labels.sourceUrl });
    const ms = performance.now() - started;
    lines.push({ file: `report ${c.id}`, jurisdiction: facts.jurisdiction?.name ?? "—", year: facts.year, kind: facts.kind, ms, score: scoreReport(facts, c.labels, c.text) });
    negatives += c.negatives.length;
    for (const n of c.negatives) {
      if (facts.indicators.some((v) => v.key === n.key && v.scope === n.scope && valuesAgree(n.key, v.value, n.value))) taken.push({ id: c.id, ...n });
    }
  }
  return { lines, negatives, negativesTaken: taken.length, taken };
}
