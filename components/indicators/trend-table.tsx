import Link from "next/link";
import { formatValue } from "@/lib/display/labels";
import { MIN_TREND_PLACES } from "@/lib/charts/median-trend";
import { indicatorHref, type IndicatorViewState } from "./indicator-url";

/** How many places report the figure each year, and their median: coverage first, then level. */
export function IndicatorTrendTable({ indicatorKey, trend, unit, state }: { indicatorKey: string; trend: { year: number; count: number; median: number }[]; unit: string; state: IndicatorViewState }) {
  return (
    <div className="overflow-x-auto">
      <table className="border-collapse bg-white text-sm shadow-sm" data-testid="trend-table">
        <thead className="bg-stone-100 text-left">
          <tr>
            <th scope="col" className="p-2">
              年度 Year
            </th>
            <th scope="col" className="p-2 text-right">
              地区数 N
            </th>
            <th scope="col" className="p-2 text-right">
              中位数 Median
            </th>
          </tr>
        </thead>
        <tbody>
          {trend.map((t) => (
            <tr key={t.year} className="border-t border-stone-200">
              <th scope="row" className="p-2 text-left font-normal">
                <Link href={indicatorHref(indicatorKey, { ...state, year: t.year })} className="text-red-800 hover:underline">
                  {t.year}
                </Link>
              </th>
              <td className="p-2 text-right tabular-nums">{t.count}</td>
              <td className="p-2 text-right tabular-nums">
                {formatValue(t.median, unit, false)}
                {t.count < MIN_TREND_PLACES && <span className="block text-xs text-stone-500">不足 {MIN_TREND_PLACES} 地,不连线 too few to join</span>}
              </td>
            </tr>
          ))}
        </tbody>
      </table>
    </div>
  );
}
