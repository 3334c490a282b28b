import { extractReport, type TextSource } from "../extract";
import type { Scope } from "../indicators";
import { valuesAgree } from "../eval/score";

export interface KeptValue {
  key: string;
  scope: Scope;
  value: number;
}

export type ComparisonStatus = "same" | "corrected" | "not_kept" | "added";

/** One key and scope: what the extractor reads in the text now, against what the reviewer kept. */
export interface ComparisonRow {
  key: string;
  scope: Scope;
  extracted: number | null;
  kept: number | null;
  status: ComparisonStatus;
}

/**
 * What the current extractor takes from a report's text against the values the report keeps
 * (for a reviewed report: what a person kept): the same, corrected, extracted but not kept, or
 * kept but never extracted. The same comparison, over every reviewed report, is
 * `npm run eval -- --reviewed`.
 */
export function compareWithExtraction(text: string, kept: readonly KeptValue[], source: TextSource = {}): ComparisonRow[] {
  const extracted = extractReport(text, source).indicators;
  const slots = new Map<string, ComparisonRow>();
  const slot = (key: string, scope: Scope) => {
    const id = `${key}|${scope}`;
    if (!slots.has(id)) slots.set(id, { key, scope, extracted: null, kept: null, status: "same" });
    return slots.get(id)!;
  };
  for (const v of extracted) slot(v.key, v.scope).extracted ??= v.value;
  for (const v of kept) slot(v.key, v.scope).kept ??= v.value;
  for (const row of slots.values()) {
    row.status =
      row.extracted === null ? "added" : row.kept === null ? "not_kept" : valuesAgree(row.key, row.extracted, row.kept) ? "same" : "corrected";
  }
  return [...slots.values()].sort((a, b) => a.key.localeCompare(b.key) || a.scope.localeCompare(b.scope));
}
