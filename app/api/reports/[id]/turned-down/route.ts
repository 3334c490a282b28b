import { NextResponse } from "next/server";
import { AppError } from "@/lib/errors/app-error";
import { handleRoute } from "@/lib/http/handle-route";
import { idFromPath } from "@/lib/http/parse-id";
import { getReport } from "@/lib/queries/get-report";
import { turnedDownOf } from "@/lib/review/turned-down";

type Context = { params: Promise<{ id: string }> };

/** The figures the extractor's rules turn down in this report, each with its reason code: a reviewer may accept one. */
export const GET = handleRoute<Context>(async (_request, { params }) => {
  const report = await getReport(idFromPath((await params).id, "report"));
  if (!report) throw new AppError("not_found", "没有这份报告。No such report.");
  return NextResponse.json({ figures: turnedDownOf(report) });
});
