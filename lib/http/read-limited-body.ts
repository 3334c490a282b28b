import { AppError } from "../errors/app-error";

/**
 * Reads a request body but never more than `maxBytes`: a chunked upload has no Content-Length
 * to check, so the bytes are counted as they arrive and the read stops at the limit.
 */
export async function readLimitedBody(request: Request, maxBytes: number): Promise<Uint8Array<ArrayBuffer>> {
  const declared = Number(request.headers.get("content-length") ?? NaN);
  if (Number.isFinite(declared) && declared > maxBytes) throw tooLarge(maxBytes);
  return readStreamLimited(request.body, maxBytes, () => tooLarge(maxBytes));
}

/**
 * A byte stream read whole but never past `maxBytes` (a request body, a fetched file: neither's
 * declared length can be trusted); past it the stream is cancelled and `tooLarge(size)` thrown.
 */
export async function readStreamLimited(body: ReadableStream<Uint8Array> | null, maxBytes: number, tooLarge: (size: number) => Error): Promise<Uint8Array<ArrayBuffer>> {
  if (!body) return new Uint8Array(0);
  const reader = body.getReader();
  const chunks: Uint8Array[] = [];
  let total = 0;
  for (;;) {
    const { done, value } = await reader.read();
    if (done) break;
    total += value.byteLength;
    if (total > maxBytes) {
      await reader.cancel().catch(() => {});
      throw tooLarge(total);
    }
    chunks.push(value);
  }
  const out = new Uint8Array(total);
  let offset = 0;
  for (const c of chunks) {
    out.set(c, offset);
    offset += c.byteLength;
  }
  return out;
}

/** 64 KB, 41 MB: a limit as people read it (a 64 KB limit once read "larger than 0 MB"). */
export function formatBytes(bytes: number): string {
  if (bytes >= 1024 * 1024) return `${Math.round((bytes / 1024 / 1024) * 10) / 10} MB`;
  if (bytes >= 1024) return `${Math.round((bytes / 1024) * 10) / 10} KB`;
  return `${bytes} bytes`;
}

function tooLarge(maxBytes: number): AppError {
  const size = formatBytes(maxBytes);
  return maxBytes >= 1024 * 1024
    ? new AppError("payload_too_large", `上传内容超过 ${size} 上限,请分批上传。The upload is larger than ${size}; send fewer or smaller files.`)
    : new AppError("payload_too_large", `请求内容超过 ${size} 上限。The request body is larger than ${size}.`);
}

/** multipart/form-data through the same byte limit */
export async function readLimitedFormData(request: Request, maxBytes: number): Promise<FormData> {
  const bytes = await readLimitedBody(request, maxBytes);
  try {
    return await new Response(bytes, { headers: { "content-type": request.headers.get("content-type") ?? "" } }).formData();
  } catch {
    throw new AppError("bad_request", "无法解析上传的表单。The multipart form could not be read.");
  }
}

/** Small bodies (logins, corrections): a JSON or form body of a few KB, never more. */
export const MAX_SMALL_BODY_BYTES = 64 * 1024;

/** A JSON body under `maxBytes`; `fallback` when it is empty or not JSON (zod then says what is missing). */
export async function readLimitedJson(request: Request, fallback: unknown = {}, maxBytes = MAX_SMALL_BODY_BYTES): Promise<unknown> {
  const bytes = await readLimitedBody(request, maxBytes);
  try {
    return JSON.parse(new TextDecoder().decode(bytes));
  } catch {
    return fallback;
  }
}
