import { NextResponse } from "next/server";
import { z } from "zod";
import { toCsv } from "@/lib/csv";
import { attachmentDisposition } from "@/lib/http/content-disposition";
import { handleRoute } from "@/lib/http/handle-route";
import { DEFINITIONS_CSV_COLUMNS, definitionRows } from "@/lib/indicators/definitions";
import { INDICATORS, INDICATOR_GROUPS } from "@/lib/indicators";

const query = z.object({ format: z.enum(["json", "csv"]).default("json") });

export const GET = handleRoute(async (request) => {
  const { format } = query.parse(Object.fromEntries(new URL(request.url).searchParams));
  if (format === "csv") {
    return new Response(toCsv(DEFINITIONS_CSV_COLUMNS, definitionRows()), {
      headers: { "content-type": "text/csv; charset=utf-8", "content-disposition": attachmentDisposition("指标定义-indicator-definitions.csv") },
    });
  }
  return NextResponse.json({ groups: INDICATOR_GROUPS, indicators: INDICATORS });
});
