import { AppError } from "@/lib/errors/app-error";

/**
 * The failures of reading an upload, worded once so every reader tells a person the same thing
 * and what to do about it.
 */
const ACCEPTED_ZH = "请上传 txt、html、docx、doc 或 pdf 格式的报告,或扫描图片(png、jpg、tif)。";
const ACCEPTED_EN = "Upload the report as .txt, .html, .docx, .doc or .pdf, or scanned pages as .png, .jpg or .tif.";

export function emptyFile(): AppError {
  return new AppError("bad_request", "文件为空，请选择报告文件后重新上传。The file is empty: choose the report file and upload it again.");
}

export function fileTooLarge(size: number, limit: number): AppError {
  const mb = Math.round(limit / 1024 / 1024);
  return new AppError(
    "payload_too_large",
    `文件过大（上限 ${mb} MB），请压缩图片或只上传报告正文。The file is larger than the ${mb} MB limit: remove images or upload only the report text.`,
    { size, limit },
  );
}

export function unsupportedType(what: string): AppError {
  return new AppError(
    "unsupported_media_type",
    `不支持此文件类型（${what}）。${ACCEPTED_ZH}This file type (${what}) is not supported. ${ACCEPTED_EN}`,
    { detected: what },
  );
}

export function notText(): AppError {
  return new AppError(
    "unsupported_media_type",
    `文件不是可识别的文本，可能是二进制文件或编码无法识别。${ACCEPTED_ZH}The file is not readable text (binary data or an unknown encoding). ${ACCEPTED_EN}`,
  );
}

export function corruptFile(type: string, reason?: string): AppError {
  return new AppError(
    "unprocessable",
    `文件已损坏或无法解析（${type}），请用原软件重新保存或导出后再上传。The ${type} file is damaged or cannot be parsed: save or export it again from the program that made it and upload the new file.`,
    reason ? { type, reason } : { type },
  );
}

export function scannedPdf(pages: number, cMapsAvailable: boolean): AppError {
  return new AppError(
    "unprocessable",
    "该 PDF 没有文字层（可能是扫描件或图片），需要先进行 OCR 文字识别，或上传原始 Word/文本版本。This PDF has no text layer (it is probably a scan or images): run OCR on it first, or upload the original Word or text version.",
    // `scanned`: the reader turns to OCR on this refusal
    { pages, cMapsAvailable, scanned: true },
  );
}

export function noTextInImage(type: string, pages: number): AppError {
  return new AppError(
    "unprocessable",
    `文字识别(OCR)未能从扫描件中读出文字(${type},${pages} 页),请确认图片清晰且是报告正文。OCR found no text in this ${type} scan (${pages} page${pages === 1 ? "" : "s"}): check that the image is sharp and shows the report.`,
    { type, pages, ocr: true },
  );
}

export function noText(type: string): AppError {
  return new AppError(
    "unprocessable",
    `未能从文件中读出任何文字（${type}），请确认文件内容是报告正文。No text could be read from this ${type} file: check that it contains the report itself.`,
    { type },
  );
}

export function tooComplex(type: string, bound: string): AppError {
  return new AppError(
    "unprocessable",
    `文件结构过于复杂或解压后过大（${bound}），无法安全处理，请另存为普通格式后再上传。The ${type} file is too large or too complex to read safely (${bound}): save it again as a plain document and upload that.`,
    { type, bound },
  );
}

export function passwordProtected(type: string): AppError {
  return new AppError(
    "unprocessable",
    `文件设有密码保护（${type}），请去除密码后重新上传。The ${type} file is password-protected: remove the password and upload it again.`,
    { type },
  );
}

export function readTimedOut(seconds: number): AppError {
  return new AppError(
    "unprocessable",
    `文件无法在限定时间内解析（${seconds} 秒），请另存为普通格式或只上传报告正文后再试。The file could not be read within ${seconds} s: save it again as a plain document, or upload only the report text.`,
    { limitSeconds: seconds },
  );
}

export function readOutOfMemory(mb: number): AppError {
  return new AppError(
    "unprocessable",
    `文件解析所需内存超过上限（${mb} MB），无法安全处理，请另存为普通格式或只上传报告正文。Reading the file needs more than the ${mb} MB memory limit: save it again as a plain document, or upload only the report text.`,
    { limitMb: mb },
  );
}
