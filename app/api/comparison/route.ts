import { MAX_COMPARED, parseCompareParams } from "@/components/compare/compare-url";
import { fileNameOf } from "@/lib/charts/file-name";
import { COMPARISON_CSV_COLUMNS, comparisonCsvRows } from "@/lib/csv/comparison";
import { toCsv } from "@/lib/csv";
import { attachmentHeader } from "@/lib/http/download-file-name";
import { handleRoute } from "@/lib/http/handle-route";
import { getComparison } from "@/lib/queries/get-comparison";

/** GET /api/comparison?j=…&year=&tol=&k=&scope=&reviewed=1: the comparison page's query, as one CSV named after it. */
export const GET = handleRoute(async (request) => {
  const params = parseCompareParams(Object.fromEntries(new URL(request.url).searchParams));
  const comparison = await getComparison({ ...params, max: MAX_COMPARED });
  const name = fileNameOf(
    ["比较", comparison.jurisdictions.map((j) => j.name).join("_"), comparison.year ?? "各地最新", params.scope === "own" ? "本级政府" : params.scope === "area" ? "全域" : null],
    "csv",
  );
  return new Response(toCsv(COMPARISON_CSV_COLUMNS, comparisonCsvRows(comparison)), {
    headers: { "content-type": "text/csv; charset=utf-8", "content-disposition": attachmentHeader(name) },
  });
});
