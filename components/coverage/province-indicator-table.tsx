import Link from "next/link";
import { indicatorHref } from "@/components/indicators/indicator-url";
import type { IndicatorDefinition } from "@/lib/indicators";
import { formatValue } from "@/lib/display/labels";
import type { ProvinceIndicatorMap } from "@/lib/queries/get-province-indicator-map";
import { PROVINCE_TILES } from "./province-tiles";

/** The tile map's numbers: per province, how many places state the figure, their median and range. */
export function ProvinceIndicatorTable({ def, map }: { def: IndicatorDefinition; map: ProvinceIndicatorMap }) {
  const rows = PROVINCE_TILES.filter((t) => map.provinces[t.code]).sort((a, b) => a.code.localeCompare(b.code));
  return (
    <div className="overflow-x-auto">
      <table className="w-full border-collapse bg-white text-sm shadow-sm" data-testid="province-indicator-table">
        <thead className="bg-stone-100 text-left">
          <tr>
            <th scope="col" className="p-2">
              省份 Province
            </th>
            <th scope="col" className="p-2">
              年度 Years
            </th>
            <th scope="col" className="p-2 text-right">
              地区数 N
            </th>
            <th scope="col" className="p-2 text-right">
              中位数 Median
            </th>
            <th scope="col" className="p-2 text-right">
              范围 Range
            </th>
          </tr>
        </thead>
        <tbody>
          {rows.map((t) => {
            const c = map.provinces[t.code];
            return (
              <tr key={t.code} className="border-t border-stone-200">
                <th scope="row" className="p-2 text-left font-normal">
                  <Link
                    href={indicatorHref(def.key, { province: t.code, year: map.year ?? undefined, scope: map.scope, level: map.level ?? undefined })}
                    className="text-red-800 hover:underline"
                  >
                    {t.name}
                  </Link>
                </th>
                <td className="p-2 tabular-nums">{c.span}</td>
                <td className="p-2 text-right tabular-nums">{c.count}</td>
                {/* one place: its figure, not a median and a range of one */}
                <td className="p-2 text-right tabular-nums">{formatValue(c.median, def.unit, false)}</td>
                <td className="p-2 text-right tabular-nums">
                  {c.count === 1 ? "—" : `${formatValue(c.min, def.unit, false)} – ${formatValue(c.max, def.unit, false)}`}
                </td>
              </tr>
            );
          })}
        </tbody>
      </table>
      <p className="mt-1 text-xs text-stone-500">
        中位数只计入报告了该数字的地区;不求和,因为未报告的地区会使总数失真。Medians over the places that state the figure; never summed, since places
        that did not report would make a total wrong.
      </p>
    </div>
  );
}
