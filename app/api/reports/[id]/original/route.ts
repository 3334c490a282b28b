import { AppError } from "@/lib/errors/app-error";
import { handleRoute } from "@/lib/http/handle-route";
import { idFromPath } from "@/lib/http/parse-id";
import { attachmentDisposition } from "@/lib/http/content-disposition";
import { getOriginalFile } from "@/lib/queries/get-original-file";

type Context = { params: Promise<{ id: string }> };

/** The file a report was read from, byte for byte: a download, never rendered in this origin. */
export const GET = handleRoute<Context>(async (_request, { params }) => {
  const file = await getOriginalFile(idFromPath((await params).id, "report"));
  if (!file) throw new AppError("not_found", "这份报告没有保存原文件(粘贴的文本,或报告不存在)。This report has no original file (pasted text, or no such report).");
  return new Response(Buffer.from(file.bytes), {
    headers: {
      "content-type": file.mediaType,
      "content-length": String(file.bytes.byteLength),
      "content-disposition": attachmentDisposition(file.fileName ?? `report-${file.sha256.slice(0, 12)}`),
      // a saved page could hold scripts: as a download in a sandbox it runs nothing here
      "content-security-policy": "sandbox; default-src 'none'",
      etag: `"${file.sha256}"`,
      "cache-control": "public, max-age=3600",
    },
  });
});
