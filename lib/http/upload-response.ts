import { NextResponse } from "next/server";
import { databaseFailure } from "../db/database-errors";
import { INTERNAL_ERROR, isAppError } from "../errors/app-error";
import { uploadReports, type UploadItem, type UploadItemProgress, type UploadOutcome, type UploadOverrides } from "../reports/upload-reports";

/** One file's result as the API answers it. */
function toResult(o: UploadOutcome) {
  if (o.ok) {
    return {
      fileName: o.fileName,
      ok: true,
      id: o.id,
      url: `/reports/${o.id}`,
      created: o.created,
      ...(o.sourceUrl ? { sourceUrl: o.sourceUrl } : {}),
      // read by OCR: every value is unreviewed until a person checks it
      ocr: o.ocr,
      jurisdiction: o.facts.jurisdiction,
      year: o.facts.year,
      kind: o.facts.kind,
      indicators: o.ocr ? o.facts.indicators.map((v) => ({ ...v, ocr: true, reviewed: false })) : o.facts.indicators,
      // what OCR read that was put right from the gazetteer or the catalogue (lib/documents/ocr)
      ...(o.ocrCorrections ? { ocrCorrections: o.ocrCorrections } : {}),
      warnings: o.facts.warnings,
    };
  }
  if ("choose" in o) {
    return {
      fileName: o.fileName,
      ok: false,
      sourceUrl: o.sourceUrl,
      attachments: o.attachments,
      message: "该网页没有报告正文,但链接了以下附件,请选择要读取的文件。The page links its report as attachments: choose the ones to read (send their addresses as urls).",
    };
  }
  return { fileName: o.fileName, ok: false, ...(o.sourceUrl ? { sourceUrl: o.sourceUrl } : {}), error: o.error };
}

/**
 * One file: its own status (300 for a page that offers attachments to choose from); several: 201
 * when something new was stored, 200 when all were already there or only offered choices, else
 * the first error's status.
 */
function uploadStatus(outcomes: UploadOutcome[]): number {
  if (outcomes.some((o) => o.ok && o.created)) return 201;
  if (outcomes.some((o) => o.ok)) return 200;
  const failed = outcomes.filter((o) => !o.ok && !("choose" in o));
  if (failed.length === 0) return outcomes.length === 1 ? 300 : 200;
  return failed.length === outcomes.length ? (failed[0] as { status: number }).status : 200;
}

/** The upload answered at once, as JSON, when it is done. */
export async function uploadResponse(items: UploadItem[], overrides: UploadOverrides, user: string): Promise<Response> {
  const outcomes = await uploadReports(items, overrides, user);
  return NextResponse.json({ results: outcomes.map(toResult) }, { status: uploadStatus(outcomes) });
}

/**
 * The upload answered as it goes (`Accept: application/x-ndjson`): a line per progress event
 * (`{"progress": {item, stage, page, pages}}`: OCR reaching a page of a scan), then one line
 * with what the JSON answer would hold and its status (`{"status", "results"}` or `{"status",
 * "error"}`). The HTTP status is 200 once the first line is sent; the last line says how it ended.
 */
export function uploadProgressStream(items: UploadItem[], overrides: UploadOverrides, user: string): Response {
  const encoder = new TextEncoder();
  const stream = new ReadableStream<Uint8Array>({
    async start(controller) {
      const line = (value: unknown) => controller.enqueue(encoder.encode(`${JSON.stringify(value)}\n`));
      try {
        const outcomes = await uploadReports(items, overrides, user, (progress: UploadItemProgress) => line({ progress }));
        line({ status: uploadStatus(outcomes), results: outcomes.map(toResult) });
      } catch (e) {
        const error = isAppError(e) ? e : databaseFailure(e);
        if (!error) console.error(e);
        line(error ? { status: error.status, error: { code: error.code, message: error.message } } : { status: 500, error: INTERNAL_ERROR });
      } finally {
        controller.close();
      }
    },
  });
  return new Response(stream, { status: 200, headers: { "content-type": "application/x-ndjson; charset=utf-8", "cache-control": "no-store" } });
}
