import { normalizeReportText, sha256Hex } from "../documents/normalize-report-text";
import type { ReportFacts } from "../extract/types";
import { getStoredFacts } from "../queries/get-stored-facts";
import { prepareReport, type IngestTextInput, type PreparedReport } from "./prepare-report";
import { saveReport, type SavedReport } from "./save-report";

export type { IngestTextInput } from "./prepare-report";

export interface IngestResult extends SavedReport {
  /** what is stored: a text already there is described as the database holds it, not as extracted again */
  facts: ReportFacts;
}

/**
 * A prepared report (prepareReport, in this thread or a worker) stored: the one write path of
 * uploads and the sample import. A text already stored is answered from the database: the
 * overrides of this request were not applied to it, and its values may have been corrected since.
 */
export async function storePrepared({ save }: PreparedReport): Promise<IngestResult> {
  const stored = await getStoredFacts({ textSha256: save.textSha256 });
  if (stored) return { id: stored.id, created: false, facts: stored.facts };
  const saved = await saveReport(save);
  if (saved.created) return { ...saved, facts: save.facts };
  // another upload of the same text won the race: describe the winner's report
  const winner = await getStoredFacts({ id: saved.id });
  return { ...saved, facts: winner?.facts ?? save.facts };
}

/** text -> extracted facts -> stored report, in this thread (the sample import, tests; bulk import batches the same steps). */
export async function ingestText(input: IngestTextInput): Promise<IngestResult> {
  // a text already stored is not extracted again
  const text = normalizeReportText(input.text);
  const stored = text ? await getStoredFacts({ textSha256: sha256Hex(text) }) : null;
  if (stored) return { id: stored.id, created: false, facts: stored.facts };
  return storePrepared(prepareReport(input));
}
