import { normalizeReportText, sha256Hex } from "../documents/normalize-report-text";
import { AppError } from "../errors/app-error";
import { extractReport } from "../extract";
import type { ReportFacts } from "../extract/types";
import { saveReport, type SavedReport } from "./save-report";

export interface IngestTextInput {
  text: string;
  fileName?: string | null;
  fileType?: string | null;
  sourceUrl?: string | null;
  uploadedBy?: string | null;
}

export interface IngestResult extends SavedReport {
  facts: ReportFacts;
}

/** text -> extracted facts -> stored report, the one path for the sample import, uploads and bulk import. */
export async function ingestText(input: IngestTextInput): Promise<IngestResult> {
  const text = normalizeReportText(input.text);
  if (!text) throw new AppError("bad_request", "报告内容为空。The report is empty.");
  const facts = extractReport(text);
  const { jurisdiction, year } = facts;
  if (!jurisdiction) {
    throw new AppError(
      "unprocessable",
      "无法确定报告所属的行政区划,请指定 jurisdictionCode。Could not tell which jurisdiction the report is about; give jurisdictionCode.",
      { candidates: facts.ambiguousJurisdiction?.candidates.map((c) => ({ code: c.code, name: c.officialName })) ?? [] },
    );
  }
  if (year === null) {
    throw new AppError("unprocessable", "无法确定报告所属年度,请指定 year。Could not tell which year the report is about; give year.");
  }
  const saved = await saveReport({
    text,
    textSha256: sha256Hex(text),
    facts: { ...facts, jurisdiction, year },
    fileName: input.fileName,
    fileType: input.fileType,
    sourceUrl: input.sourceUrl,
    uploadedBy: input.uploadedBy,
  });
  return { ...saved, facts };
}
