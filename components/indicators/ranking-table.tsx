import Link from "next/link";
import { LEVEL_LABEL, formatValue } from "@/lib/labels";
import type { RankingEntry } from "@/lib/queries/get-indicator-ranking";

/** Every place of the ranking, with the sentence each figure came from one click away. */
export function IndicatorRankingTable({ entries, ranked }: { entries: RankingEntry[]; ranked: boolean }) {
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
          </tr>
        </thead>
        <tbody>
          {entries.map((e) => (
            <tr key={e.id} className="border-t border-stone-200">
              {ranked && <td className="p-2 text-right tabular-nums">{e.rank}</td>}
              <th scope="row" className="p-2 text-left font-normal">
                <Link href={`/jurisdictions/${e.code}`} className="text-red-800 hover:underline">
                  {e.name}
                </Link>
                <span className="ml-1 text-xs text-stone-500">{LEVEL_LABEL[e.level].zh}</span>
              </th>
              <td className="p-2 text-stone-600">{e.parentNames.join(" · ") || "—"}</td>
              <td className="p-2 text-right tabular-nums">
                {formatValue(e.value, e.unit, e.approx)}
                {e.derived ? "*" : ""}
              </td>
              <td className="p-2">
                <Link href={`/reports/${e.reportId}#value-${e.id}`} className="text-red-800 hover:underline" aria-label={`原文 Evidence: ${e.name}`}>
                  原文 ↗
                </Link>
              </td>
            </tr>
          ))}
        </tbody>
      </table>
      <p className="mt-1 text-xs text-stone-500">* 由原文数字计算 derived from the report&apos;s counts · 约 approximate (余/多/近)</p>
    </div>
  );
}
