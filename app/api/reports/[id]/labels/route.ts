import { NextResponse } from "next/server";
import { AppError } from "@/lib/errors/app-error";
import { handleRoute } from "@/lib/http/handle-route";
import { idFromPath } from "@/lib/http/parse-id";
import { getReport } from "@/lib/queries/get-report";
import { reportLabels } from "@/lib/review/report-labels";

type Context = { params: Promise<{ id: string }> };

/** A reviewed report as hand labels, in the data/real JSON shape (its text is GET /api/reports/:id's `text`). */
export const GET = handleRoute<Context>(async (_request, { params }) => {
  const report = await getReport(idFromPath((await params).id, "report"));
  if (!report) throw new AppError("not_found", "没有这份报告。No such report.");
  if (!report.reviewedAt) throw new AppError("conflict", "这份报告还没有人审核,没有标注可导出。No person has reviewed this report yet: it has no labels.");
  return NextResponse.json(reportLabels(report));
});
