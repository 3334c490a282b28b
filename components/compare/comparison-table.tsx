import Link from "next/link";
import { getIndicator } from "@/lib/indicators";
import { SCOPE_LABEL, formatValue } from "@/lib/labels";
import type { ComparedJurisdiction, ComparedValue, ComparisonRow } from "@/lib/queries/get-comparison";
import { UNREVIEWED_LEGEND } from "../review/correction-note";
import { formatDifference } from "./format-difference";

function ValueLink({ v }: { v: ComparedValue }) {
  return (
    <Link href={`/reports/${v.reportId}#value-${v.id}`} title={v.evidence} className={v.reviewed ? "text-red-800 hover:underline" : "unreviewed text-red-800 hover:underline"}>
      {formatValue(v.value, v.unit, v.approx)}
      {v.derived ? "*" : ""}
    </Link>
  );
}

/**
 * Indicators down, places across (eight places fit a screen, 28 indicators would not), each
 * value linked to its sentence, with its difference to the first place beneath.
 */
export function ComparisonTable({ jurisdictions, rows, year }: { jurisdictions: ComparedJurisdiction[]; rows: ComparisonRow[]; year: number }) {
  const base = jurisdictions[0];
  return (
    <div className="overflow-x-auto">
      <table className="w-full border-collapse bg-white text-sm shadow-sm" data-testid="comparison-table">
        <caption className="p-2 text-left text-xs text-stone-500">
          {year} 年数值;差值相对于 {base.name}。Values for {year}; differences against {base.name}.
        </caption>
        <thead className="bg-stone-100 text-left">
          <tr>
            <th scope="col" className="sticky left-0 shadow-[1px_0_0_#d6d3d1] bg-stone-100 p-2">
              指标 Indicator
            </th>
            <th scope="col" className="p-2">
              范围 Scope
            </th>
            {jurisdictions.map((j, i) => (
              <th key={j.code} scope="col" className="min-w-28 p-2 text-right">
                <Link href={`/jurisdictions/${j.code}`} className="text-red-800 hover:underline">
                  {j.name}
                </Link>
                <span className="block text-xs font-normal text-stone-500">
                  {j.parentNames.at(-1) ?? ""}
                  {i === 0 ? " · 基准 baseline" : ""}
                </span>
              </th>
            ))}
          </tr>
        </thead>
        <tbody>
          {rows.map((row) => {
            const def = getIndicator(row.key);
            const baseValue = row.cells[0].value;
            return (
              <tr key={row.key} className="border-t border-stone-200 align-top">
                <th scope="row" className="sticky left-0 shadow-[1px_0_0_#d6d3d1] bg-white p-2 text-left font-normal">
                  <Link href={`/indicators/${row.key}?scope=${row.scope}&year=${year}`} className="hover:underline">
                    {def?.zh ?? row.key}
                  </Link>
                  <span className="block text-xs text-stone-500">{def?.en}</span>
                </th>
                <td className="p-2 text-stone-600">{SCOPE_LABEL[row.scope].zh}</td>
                {row.cells.map((cell, i) => (
                  <td key={jurisdictions[i].code} className="p-2 text-right tabular-nums">
                    {cell.value ? (
                      <>
                        <ValueLink v={cell.value} />
                        {i > 0 && baseValue && (
                          <span className="block text-xs text-stone-500" data-testid="difference">
                            {formatDifference(cell.value.value - baseValue.value, cell.value.unit)}
                          </span>
                        )}
                      </>
                    ) : (
                      <span className="text-stone-300" aria-label="未报告 not reported">
                        —
                      </span>
                    )}
                    {cell.otherScope && (
                      <span className="block text-xs text-amber-800" data-testid="other-scope">
                        仅{SCOPE_LABEL[row.scope === "area" ? "own" : "area"].zh}:<ValueLink v={cell.otherScope} />
                        <span className="sr-only"> (other scope, not compared)</span>
                      </span>
                    )}
                  </td>
                ))}
              </tr>
            );
          })}
        </tbody>
      </table>
      <p className="mt-1 text-xs text-stone-500">
        — 未报告 not reported · 仅本级政府 / 仅全域:该地只报告了另一范围的数值,不参与比较 only the other scope is reported, so it is not compared · * 由原文数字计算
        derived · 约 approximate · {UNREVIEWED_LEGEND}
      </p>
    </div>
  );
}
