import { describe, expect, it } from "vitest";
import { pdfThatHangsOnAPage } from "../documents/__fixtures__/damaged-pdf";
import { PDF_PAGE_TIME_LIMIT_MS } from "../documents/limits";
import { AppError } from "../errors/app-error";
import { prepareUpload } from "./prepare-upload";

describe("an upload whose PDF page PDF.js cannot finish", () => {
  it("is a 422 naming the page, within one page's time, and shows no OCR progress", async () => {
    const progress: unknown[] = [];
    const started = Date.now();
    const outcome = await prepareUpload({ bytes: pdfThatHangsOnAPage(), input: { text: "", fileName: "report.pdf", fileType: "txt" } }, (p) => progress.push(p)).catch(
      (e: unknown) => e,
    );
    expect(outcome).toBeInstanceOf(AppError);
    const error = outcome as AppError;
    expect(error.status).toBe(422);
    expect(error.details).toEqual({ limitSeconds: PDF_PAGE_TIME_LIMIT_MS / 1000, page: 1, pages: 1 });
    expect(error.message).toMatch(/PDF 第 1 页.*Page 1 of 1 of the PDF/s);
    expect(Date.now() - started).toBeLessThan(PDF_PAGE_TIME_LIMIT_MS + 10_000);
    expect(progress).toEqual([]);
  }, 60_000);
});
