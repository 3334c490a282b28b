import { existsSync, readdirSync, readFileSync } from "node:fs";
import path from "node:path";
import { decodeText } from "../documents/decode-text";
import { parseLabels } from "../eval/labels";
import { handLabelledReport, type SkipReason, type ValueSkipReason } from "./hand-labelled-report";
import type { SaveReportInput } from "./save-report";
import { saveReportBatch } from "./save-report-batch";

/** The project's real labelled documents, in the order they are imported. */
export const LABELLED_DIRS = ["data/samples", "data/corpus", "data/real"];
/** Second opinions on documents labelled elsewhere in the set: the same texts, not new ones. */
const SECOND_OPINIONS = "second-labels";

/** Every `.txt` with its `.json` labels under the folders (searched recursively), sorted. */
export function listLabelledDocuments(dirs: string[]): { txt: string; json: string }[] {
  const walk = (dir: string): { txt: string; json: string }[] =>
    readdirSync(dir, { withFileTypes: true })
      .sort((a, b) => (a.name < b.name ? -1 : a.name > b.name ? 1 : 0))
      .flatMap((entry) => {
        const file = path.join(dir, entry.name);
        if (entry.isDirectory()) return entry.name === SECOND_OPINIONS ? [] : walk(file);
        const json = file.replace(/\.txt$/, ".json");
        return entry.name.endsWith(".txt") && existsSync(json) ? [{ txt: file, json }] : [];
      });
  return dirs.filter((d) => existsSync(d)).flatMap(walk);
}

export interface LabelledImportSummary {
  documents: number;
  created: number;
  /** already in the database (the same text) */
  present: number;
  values: number;
  /** documents not stored, by reason */
  skipped: Partial<Record<SkipReason | "unreadable" | "save_failed", number>>;
  /** labelled values not stored, by reason */
  skippedValues: Partial<Record<ValueSkipReason, number>>;
}

const count = <K extends string>(into: Partial<Record<K, number>>, key: K) => {
  into[key] = (into[key] ?? 0) + 1;
};

/**
 * Stores the labelled documents with their hand labels as reviewed values, in one batch write
 * (a few statements whatever the count; a batch that fails is retried report by report).
 * Documents already stored are kept as they are, so it can run again. Within one place, year and
 * kind, the document with more labelled values is stored last and so is the current edition: two
 * pages of one place and year are rarely editions of each other, and the richer one says more.
 */
export async function importLabelledDocuments(dirs: string[], root = process.cwd()): Promise<LabelledImportSummary> {
  const files = listLabelledDocuments(dirs.map((d) => path.resolve(root, d)));
  const summary: LabelledImportSummary = { documents: files.length, created: 0, present: 0, values: 0, skipped: {}, skippedValues: {} };
  const reviewedAt = new Date();
  const inputs: SaveReportInput[] = [];
  for (const { txt, json } of files) {
    let built;
    try {
      built = handLabelledReport({
        text: decodeText(readFileSync(txt)).text,
        labels: parseLabels(JSON.parse(readFileSync(json, "utf8"))),
        fileName: path.relative(root, txt),
        reviewedAt,
      });
    } catch {
      count(summary.skipped, "unreadable");
      continue;
    }
    if (!built.ok) {
      count(summary.skipped, built.reason);
      continue;
    }
    for (const reason of built.skippedValues) count(summary.skippedValues, reason);
    inputs.push(built.save);
  }

  const slot = (i: SaveReportInput) => `${i.facts.jurisdiction.code}:${i.facts.year}:${i.facts.kind}`;
  const ordered = inputs
    .map((input, order) => ({ input, order }))
    .sort((a, b) => slot(a.input).localeCompare(slot(b.input)) || a.input.facts.indicators.length - b.input.facts.indicators.length || a.order - b.order)
    .map((x) => x.input);
  const outcomes = await saveReportBatch(ordered);
  outcomes.forEach((outcome, i) => {
    if ("error" in outcome) count(summary.skipped, "save_failed");
    else if (outcome.created) {
      summary.created++;
      summary.values += ordered[i].facts.indicators.length;
    } else summary.present++;
  });
  return summary;
}
