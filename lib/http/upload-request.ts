import { z } from "zod";
import { AppError } from "../errors/app-error";
import { MAX_UPLOAD_BYTES } from "../documents/limits";
import { fileTooLarge } from "../documents/document-errors";
import { MAX_FILES_PER_UPLOAD, tooManyFiles } from "../reports/limits";
import type { UploadItem, UploadOverrides } from "../reports/upload-reports";
import { reportTextField, sourceUrlField } from "./input-fields";
import { readLimitedBody, readLimitedFormData } from "./read-limited-body";

const overridesSchema = z.object({
  jurisdictionCode: z.string().regex(/^\d{6}$/, "6 位行政区划代码 a 6-digit division code").optional(),
  year: z.coerce.number().int().min(1990).max(2100).optional(),
  kind: z.enum(["annual_report", "work_plan", "other"]).optional(),
});

const jsonUploadSchema = overridesSchema.extend({
  text: reportTextField,
  fileName: z.string().max(255).optional(),
  sourceUrl: sourceUrlField.optional(),
});

// the form's own fields besides the files, checked like the JSON body's before anything is stored
const formFieldsSchema = overridesSchema.extend({
  text: reportTextField.optional(),
  sourceUrl: sourceUrlField.optional(),
});

const MAX_REQUEST_BYTES = MAX_UPLOAD_BYTES * 2 + 1024 * 1024;

// A file name is shown back to people and stored: keep its last path part, no control characters.
function safeFileName(name: string): string {
  const base = name.split(/[\\/]/).pop() ?? "";
  return base.replace(/[\u0000-\u001f\u007f]/g, "").slice(0, 255) || "upload";
}

const emptyToUndefined = (v: FormDataEntryValue | null) => (typeof v === "string" && v.trim() !== "" ? v.trim() : undefined);

/** Parses an upload request (multipart `files`, or JSON `{text, …}`) into items and overrides. */
export async function parseUploadRequest(request: Request): Promise<{ items: UploadItem[]; overrides: UploadOverrides }> {
  const type = request.headers.get("content-type") ?? "";
  if (type.startsWith("application/json")) {
    const bytes = await readLimitedBody(request, MAX_UPLOAD_BYTES);
    let json: unknown;
    try {
      json = JSON.parse(new TextDecoder().decode(bytes));
    } catch {
      throw new AppError("bad_request", "JSON 格式有误。The body is not valid JSON.");
    }
    const body = jsonUploadSchema.parse(json);
    const { text, fileName, sourceUrl, ...overrides } = body;
    return { items: [{ fileName: safeFileName(fileName ?? "pasted.txt"), text, sourceUrl }], overrides };
  }
  if (type.startsWith("multipart/form-data")) {
    const form = await readLimitedFormData(request, MAX_REQUEST_BYTES);
    const files = form.getAll("files").filter((f): f is File => typeof f !== "string");
    if (files.length > MAX_FILES_PER_UPLOAD) {
      throw tooManyFiles();
    }
    const { text: pasted, sourceUrl, ...overrides } = formFieldsSchema.parse({
      jurisdictionCode: emptyToUndefined(form.get("jurisdictionCode")),
      year: emptyToUndefined(form.get("year")),
      kind: emptyToUndefined(form.get("kind")),
      text: emptyToUndefined(form.get("text")),
      sourceUrl: emptyToUndefined(form.get("sourceUrl")),
    });
    const items: UploadItem[] = await Promise.all(
      files.map(async (f) => {
        if (f.size > MAX_UPLOAD_BYTES) return { fileName: safeFileName(f.name), refused: fileTooLarge(f.size, MAX_UPLOAD_BYTES) };
        return { fileName: safeFileName(f.name), bytes: new Uint8Array(await f.arrayBuffer()), sourceUrl };
      }),
    );
    if (pasted) items.push({ fileName: "pasted.txt", text: pasted, sourceUrl });
    return { items, overrides };
  }
  throw new AppError("unsupported_media_type", "请用 multipart/form-data(字段 files)或 JSON 上传。Send multipart/form-data (field `files`) or JSON.");
}
