import type { ReportFacts } from "../extract/types";
import { prepareReport, type IngestTextInput } from "./prepare-report";
import { saveReport, type SavedReport } from "./save-report";

export type { IngestTextInput } from "./prepare-report";

export interface IngestResult extends SavedReport {
  facts: ReportFacts;
}

/** text -> extracted facts -> stored report, the one path for the sample import and uploads (bulk import batches the same steps). */
export async function ingestText(input: IngestTextInput): Promise<IngestResult> {
  const { save, facts } = prepareReport(input);
  const saved = await saveReport(save);
  return { ...saved, facts };
}
