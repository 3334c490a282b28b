import { NextResponse } from "next/server";
import { GZIP_FROM_BYTES, acceptsGzip, gzipOnce } from "@/lib/http/gzip-once";
import { handleRoute } from "@/lib/http/handle-route";
import { parseListValuesQuery } from "@/lib/http/list-query";
import { getValuesCsv, listValues } from "@/lib/queries/list-values";

const CSV_COLUMNS = ["key", "jurisdictionCode", "jurisdictionName", "year", "scope", "value", "unit", "approx", "derived", "edited", "evidence", "reportId"];

export const GET = handleRoute(async (request) => {
  const { format, ...query } = parseListValuesQuery(new URL(request.url).searchParams);
  if (format === "csv") {
    const csv = await getValuesCsv(query, CSV_COLUMNS);
    const headers: Record<string, string> = {
      "content-type": "text/csv; charset=utf-8",
      "content-disposition": `attachment; filename="values${query.key ? `-${query.key}` : ""}.csv"`,
      vary: "accept-encoding",
    };
    if (csv.length >= GZIP_FROM_BYTES && acceptsGzip(request)) {
      return new Response(Buffer.from(gzipOnce(csv)), { headers: { ...headers, "content-encoding": "gzip" } });
    }
    return new Response(csv, { headers });
  }
  return NextResponse.json({ values: await listValues(query) });
});
