import { NextResponse } from "next/server";
import { GZIP_FROM_BYTES, acceptsGzip, gzipOnce } from "@/lib/http/gzip-once";
import { handleRoute } from "@/lib/http/handle-route";
import { parseListValuesQuery } from "@/lib/http/list-query";
import { countValues, listValues } from "@/lib/queries/list-values";
import { getValuesCsv } from "@/lib/queries/values-csv";

// status: reviewed by a person or as extracted; a corrected figure says from what, by whom, when
const CSV_COLUMNS = [
  "key", "jurisdictionCode", "jurisdictionName", "year", "scope", "value", "unit", "approx", "derived", "edited", "status",
  "originalValue", "editedBy", "editedAt", "reviewedBy", "evidence", "reportId",
];
const JSON_LIMIT = 10_000;

export const GET = handleRoute(async (request) => {
  const { format, limit, ...filter } = parseListValuesQuery(new URL(request.url).searchParams);
  if (format === "csv") {
    const csv = await getValuesCsv({ ...filter, limit }, CSV_COLUMNS);
    const headers: Record<string, string> = {
      "content-type": "text/csv; charset=utf-8",
      "content-disposition": `attachment; filename="values${filter.key ? `-${filter.key}` : ""}.csv"`,
      "x-total-count": String(csv.total),
      vary: "accept-encoding",
    };
    if (typeof csv.body === "string" && csv.body.length >= GZIP_FROM_BYTES && acceptsGzip(request)) {
      return new Response(Buffer.from(gzipOnce(csv.body)), { headers: { ...headers, "content-encoding": "gzip" } });
    }
    return new Response(csv.body, { headers });
  }
  const [values, total] = await Promise.all([listValues({ ...filter, limit: limit ?? JSON_LIMIT }), countValues(filter)]);
  return NextResponse.json({ values, total, truncated: values.length < total });
});
