import { normalizeReportText, sha256Hex } from "../documents/normalize-report-text";
import type { ReportFacts } from "../extract/types";
import { getStoredFacts } from "../queries/get-stored-facts";
import { prepareReport, type IngestTextInput } from "./prepare-report";
import { saveReport, type SavedReport } from "./save-report";

export type { IngestTextInput } from "./prepare-report";

export interface IngestResult extends SavedReport {
  /** what is stored: a text already there is described as the database holds it, not as extracted again */
  facts: ReportFacts;
}

/** text -> extracted facts -> stored report, the one path for the sample import and uploads (bulk import batches the same steps). */
export async function ingestText(input: IngestTextInput): Promise<IngestResult> {
  // a text already stored is answered from the database before any extraction: the overrides
  // of this request were not applied to it, and its values may have been corrected since
  const text = normalizeReportText(input.text);
  const stored = text ? await getStoredFacts({ textSha256: sha256Hex(text) }) : null;
  if (stored) return { id: stored.id, created: false, facts: stored.facts };
  const { save } = prepareReport(input);
  const saved = await saveReport(save);
  if (saved.created) return { ...saved, facts: save.facts };
  // another upload of the same text won the race: describe the winner's report
  const winner = await getStoredFacts({ id: saved.id });
  return { ...saved, facts: winner?.facts ?? save.facts };
}
