import { READ_MEMORY_MB, READ_TIME_LIMIT_MS, READ_WORKERS } from "../documents/limits";
import { AppError } from "../errors/app-error";
import { runBounded } from "../workers/bounded-pool";
import type { PreparedUpload, UploadProgress, UploadTask, WorkerProgress } from "./upload-task";

function timedOut(seconds: number, during?: WorkerProgress): AppError {
  if (during?.stage === "pdf") {
    return new AppError(
      "unprocessable",
      `PDF 第 ${during.page} 页(共 ${during.pages} 页)未能在 ${seconds} 秒内读出文字,文件可能已损坏,请另存为新的 PDF 或上传文字版。Page ${during.page} of ${during.pages} of the PDF could not be read within ${seconds} s: the file may be damaged; save it again as a new PDF, or upload the text version.`,
      { limitSeconds: seconds, page: during.page, pages: during.pages },
    );
  }
  if (during?.stage === "ocr") {
    return new AppError(
      "unprocessable",
      `扫描件第 ${during.page} 页(共 ${during.pages} 页)未能在 ${seconds} 秒内完成文字识别,请提供更清晰的扫描件或文字版。OCR of page ${during.page} of ${during.pages} did not finish within ${seconds} s: upload a sharper scan, or the text version.`,
      { limitSeconds: seconds, page: during.page, pages: during.pages, ocr: true },
    );
  }
  return new AppError(
    "unprocessable",
    `报告无法在限定时间内读取和提取（${seconds} 秒），请另存为普通格式或只上传报告正文后再试。The report could not be read and extracted within ${seconds} s: save it again as a plain document, or upload only the report text.`,
    { limitSeconds: seconds },
  );
}

function outOfMemory(mb: number): AppError {
  return new AppError(
    "unprocessable",
    `报告读取和提取所需内存超过上限（${mb} MB），无法安全处理，请只上传报告正文。Reading and extracting the report needs more than the ${mb} MB memory limit: upload only the report text.`,
    { limitMb: mb },
  );
}

/**
 * An uploaded or fetched file, or pasted text, to the rows to store: reading (OCR for scans),
 * normalising, hashing and extraction all run in a worker thread, under the bounds of reading a
 * file (time, heap, two workers), so a large upload never holds the thread that answers every
 * other request (a 16 MB text once kept the server from answering anything for 5.7 s). A scan's
 * pages are reported to `onProgress` as OCR reaches them, and each page gets the time of one
 * (OCR_PAGE_TIME_LIMIT_MS).
 */
export function prepareUpload(task: UploadTask, onProgress?: (progress: UploadProgress) => void): Promise<PreparedUpload> {
  return runBounded<UploadTask, PreparedUpload, WorkerProgress>(
    "lib/reports/upload-task.ts",
    task,
    { timeLimitMs: READ_TIME_LIMIT_MS, memoryLimitMb: READ_MEMORY_MB, maxThreads: READ_WORKERS },
    { timedOut, outOfMemory },
    (p) => {
      if (p.stage === "ocr") onProgress?.(p);
    },
  );
}
