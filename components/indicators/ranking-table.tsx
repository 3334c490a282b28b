import type { OutlierSide } from "@/lib/distribution";
import { LEVEL_LABEL, formatValue } from "@/lib/labels";
import type { RankingEntry } from "@/lib/queries/get-indicator-ranking";

const OUTLIER_LABEL: Record<OutlierSide, string> = {
  high: "异常高 Unusually high",
  low: "异常低 Unusually low",
};

interface Props {
  entries: RankingEntry[];
  ranked: boolean;
  /** values beyond the distribution's fences, by value id */
  outliers: ReadonlyMap<number, OutlierSide>;
}

/**
 * Every place of the ranking, with the sentence each figure came from one click away, and a flag
 * where the figure stands far from the others or the extractor had doubts: worth reading first.
 */
export function IndicatorRankingTable({ entries, ranked, outliers }: Props) {
  return (
    <div className="overflow-x-auto">
      <table className="w-full border-collapse bg-white text-sm shadow-sm" data-testid="ranking-table">
        <thead className="bg-stone-100 text-left">
          <tr>
            {ranked && (
              <th scope="col" className="p-2 text-right">
                排名 Rank
              </th>
            )}
            <th scope="col" className="p-2">
              行政区划 Jurisdiction
            </th>
            <th scope="col" className="p-2">
              上级 Parents
            </th>
            <th scope="col" className="p-2 text-right">
              数值 Value
            </th>
            <th scope="col" className="p-2">
              原文 Evidence
            </th>
            <th scope="col" className="p-2">
              提示 Flags
            </th>
          </tr>
        </thead>
        <tbody>
          {entries.map((e) => (
            <tr key={e.id} className="border-t border-stone-200">
              {ranked && <td className="p-2 text-right tabular-nums">{e.rank}</td>}
              <th scope="row" className="p-2 text-left font-normal">
                {/* plain links: hundreds of client-side Links would weigh on the page for nothing */}
                <a href={`/jurisdictions/${e.code}`} className="text-red-800 hover:underline">
                  {e.name}
                </a>
                <span className="ml-1 text-xs text-stone-500">{LEVEL_LABEL[e.level].zh}</span>
              </th>
              <td className="p-2 text-stone-600">{e.parentNames.join(" · ") || "—"}</td>
              <td className="p-2 text-right tabular-nums">
                {formatValue(e.value, e.unit, e.approx)}
                {e.derived ? "*" : ""}
              </td>
              <td className="p-2">
                <a href={`/reports/${e.reportId}#value-${e.id}`} className="text-red-800 hover:underline" aria-label={`原文 Evidence: ${e.name}`}>
                  原文 ↗
                </a>
              </td>
              <td className="p-2 text-xs" data-testid="value-flags">
                {outliers.has(e.id) && (
                  <span className="mr-1 rounded bg-amber-100 px-1 text-amber-900" title="超出四分位距 1.5 倍 Beyond 1.5 × IQR of the others">
                    {OUTLIER_LABEL[outliers.get(e.id)!]}
                  </span>
                )}
                {e.warnings.map((w) => (
                  <span key={w} className="mr-1 rounded bg-red-50 px-1 text-red-900" title={w}>
                    ⚠ {w}
                  </span>
                ))}
              </td>
            </tr>
          ))}
        </tbody>
      </table>
      <p className="mt-1 text-xs text-stone-500">* 由原文数字计算 derived from the report&apos;s counts · 约 approximate (余/多/近) · 异常值按四分位距判断,不代表数据有误 Outliers are by interquartile range: a flag to check, not an error</p>
    </div>
  );
}
