import { z } from "zod";
import { AppError } from "../errors/app-error";
import { MAX_UPLOAD_BYTES } from "../documents/limits";
import { fileTooLarge } from "../documents/document-errors";
import { MAX_FILES_PER_UPLOAD, tooManyFiles } from "../reports/limits";
import { MAX_URLS_PER_UPLOAD } from "../fetch/fetch-limits";
import { safeFileName, type UploadItem, type UploadOverrides } from "../reports/upload-reports";
import { reportTextField, sourceUrlField, webAddressField } from "./input-fields";
import { readLimitedBody, readLimitedFormData } from "./read-limited-body";

const overridesSchema = z.object({
  jurisdictionCode: z.string().regex(/^\d{6}$/, "6 位行政区划代码 a 6-digit division code").optional(),
  year: z.coerce.number().int().min(1990).max(2100).optional(),
  kind: z.enum(["annual_report", "work_plan", "other"]).optional(),
});

/** Addresses to fetch reports from: one or more, each checked at the edge (a refused one fails the request before anything is fetched). */
const urlsField = z
  .array(webAddressField("urls"))
  .min(1, "urls 不能为空 must name at least one address")
  .max(MAX_URLS_PER_UPLOAD, `urls 最多 ${MAX_URLS_PER_UPLOAD} 个 may name at most ${MAX_URLS_PER_UPLOAD} addresses`);

const jsonUploadSchema = overridesSchema
  .extend({
    text: reportTextField.optional(),
    fileName: z.string().max(255).optional(),
    sourceUrl: sourceUrlField.optional(),
    urls: urlsField.optional(),
  })
  .refine((b) => b.text !== undefined || b.urls !== undefined, { message: "需要 text 或 urls。Give text or urls.", path: ["text"] });

// the form's own fields besides the files, checked like the JSON body's before anything is stored
const formFieldsSchema = overridesSchema.extend({
  text: reportTextField.optional(),
  sourceUrl: sourceUrlField.optional(),
  urls: urlsField.optional(),
});

const MAX_REQUEST_BYTES = MAX_UPLOAD_BYTES * 2 + 1024 * 1024;

const emptyToUndefined = (v: FormDataEntryValue | null) => (typeof v === "string" && v.trim() !== "" ? v.trim() : undefined);

/** The form's `urls`: one field per address, or a list pasted one per line. */
function formUrls(form: FormData): string[] | undefined {
  const lines = form
    .getAll("urls")
    .flatMap((v) => (typeof v === "string" ? v.split(/\r?\n/) : []))
    .map((l) => l.trim())
    .filter(Boolean);
  return lines.length > 0 ? lines : undefined;
}

/** Addresses as upload items, named by their address until the fetch finds the file's own name. */
const urlItems = (urls: string[] | undefined): UploadItem[] => (urls ?? []).map((url) => ({ fileName: url, url }));

/** Parses an upload request (multipart `files` and `urls`, or JSON `{text, …}` / `{urls: […]}`) into items and overrides. */
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
    const { text, fileName, sourceUrl, urls, ...overrides } = body;
    const items = urlItems(urls);
    if (text !== undefined) items.push({ fileName: safeFileName(fileName ?? "pasted.txt"), text, sourceUrl });
    return { items, overrides };
  }
  if (type.startsWith("multipart/form-data")) {
    const form = await readLimitedFormData(request, MAX_REQUEST_BYTES);
    const files = form.getAll("files").filter((f): f is File => typeof f !== "string");
    if (files.length > MAX_FILES_PER_UPLOAD) {
      throw tooManyFiles();
    }
    const { text: pasted, sourceUrl, urls, ...overrides } = formFieldsSchema.parse({
      jurisdictionCode: emptyToUndefined(form.get("jurisdictionCode")),
      year: emptyToUndefined(form.get("year")),
      kind: emptyToUndefined(form.get("kind")),
      text: emptyToUndefined(form.get("text")),
      sourceUrl: emptyToUndefined(form.get("sourceUrl")),
      urls: formUrls(form),
    });
    const items: UploadItem[] = await Promise.all(
      files.map(async (f) => {
        if (f.size > MAX_UPLOAD_BYTES) return { fileName: safeFileName(f.name), refused: fileTooLarge(f.size, MAX_UPLOAD_BYTES) };
        return { fileName: safeFileName(f.name), bytes: new Uint8Array(await f.arrayBuffer()), sourceUrl };
      }),
    );
    items.push(...urlItems(urls));
    if (pasted) items.push({ fileName: "pasted.txt", text: pasted, sourceUrl });
    if (items.length > MAX_FILES_PER_UPLOAD) throw tooManyFiles();
    return { items, overrides };
  }
  throw new AppError("unsupported_media_type", "请用 multipart/form-data(字段 files)或 JSON 上传。Send multipart/form-data (field `files`) or JSON.");
}
