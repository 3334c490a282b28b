import { NextResponse } from "next/server";
import { requireWriter } from "@/lib/auth/authorize";
import { handleRoute } from "@/lib/http/handle-route";
import { parseUploadRequest } from "@/lib/http/upload-request";
import { parseListReportsQuery } from "@/lib/http/list-query";
import { listReports } from "@/lib/queries/list-reports";
import { uploadReports } from "@/lib/reports/upload-reports";
import { limitUploads } from "@/lib/http/rate-limit";

export const GET = handleRoute(async (request) => {
  const query = parseListReportsQuery(new URL(request.url).searchParams);
  return NextResponse.json(await listReports(query));
});

export const POST = handleRoute(async (request) => {
  const user = await requireWriter(request);
  await limitUploads(request);
  const { items, overrides } = await parseUploadRequest(request);
  const outcomes = await uploadReports(items, overrides, user);
  const results = outcomes.map((o) =>
    o.ok
      ? {
          fileName: o.fileName,
          ok: true,
          id: o.id,
          url: `/reports/${o.id}`,
          created: o.created,
          jurisdiction: o.facts.jurisdiction,
          year: o.facts.year,
          kind: o.facts.kind,
          indicators: o.facts.indicators,
          warnings: o.facts.warnings,
        }
      : { fileName: o.fileName, ok: false, error: o.error },
  );
  // one file: its own status; several: 200 when any succeeded, else the first error's status
  const failed = outcomes.filter((o) => !o.ok);
  const status =
    failed.length === outcomes.length
      ? (failed[0] as { status: number }).status
      : outcomes.some((o) => o.ok && o.created)
        ? 201
        : 200;
  return NextResponse.json({ results }, { status });
});
