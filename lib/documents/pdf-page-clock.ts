import type { MessagePort } from "node:worker_threads";
import { PDF_PAGE_TIME_LIMIT_MS } from "./limits";

/** What a reader worker posts as a PDF page begins: which page, and that it gets one page's time. */
export type PdfPageProgress = { stage: "pdf"; page: number; pages: number };

/** parseDocument's `onPdfPage` for a worker task: each page restarts its caller's clock (bounded-pool). */
export function pdfPageClock(port: MessagePort | undefined): (page: number, pages: number) => void {
  return (page, pages) => port?.postMessage({ stage: "pdf", page, pages, extendMs: PDF_PAGE_TIME_LIMIT_MS });
}
