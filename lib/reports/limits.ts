import { AppError } from "../errors/app-error";

/** How many files one upload request may carry. */
export const MAX_FILES_PER_UPLOAD = 20;

export function tooManyFiles(): AppError {
  return new AppError("bad_request", `一次最多上传 ${MAX_FILES_PER_UPLOAD} 个文件。At most ${MAX_FILES_PER_UPLOAD} files per upload.`);
}
