import { NextResponse } from "next/server";
import { requireWriter } from "@/lib/auth/authorize";
import { AppError } from "@/lib/errors/app-error";
import { handleRoute } from "@/lib/http/handle-route";
import { idFromPath } from "@/lib/http/parse-id";
import { reportCorrectionSchema } from "@/lib/http/report-correction";
import { readLimitedJson } from "@/lib/http/read-limited-body";
import { getReport } from "@/lib/queries/get-report";
import { correctReport, deleteReport } from "@/lib/reports/edit-report";

type Context = { params: Promise<{ id: string }> };

export const GET = handleRoute<Context>(async (_request, { params }) => {
  const report = await getReport(idFromPath((await params).id, "report"));
  if (!report) throw new AppError("not_found", "没有这份报告。No such report.");
  return NextResponse.json({ report });
});

export const PATCH = handleRoute<Context>(async (request, { params }) => {
  const user = await requireWriter(request);
  const id = idFromPath((await params).id, "report");
  await correctReport(id, reportCorrectionSchema.parse(await readLimitedJson(request)), user);
  return NextResponse.json({ report: await getReport(id) });
});

export const DELETE = handleRoute<Context>(async (request, { params }) => {
  const user = await requireWriter(request);
  await deleteReport(idFromPath((await params).id, "report"), user);
  return new Response(null, { status: 204 });
});
