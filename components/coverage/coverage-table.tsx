import Link from "next/link";
import { KIND_LABEL, LEVEL_LABEL } from "@/lib/display/labels";
import type { CoverageRow } from "@/lib/queries/get-coverage";

const INDENT = ["pl-2", "pl-6", "pl-10", "pl-14"];

/**
 * Places down (province → city → county), years across; a mark per report that opens it. Parents
 * without reports of their own are listed only to group the places under them.
 */
export function CoverageTable({ rows, years }: { rows: CoverageRow[]; years: number[] }) {
  // newest year first: on a narrow screen the columns that fit are the ones people look for
  const columns = years.map((year, i) => ({ year, i })).reverse();
  return (
    <div className="overflow-x-auto">
      <table className="border-collapse bg-white text-sm shadow-sm" data-testid="coverage-table">
        <thead className="bg-stone-100 text-left">
          <tr>
            <th scope="col" className="sticky left-0 bg-stone-100 p-2 shadow-[1px_0_0_#d6d3d1]">
              行政区划 Jurisdiction
            </th>
            {columns.map(({ year }) => (
              <th key={year} scope="col" className="p-2 text-center tabular-nums">
                {year}
              </th>
            ))}
          </tr>
        </thead>
        <tbody>
          {rows.map((r) => (
            <tr key={r.code} className={`border-t border-stone-200 ${r.depth === 0 ? "bg-stone-50" : ""}`} data-testid="coverage-row">
              <th scope="row" className={`sticky left-0 shadow-[1px_0_0_#d6d3d1] ${r.depth === 0 ? "bg-stone-50" : "bg-white"} py-1 pr-3 text-left font-normal whitespace-nowrap ${INDENT[Math.min(r.depth, 3)]}`}>
                <Link href={`/jurisdictions/${r.code}`} className={r.hasReports ? "text-red-800 hover:underline" : "text-stone-500 hover:underline"}>
                  {r.name}
                </Link>
                <span className="ml-1 text-xs text-stone-400">{LEVEL_LABEL[r.level].zh}</span>
              </th>
              {columns.map(({ year, i }) => ({ c: r.cells[i], year })).map(({ c, year }) => (
                <td key={year} className="p-1 text-center">
                  {/* a plain link: thousands of client-side Links would weigh on the page for nothing */}
                  {c && (
                    <a href={`/reports/${c.reportId}`} className="coverage-mark" data-kind={c.kind} aria-label={`${r.name} ${year} ${KIND_LABEL[c.kind].zh} ${KIND_LABEL[c.kind].en}`}>
                      {c.kind === "annual_report" ? "✓" : "○"}
                    </a>
                  )}
                </td>
              ))}
            </tr>
          ))}
        </tbody>
      </table>
      <p className="mt-1 text-xs text-stone-500">
        ✓ 年度报告 annual report · ○ 工作要点等其他文件 work plan or other document · 空白:数据库中没有该年的报告 blank: no report for that year in the
        database
      </p>
    </div>
  );
}
