import Link from "next/link";
import { PROVINCE_TILES } from "./province-tiles";

/** The national view when listing every place would be too long: provinces × years, as counts. */
export function ProvinceSummaryTable({ perProvinceYear, years }: { perProvinceYear: Record<string, number[]>; years: number[] }) {
  const provinces = PROVINCE_TILES.filter((t) => perProvinceYear[t.code]).sort((a, b) => a.code.localeCompare(b.code));
  return (
    <div className="overflow-x-auto">
      <table className="border-collapse bg-white text-sm shadow-sm" data-testid="province-summary-table">
        <caption className="p-2 text-left text-xs text-stone-500">
          每年有报告的地区数;选择省份查看各地区。Jurisdictions with a report per year; choose a province to see each place.
        </caption>
        <thead className="bg-stone-100 text-left">
          <tr>
            <th scope="col" className="p-2">
              省份 Province
            </th>
            {years.map((y) => (
              <th key={y} scope="col" className="p-2 text-right tabular-nums">
                {y}
              </th>
            ))}
          </tr>
        </thead>
        <tbody>
          {provinces.map((p) => (
            <tr key={p.code} className="border-t border-stone-200">
              <th scope="row" className="p-2 text-left font-normal">
                <Link href={`/coverage?province=${p.code}`} className="text-red-800 hover:underline">
                  {p.name}
                </Link>
              </th>
              {perProvinceYear[p.code].map((n, i) => (
                <td key={years[i]} className="p-2 text-right tabular-nums">
                  {n || ""}
                </td>
              ))}
            </tr>
          ))}
        </tbody>
      </table>
    </div>
  );
}
