import { NextResponse } from "next/server";
import { GZIP_FROM_BYTES, acceptsGzip, gzipOnce } from "@/lib/http/gzip-once";
import { attachmentDisposition } from "@/lib/http/content-disposition";
import { valuesFileName } from "@/lib/http/download-file-name";
import { handleRoute } from "@/lib/http/handle-route";
import { parseListValuesQuery } from "@/lib/http/list-query";
import { countValues, listValues } from "@/lib/queries/list-values";
import { getValuesCsv } from "@/lib/queries/values-csv";
import { VALUES_CSV_COLUMN_NAMES } from "@/lib/csv/values-columns";

const JSON_LIMIT = 10_000;

export const GET = handleRoute(async (request) => {
  const { format, limit, ...filter } = parseListValuesQuery(new URL(request.url).searchParams);
  if (format === "csv") {
    const csv = await getValuesCsv({ ...filter, limit }, VALUES_CSV_COLUMN_NAMES);
    const headers: Record<string, string> = {
      "content-type": "text/csv; charset=utf-8",
      "content-disposition": attachmentDisposition(valuesFileName(filter)),
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
