import { getPrisma } from "../db/client";

export interface OriginalFileView {
  bytes: Uint8Array;
  sha256: string;
  mediaType: string;
  /** the name it was uploaded or fetched under */
  fileName: string | null;
}

/** The file a report was read from, as it came; null when the report has none (pasted text) or does not exist. */
export async function getOriginalFile(reportId: number): Promise<OriginalFileView | null> {
  if (!Number.isSafeInteger(reportId) || reportId <= 0) return null;
  const report = await getPrisma().report.findUnique({
    where: { id: reportId },
    select: { fileName: true, original: { select: { sha256: true, bytes: true, mediaType: true } } },
  });
  if (!report?.original) return null;
  return { ...report.original, fileName: report.fileName };
}
