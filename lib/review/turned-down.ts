import { explainReport, type TextSource } from "../extract";
import type { Scope } from "../indicators";

/** A figure a rule recognised in the report and turned down, with why: a person may accept it. */
export interface TurnedDownFigure {
  key: string;
  value: number;
  unit: string;
  scope: Scope;
  approx: boolean;
  evidence: string;
  /** offsets of `evidence` in the report's text */
  start: number;
  end: number;
  /** the rule's reason code (turned-down-reasons.ts) */
  reason: string;
}

export interface KeptFigure {
  key: string;
  value: number;
  evidenceStart: number;
  evidenceEnd: number;
}

const overlaps = (a: { start: number; end: number }, b: KeptFigure) => a.start < b.evidenceEnd && b.evidenceStart < a.end;

/**
 * Every figure the current extractor turns down in `text`, once each (a number two rules read
 * is listed per key), leaving out those the report already keeps (same key and value from the
 * same passage), in reading order.
 */
export function turnedDownFigures(text: string, kept: readonly KeptFigure[] = [], source: TextSource = {}): TurnedDownFigure[] {
  const seen = new Set<string>();
  const out: TurnedDownFigure[] = [];
  // read as the report was stored: the page's address can decide its year and place
  for (const c of explainReport(text, source).candidates) {
    if (c.rejected === null) continue;
    const id = `${c.key}|${c.start}|${c.end}|${c.value}`;
    if (seen.has(id)) continue;
    seen.add(id);
    if (kept.some((k) => k.key === c.key && k.value === c.value && overlaps(c, k))) continue;
    out.push({ key: c.key, value: c.value, unit: c.unit, scope: c.scope, approx: c.approx, evidence: c.evidence, start: c.start, end: c.end, reason: c.rejected });
  }
  return out.sort((a, b) => a.start - b.start || a.key.localeCompare(b.key));
}

/**
 * The turned-down figures a review offers for a stored report: none for a work plan, whose
 * figures are targets and shown nowhere (accepting one would add a value no page shows).
 */
export function turnedDownOf(report: { kind: string; text: string; sourceUrl: string | null; values: readonly KeptFigure[] }): TurnedDownFigure[] {
  return report.kind === "work_plan" ? [] : turnedDownFigures(report.text, report.values, { sourceUrl: report.sourceUrl });
}
