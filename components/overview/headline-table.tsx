import Link from "next/link";
import { DefinedTerm, DefinitionNotes } from "@/components/indicators/defined-term";
import { getIndicator } from "@/lib/indicators";
import { formatValue } from "@/lib/display/labels";
import type { HeadlineSummary } from "@/lib/queries/get-overview";

/**
 * The headline indicators, each place at its latest figure. With fewer than three places the figures are
 * listed with their places: "median 218, range 218–218" of one place reads like a statistic.
 */
export function HeadlineTable({ headlines }: { headlines: HeadlineSummary[] }) {
  return (
    <div className="overflow-x-auto">
      <table className="w-full border-collapse bg-white text-sm shadow-sm" data-testid="headline-table">
        <thead className="bg-stone-100 text-left">
          <tr>
            <th className="p-2">指标 Indicator</th>
            <th className="p-2">年度 Years</th>
            <th className="p-2 text-right">地区数 N</th>
            <th className="p-2 text-right">中位数 Median</th>
            <th className="p-2 text-right">范围 Range</th>
          </tr>
        </thead>
        <tbody>
          {headlines.map((h) => {
            const def = getIndicator(h.key)!;
            const fmt = (v: number) => formatValue(v, def.unit, false);
            return (
              <tr key={h.key} className="border-t border-stone-200">
                <td className="p-2">
                  <Link href={`/indicators/${h.key}`} className="text-red-800">
                    <DefinedTerm indicatorKey={h.key}>{def.zh}</DefinedTerm>
                  </Link>
                  <span className="block text-xs text-stone-500">{def.en}</span>
                </td>
                <td className="p-2">{h.fromYear === null ? "—" : h.fromYear === h.toYear ? h.fromYear : `${h.fromYear}–${h.toYear}`}</td>
                <td className="p-2 text-right tabular-nums">{h.count}</td>
                {h.few.length > 0 ? (
                  <td className="p-2 text-right" colSpan={2} data-testid="headline-few">
                    {h.few.map((f, i) => (
                      <span key={f.code}>
                        {i > 0 && "、"}
                        <Link href={`/jurisdictions/${f.code}`} className="text-red-800">
                          {f.name}
                        </Link>{" "}
                        <span className="tabular-nums">{fmt(f.value)}</span>
                        {h.fromYear !== h.toYear && <span className="text-xs text-stone-500">({f.year})</span>}
                      </span>
                    ))}
                    <span className="block text-xs text-stone-500">不足 3 个地区,不计算统计量 · fewer than 3 places: the figures, not statistics</span>
                  </td>
                ) : (
                  <>
                    <td className="p-2 text-right tabular-nums">{h.median === null ? "—" : fmt(h.median)}</td>
                    <td className="p-2 text-right tabular-nums">{h.min === null || h.max === null ? "—" : `${fmt(h.min)} – ${fmt(h.max)}`}</td>
                  </>
                )}
              </tr>
            );
          })}
        </tbody>
      </table>
      <DefinitionNotes keys={headlines.map((h) => h.key)} />
    </div>
  );
}
