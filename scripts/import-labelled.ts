// Imports the project's real labelled documents (data/samples, data/corpus, data/real) with their
// hand labels as the stored values: what an empty database starts with (scripts/with-db.mjs), and
// `npm run import:labelled` by hand. Safe to run again: a document already stored is skipped.
import { disconnectPrisma } from "../lib/db/client";
import { LABELLED_DIRS, importLabelledDocuments, type LabelledImportSummary } from "../lib/reports/import-labelled";

const counts = (c: Partial<Record<string, number>>) =>
  Object.entries(c)
    .map(([reason, n]) => `${n} ${reason.replace(/_/g, " ")}`)
    .join(", ") || "none";

export function describeImport(s: LabelledImportSummary, ms: number): string {
  return [
    `labelled documents: ${s.created} imported with ${s.values} hand-labelled values, ${s.present} already present, in ${(ms / 1000).toFixed(1)} s`,
    `  not stored: ${counts(s.skipped)} (of ${s.documents}); labelled values not stored: ${counts(s.skippedValues)}`,
  ].join("\n");
}

const started = performance.now();
importLabelledDocuments(process.argv.length > 2 ? process.argv.slice(2) : LABELLED_DIRS)
  .then((summary) => console.log(describeImport(summary, performance.now() - started)))
  .catch((e) => {
    console.error(e);
    process.exitCode = 1;
  })
  .finally(() => disconnectPrisma());
