import { READ_MEMORY_MB, READ_TIME_LIMIT_MS, READ_WORKERS } from "../documents/limits";
import { AppError } from "../errors/app-error";
import { runBounded } from "../workers/bounded-pool";
import type { PreparedReport } from "./prepare-report";
import type { UploadTask } from "./upload-task";

function timedOut(seconds: number): AppError {
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
 * An uploaded file or pasted text to the rows to store: reading, normalising, hashing and
 * extraction all run in a worker thread, under the bounds of reading a file (time, heap, two
 * workers), so a large upload never holds the thread that answers every other request (a 16 MB
 * text once kept the server from answering anything for 5.7 s).
 */
export function prepareUpload(task: UploadTask): Promise<PreparedReport> {
  return runBounded<UploadTask, PreparedReport>(
    "lib/reports/upload-task.ts",
    task,
    { timeLimitMs: READ_TIME_LIMIT_MS, memoryLimitMb: READ_MEMORY_MB, maxThreads: READ_WORKERS },
    { timedOut, outOfMemory },
  );
}
