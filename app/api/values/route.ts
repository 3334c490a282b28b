import { NextResponse } from "next/server";
import { handleRoute } from "@/lib/http/handle-route";
import { parseListValuesQuery } from "@/lib/http/list-query";
import { getValuesCsv, listValues } from "@/lib/queries/list-values";

const CSV_COLUMNS = ["key", "jurisdictionCode", "jurisdictionName", "year", "scope", "value", "unit", "approx", "derived", "edited", "evidence", "reportId"];

export const GET = handleRoute(async (request) => {
  const { format, ...query } = parseListValuesQuery(new URL(request.url).searchParams);
  if (format === "csv") {
    return new Response(await getValuesCsv(query, CSV_COLUMNS), {
      headers: {
        "content-type": "text/csv; charset=utf-8",
        "content-disposition": `attachment; filename="values${query.key ? `-${query.key}` : ""}.csv"`,
      },
    });
  }
  return NextResponse.json({ values: await listValues(query) });
});
