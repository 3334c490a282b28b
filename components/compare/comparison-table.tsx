import Link from "next/link";
import { getIndicator } from "@/lib/indicators";
import { SCOPE_LABEL, formatValue } from "@/lib/display/labels";
import type { ComparedJurisdiction, ComparedValue, ComparisonRow } from "@/lib/queries/get-comparison";
import { UNREVIEWED_LEGEND } from "../review/correction-note";
import { DefinitionNotes } from "../indicators/defined-term";
import { ComparisonBody, type BodyCell, type BodyRow, type CellFigure } from "./comparison-body";
import { formatDifference } from "./format-difference";

/** A figure as the browser's table gets it: formatted, empty marks left out. */
function figure(v: ComparedValue): CellFigure {
  return {
    id: v.id, reportId: v.reportId, text: formatValue(v.value, v.unit, v.approx) + (v.derived ? "*" : ""), year: v.year,
    ...(v.reviewed ? {} : { unreviewed: true as const }),
  };
}

/** The rows as plain data for ComparisonBody, each difference computed and formatted here. */
function bodyRows(rows: ComparisonRow[], year: number | null): BodyRow[] {
  return rows.map((row) => {
    const def = getIndicator(row.key);
    const base = row.cells[0].value;
    return {
      key: row.key,
      href: `/indicators/${row.key}?scope=${row.scope}${year === null ? "" : `&year=${year}`}`,
      zh: def?.zh ?? row.key,
      en: def?.en ?? "",
      scopeZh: SCOPE_LABEL[row.scope].zh,
      otherScopeZh: SCOPE_LABEL[row.scope === "area" ? "own" : "area"].zh,
      cells: row.cells.map((cell, i): BodyCell => ({
        ...(cell.value ? { value: figure(cell.value) } : {}),
        ...(cell.value && i > 0 && base ? { difference: formatDifference(cell.value.value - base.value, cell.value.unit) } : {}),
        ...(cell.value && i > 0 && base && cell.value.year !== base.year ? { baseYear: base.year } : {}),
        ...(cell.tooOld ? { tooOld: figure(cell.tooOld) } : {}),
        ...(cell.otherScope ? { otherScope: figure(cell.otherScope) } : {}),
      })),
    };
  });
}

// Cell styles set once on the table, not on each of up to 28 × 8 cells: every attribute of a
// cell is sent twice (the HTML and the page's React payload), as in the ranking table.
const TABLE_STYLE =
  "w-full border-collapse bg-white text-sm shadow-sm [&_tbody_tr]:border-t [&_tbody_tr]:border-stone-200 [&_tbody_tr]:align-top " +
  "[&_tbody_td]:p-2 [&_.num]:text-right [&_.num]:tabular-nums [&_td_a]:text-red-800 [&_td_a]:underline [&_td_a]:decoration-1 [&_td_a]:underline-offset-2 [&_tbody_td:nth-child(2)]:text-stone-600 " +
  "[&_small]:ml-1 [&_small]:text-xs [&_small]:text-stone-500 [&_.note]:block [&_.note]:text-xs [&_.note]:text-stone-500 " +
  "[&_.mark]:block [&_.mark]:text-xs [&_.mark]:text-amber-800 [&_.none]:text-stone-300 " +
  "[&_tbody_th]:sticky [&_tbody_th]:left-0 [&_tbody_th]:shadow-[1px_0_0_#d6d3d1] [&_tbody_th]:bg-white [&_tbody_th]:p-2 [&_tbody_th]:text-left [&_tbody_th]:font-normal [&_th_a:hover]:underline";

interface Props {
  jurisdictions: ComparedJurisdiction[];
  rows: ComparisonRow[];
  /** the year compared; null: each place's latest figure */
  year: number | null;
  tolerance: number | null;
}

/**
 * Indicators down, places across (eight places fit a screen, 28 indicators would not), each
 * value linked to its sentence, with its difference to the first place beneath; with latest
 * figures, each with its year, and a difference between figures of different years says so.
 */
export function ComparisonTable({ jurisdictions, rows, year, tolerance }: Props) {
  const base = jurisdictions[0];
  const latest = year === null;
  return (
    <div className="overflow-x-auto">
      {jurisdictions.length > 2 && (
        // a phone shows two places at most: say there are more to the side, and how many
        <p className="mb-1 text-xs text-stone-600 md:hidden" data-testid="scroll-cue">
          ← 左右滑动查看全部 {jurisdictions.length} 个地区 Scroll sideways for all {jurisdictions.length} places →
        </p>
      )}
      <table className={TABLE_STYLE} data-testid="comparison-table">
        <caption className="p-2 text-left text-xs text-stone-500">
          {latest
            ? `各地最新数值,括号内为年度${tolerance === null ? "" : `(只取与该行最新年份相差不超过 ${tolerance} 年的)`};差值相对于 ${base.name},年度不同时注明。Each place's latest figure, its year in brackets${tolerance === null ? "" : ` (only within ${tolerance} year${tolerance === 1 ? "" : "s"} of the row's newest)`}; differences against ${base.name}, saying when the years differ.`
            : `${year} 年数值;差值相对于 ${base.name}。Values for ${year}; differences against ${base.name}.`}
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
        <ComparisonBody rows={bodyRows(rows, year)} latest={latest} codes={jurisdictions.map((j) => j.code)} />
      </table>
      <DefinitionNotes keys={rows.map((r) => r.key)} />
      <p className="mt-1 text-xs text-stone-500">
        — 未报告 not reported{latest ? " · (2023) 数值所属年度 the figure's year · 超出容差:比该行最新年份早太多,不参与比较 older than the tolerance allows, not compared" : ""} · 仅本级政府 / 仅全域:该地只报告了另一范围的数值,不参与比较 only the other scope is reported, so it is not compared · * 由原文数字计算
        derived · 约 approximate · {UNREVIEWED_LEGEND}
      </p>
    </div>
  );
}
