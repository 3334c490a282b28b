import { NextResponse } from "next/server";
import { z } from "zod";
import { requireWriter } from "@/lib/auth/authorize";
import { AppError } from "@/lib/errors/app-error";
import { handleRoute } from "@/lib/http/handle-route";
import { idFromPath } from "@/lib/http/parse-id";
import { readLimitedJson } from "@/lib/http/read-limited-body";
import { getReport } from "@/lib/queries/get-report";
import { deleteReport, updateReportMeta } from "@/lib/reports/edit-report";

type Context = { params: Promise<{ id: string }> };
// a correction must say what to correct: an empty or unreadable body is refused, not a silent 200
const patchSchema = z
  .object({
    year: z.number().int().min(1990).max(2100).optional(),
    kind: z.enum(["annual_report", "work_plan", "other"]).optional(),
  })
  .refine((p) => p.year !== undefined || p.kind !== undefined, { message: "需要 year 或 kind(JSON)。Give year or kind as JSON." });

export const GET = handleRoute<Context>(async (_request, { params }) => {
  const report = await getReport(idFromPath((await params).id, "report"));
  if (!report) throw new AppError("not_found", "没有这份报告。No such report.");
  return NextResponse.json({ report });
});

export const PATCH = handleRoute<Context>(async (request, { params }) => {
  const user = await requireWriter(request);
  const id = idFromPath((await params).id, "report");
  await updateReportMeta(id, patchSchema.parse(await readLimitedJson(request)), user);
  return NextResponse.json({ report: await getReport(id) });
});

export const DELETE = handleRoute<Context>(async (request, { params }) => {
  await requireWriter(request);
  await deleteReport(idFromPath((await params).id, "report"));
  return new Response(null, { status: 204 });
});
