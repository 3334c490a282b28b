import { NextResponse } from "next/server";
import { requireWriter } from "@/lib/auth/authorize";
import { handleRoute } from "@/lib/http/handle-route";
import { parseUploadRequest } from "@/lib/http/upload-request";
import { uploadProgressStream, uploadResponse } from "@/lib/http/upload-response";
import { parseListReportsQuery } from "@/lib/http/list-query";
import { listReports } from "@/lib/queries/list-reports";
import { limitUploads } from "@/lib/http/rate-limit";

export const GET = handleRoute(async (request) => {
  const query = parseListReportsQuery(new URL(request.url).searchParams);
  return NextResponse.json(await listReports(query));
});

export const POST = handleRoute(async (request) => {
  const user = await requireWriter(request);
  await limitUploads(request);
  const { items, overrides } = await parseUploadRequest(request);
  // a person on /upload sees each page of a scan as OCR reaches it
  if (request.headers.get("accept")?.includes("application/x-ndjson")) return uploadProgressStream(items, overrides, user);
  return uploadResponse(items, overrides, user);
});
