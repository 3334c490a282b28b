import { NextResponse } from "next/server";
import { z } from "zod";
import { requireWriter } from "@/lib/auth/authorize";
import { AppError } from "@/lib/errors/app-error";
import { handleRoute } from "@/lib/http/handle-route";
import { correctedValueField } from "@/lib/http/input-fields";
import { MAX_ID, idFromPath } from "@/lib/http/parse-id";
import { readLimitedJson } from "@/lib/http/read-limited-body";
import { getReport } from "@/lib/queries/get-report";
import { correctReport, deleteReport } from "@/lib/reports/edit-report";

type Context = { params: Promise<{ id: string }> };
/** Review lists are a few dozen values; this bounds one request's locks. */
const MAX_VALUE_CHANGES = 500;
const valueId = z.number().int().positive().max(MAX_ID);
const valueChange = z.union([
  z.object({ id: valueId, value: correctedValueField, expectedValue: z.number().finite().optional() }).strict(),
  z.object({ id: valueId, remove: z.literal(true), expectedValue: z.number().finite().optional() }).strict(),
]);
// a correction must say what to correct: an empty or unreadable body is refused, not a silent 200
const patchSchema = z
  .object({
    year: z.number().int().min(1990).max(2100).optional(),
    kind: z.enum(["annual_report", "work_plan", "other"]).optional(),
    values: z.array(valueChange).max(MAX_VALUE_CHANGES).optional(),
    // the person checked the values against the original (a scan's OCR values)
    reviewed: z.literal(true).optional(),
  })
  .refine((p) => p.year !== undefined || p.kind !== undefined || (p.values?.length ?? 0) > 0 || p.reviewed, {
    message: "需要 year、kind、values 或 reviewed(JSON)。Give year, kind, values or reviewed as JSON.",
  });

export const GET = handleRoute<Context>(async (_request, { params }) => {
  const report = await getReport(idFromPath((await params).id, "report"));
  if (!report) throw new AppError("not_found", "没有这份报告。No such report.");
  return NextResponse.json({ report });
});

export const PATCH = handleRoute<Context>(async (request, { params }) => {
  const user = await requireWriter(request);
  const id = idFromPath((await params).id, "report");
  await correctReport(id, patchSchema.parse(await readLimitedJson(request)), user);
  return NextResponse.json({ report: await getReport(id) });
});

export const DELETE = handleRoute<Context>(async (request, { params }) => {
  await requireWriter(request);
  await deleteReport(idFromPath((await params).id, "report"));
  return new Response(null, { status: 204 });
});
