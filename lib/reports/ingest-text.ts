import type { ReportFacts } from "../extract/types";
import { prepareReport, type IngestTextInput, type PreparedReport } from "./prepare-report";
import { saveReport, type SavedReport } from "./save-report";

export type { IngestTextInput } from "./prepare-report";

export interface IngestResult extends SavedReport {
  facts: ReportFacts;
}

/** A prepared report (prepareReport, in this thread or a worker) stored: the one write path of uploads and the sample import. */
export async function storePrepared({ save, facts }: PreparedReport): Promise<IngestResult> {
  const saved = await saveReport(save);
  return { ...saved, facts };
}

/** text -> extracted facts -> stored report, in this thread (the sample import, tests; bulk import batches the same steps). */
export async function ingestText(input: IngestTextInput): Promise<IngestResult> {
  return storePrepared(prepareReport(input));
}
