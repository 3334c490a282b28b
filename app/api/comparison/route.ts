import { MAX_COMPARED, parseCompareParams } from "@/lib/compare/compare-url";
import { fileNameOf } from "@/lib/charts/file-name";
import { SCOPE_LABEL } from "@/lib/display/labels";
import { COMPARISON_CSV_COLUMNS, comparisonCsvRows } from "@/lib/csv/comparison";
import { toCsv } from "@/lib/csv";
import { attachmentDisposition } from "@/lib/http/content-disposition";
import { handleRoute } from "@/lib/http/handle-route";
import { getComparison } from "@/lib/queries/get-comparison";

/** GET /api/comparison?j=…&year=&tol=&k=&scope=&reviewed=1: the comparison page's query, as one CSV named after it. */
export const GET = handleRoute(async (request) => {
  const params = parseCompareParams(Object.fromEntries(new URL(request.url).searchParams));
  const comparison = await getComparison({ ...params, max: MAX_COMPARED });
  const name = fileNameOf(
    ["比较", comparison.jurisdictions.map((j) => j.name).join("_"), comparison.year ?? "各地最新", params.scope ? SCOPE_LABEL[params.scope].zh : null],
    "csv",
  );
  return new Response(toCsv(COMPARISON_CSV_COLUMNS, comparisonCsvRows(comparison)), {
    headers: { "content-type": "text/csv; charset=utf-8", "content-disposition": attachmentDisposition(name) },
  });
});
