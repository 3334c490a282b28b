import { ComparisonLinesChart } from "@/components/charts/comparison-lines-chart";
import { getIndicator } from "@/lib/indicators";
import { SCOPE_LABEL } from "@/lib/display/labels";
import type { ComparedJurisdiction, ComparisonRow } from "@/lib/queries/get-comparison";

/** Lines drawn at most: each carries every year of every place (eight places over a decade of 28 indicators weighed ~800 KB); the indicator chooser picks others. */
export const LINES_LIMIT = 4;

// Cell styles set once on the table: four tables of eight places over a decade are ~350 cells,
// each sent twice (the HTML and the page's React payload).
const NUMBERS_STYLE =
  "mt-1 w-full border-collapse bg-white tabular-nums [&_th]:p-1 [&_td]:p-1 [&_td]:text-right [&_thead_th]:text-right [&_thead_th:first-child]:text-left " +
  "[&_tbody_th]:text-left [&_tbody_th]:font-normal [&_tbody_tr]:border-t [&_tbody_tr]:border-stone-200";

/** Rows where some place gives the figure in two years or more: a single point per place is no line. */
export function rowsWithLines(rows: ComparisonRow[]): ComparisonRow[] {
  return rows.filter((r) => r.cells.some((_, i) => r.history.filter((p) => p.values[i] !== null).length >= 2));
}

/**
 * The compared indicators across the years, a line per place (whatever year the table compares),
 * each with its numbers in a table beneath it.
 */
export function ComparisonLines({ jurisdictions, rows }: { jurisdictions: ComparedJurisdiction[]; rows: ComparisonRow[] }) {
  const places = jurisdictions.map((j) => j.name);
  return (
    <div className="grid gap-3 sm:grid-cols-2 lg:grid-cols-3">
      {rows.map((row) => {
        const def = getIndicator(row.key)!;
        const title = `${def.zh}(${SCOPE_LABEL[row.scope].zh})历年 · ${def.en} by year`;
        return (
          <div key={`${row.key}-${row.scope}`} className="space-y-1">
            <ComparisonLinesChart id={`${row.key}-${row.scope}`.replace(/[^a-z_-]/g, "-")} title={title} unit={def.unit} places={places} points={row.history} />
            <details className="text-xs">
              <summary className="cursor-pointer text-stone-500">数据 Numbers ({def.unit})</summary>
              <table className={NUMBERS_STYLE}>
                <thead>
                  <tr>
                    <th scope="col">年度 Year</th>
                    {places.map((p, i) => (
                      <th key={jurisdictions[i].code} scope="col">
                        {p}
                      </th>
                    ))}
                  </tr>
                </thead>
                <tbody>
                  {row.history.map((point) => (
                    <tr key={point.year}>
                      <th scope="row">{point.year}</th>
                      {point.values.map((v, i) => (
                        <td key={i}>{v === null ? "—" : v.toLocaleString("zh-CN")}</td>
                      ))}
                    </tr>
                  ))}
                </tbody>
              </table>
            </details>
          </div>
        );
      })}
    </div>
  );
}
