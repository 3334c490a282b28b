import { getIndicator } from "@/lib/indicators";
import { SCOPE_LABEL, formatValue } from "@/lib/display/labels";
import type { ProfileSeries } from "@/lib/charts/profile-series";
import { DefinitionNotes } from "./indicators/defined-term";
import { UNREVIEWED_LEGEND } from "./review/correction-note";
import { ValuesByYearBody, type YearRow } from "./values-by-year-body";

/** A series as the browser's table gets it: one formatted figure or null per year. */
function yearRow(s: ProfileSeries, years: number[]): YearRow {
  const def = getIndicator(s.key);
  return {
    id: s.id, key: s.key, zh: def?.zh ?? s.key, en: def?.en ?? "", scopeZh: SCOPE_LABEL[s.scope].zh,
    figures: years.map((y) => {
      const v = s.byYear.get(y);
      if (!v) return null;
      const corrected = v.originalValue !== null && v.originalValue !== v.value;
      return {
        id: v.id, reportId: v.reportId, text: formatValue(v.value, v.unit, v.approx) + (v.derived ? "*" : ""), evidence: v.evidence,
        ...(v.reviewed ? {} : { unreviewed: true as const }),
        ...(corrected ? { correction: { original: v.originalValue!, value: v.value, unit: v.unit, by: v.editedBy, at: v.editedAt } } : {}),
      };
    }),
  };
}

// Cell styles set once on the table, not on each of up to 28 indicators × 11 years: every
// attribute of a cell is sent twice (the HTML and the page's React payload).
const TABLE_STYLE =
  "w-full border-collapse bg-white text-sm shadow-sm [&_tbody_tr]:border-t [&_tbody_tr]:border-stone-200 [&_td]:p-2 [&_td]:text-right " +
  "[&_td]:tabular-nums [&_td_a]:text-red-800 [&_td_a]:underline [&_td_a]:decoration-1 [&_td_a]:underline-offset-2 [&_td[aria-label]]:text-stone-300 " +
  "[&_.scope]:text-left [&_.scope]:text-stone-600 [&_th]:p-2 [&_thead_th:nth-child(n+3)]:text-right [&_tbody_th]:text-left [&_tbody_th]:font-normal " +
  "[&_th_small]:block [&_th_small]:text-xs [&_th_small]:text-stone-500";

/**
 * Year x indicator table; every number links to the sentence it came from (a plain link: a
 * client-side Link per figure cost its rendering and hydration), with the sentence as its tooltip;
 * the rows are drawn by ValuesByYearBody from plain data.
 */
export function ValuesByYearTable({ years, series }: { years: number[]; series: ProfileSeries[] }) {
  return (
    <section id="values" className="scroll-mt-4 overflow-x-auto">
      <h2 className="mb-2 text-lg font-semibold">
        指标数值 <span className="text-sm font-normal text-stone-500">Indicator values</span>
      </h2>
      <table className={TABLE_STYLE} data-testid="values-table">
        <thead className="bg-stone-100 text-left">
          <tr>
            <th>指标 Indicator</th>
            <th>范围 Scope</th>
            {years.map((y) => (
              <th key={y}>{y}</th>
            ))}
          </tr>
        </thead>
        <ValuesByYearBody rows={series.map((s) => yearRow(s, years))} years={years} />
      </table>
      <DefinitionNotes keys={series.map((s) => s.key)} />
      <p className="mt-1 text-xs text-stone-500">
        — 未报告 not reported · * 由原文数字计算 derived from the report&apos;s counts · 约 approximate · {UNREVIEWED_LEGEND} · 已更正 corrected by a
        person (from → to)
      </p>
    </section>
  );
}
