import Link from "next/link";
import { getIndicator } from "@/lib/indicators";
import { SCOPE_LABEL, formatValue } from "@/lib/display/labels";
import type { ProfileSeries } from "@/lib/charts/profile-series";
import { DefinedTerm, DefinitionNotes } from "./indicators/defined-term";
import { CorrectionNote, UNREVIEWED_LEGEND } from "./review/correction-note";

/** Year x indicator table; every number links to the sentence it came from. */
export function ValuesByYearTable({ years, series }: { years: number[]; series: ProfileSeries[] }) {
  return (
    <section id="values" className="scroll-mt-4 overflow-x-auto">
      <h2 className="mb-2 text-lg font-semibold">
        指标数值 <span className="text-sm font-normal text-stone-500">Indicator values</span>
      </h2>
      <table className="w-full border-collapse bg-white text-sm shadow-sm" data-testid="values-table">
        <thead className="bg-stone-100 text-left">
          <tr>
            <th className="p-2">指标 Indicator</th>
            <th className="p-2">范围 Scope</th>
            {years.map((y) => (
              <th key={y} className="p-2 text-right">
                {y}
              </th>
            ))}
          </tr>
        </thead>
        <tbody>
          {series.map((s) => {
            const def = getIndicator(s.key);
            return (
              <tr key={s.id} className="border-t border-stone-200">
                <th scope="row" className="p-2 text-left font-normal">
                  <DefinedTerm indicatorKey={s.key}>{def?.zh ?? s.key}</DefinedTerm>
                  <span className="block text-xs text-stone-500">{def?.en}</span>
                </th>
                <td className="p-2 text-stone-600">{SCOPE_LABEL[s.scope].zh}</td>
                {years.map((y) => {
                  const v = s.byYear.get(y);
                  return (
                    <td key={y} className="p-2 text-right tabular-nums">
                      {v ? (
                        <>
                        <Link
                          href={`/reports/${v.reportId}#value-${v.id}`}
                          title={v.evidence}
                          className={v.reviewed ? "text-red-800 hover:underline" : "unreviewed text-red-800 hover:underline"}
                        >
                          {formatValue(v.value, v.unit, v.approx)}
                          {v.derived ? "*" : ""}
                        </Link>
                        <CorrectionNote original={v.originalValue} value={v.value} unit={v.unit} by={v.editedBy} at={v.editedAt} />
                        </>
                      ) : (
                        <span className="text-stone-300" aria-label="未报告 not reported">
                          —
                        </span>
                      )}
                    </td>
                  );
                })}
              </tr>
            );
          })}
        </tbody>
      </table>
      <DefinitionNotes keys={series.map((s) => s.key)} />
      <p className="mt-1 text-xs text-stone-500">
        — 未报告 not reported · * 由原文数字计算 derived from the report&apos;s counts · 约 approximate · {UNREVIEWED_LEGEND} · 已更正 corrected by a
        person (from → to)
      </p>
    </section>
  );
}
