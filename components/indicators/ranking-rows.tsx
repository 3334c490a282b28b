"use client";

import type { OutlierSide } from "@/lib/charts/distribution";

const OUTLIER_LABEL: Record<OutlierSide, string> = {
  high: "异常高 Unusually high",
  low: "异常低 Unusually low",
};

/** One place of a ranking as the browser gets it: what the row shows, formatted, and nothing else. */
export interface RankingRow {
  /** the value's id: the row's key and its evidence link */
  id: number;
  rank?: number;
  code: string;
  name: string;
  /** the place's level, in Chinese */
  level: string;
  /** its parents' names, joined */
  parents: string;
  /** the figure as shown (unit, 约, * when derived) */
  value: string;
  unreviewed?: true;
  year?: number;
  reportId: number;
  outlier?: OutlierSide;
  warnings?: string[];
}

// Cell and link styles are set once on the table, not on each of up to 200 rows.
const TABLE_STYLE =
  "w-full border-collapse bg-white text-sm shadow-sm [&_td]:p-2 [&_th]:p-2 [&_tbody_tr]:border-t [&_tbody_tr]:border-stone-200 " +
  "[&_tbody_th]:text-left [&_tbody_th]:font-normal [&_tbody_a]:text-red-800 [&_tbody_a:hover]:underline [&_small]:ml-1 [&_small]:text-xs " +
  "[&_small]:text-stone-500 [&_.parents]:text-stone-600 [&_.num]:text-right [&_.num]:tabular-nums [&_.flags]:text-xs";

/**
 * The rows of a ranking, rendered from plain data in the browser's component: as server markup
 * each of 200 rows crossed twice (the HTML and the React payload, ~670 bytes of the latter a row);
 * as data, once, at a fifth of that.
 */
export function RankingRows({ rows, ranked, withYears }: { rows: RankingRow[]; ranked: boolean; withYears: boolean }) {
  return (
    <table className={TABLE_STYLE} data-testid="ranking-table">
      <thead className="bg-stone-100 text-left">
        <tr>
          {ranked && (
            <th scope="col" className="text-right">
              排名 Rank
            </th>
          )}
          <th scope="col">行政区划 Jurisdiction</th>
          <th scope="col">上级 Parents</th>
          <th scope="col" className="text-right">
            数值 Value
          </th>
          {withYears && (
            <th scope="col" className="text-right">
              年度 Year
            </th>
          )}
          <th scope="col">原文 Evidence</th>
          <th scope="col">提示 Flags</th>
        </tr>
      </thead>
      <tbody>
        {rows.map((r) => (
          <tr key={r.id}>
            {ranked && <td className="num">{r.rank}</td>}
            <th scope="row">
              {/* plain links: hundreds of client-side Links would weigh on the page for nothing */}
              <a href={`/jurisdictions/${r.code}`}>{r.name}</a>
              <small>{r.level}</small>
            </th>
            <td className="parents">{r.parents}</td>
            <td className={r.unreviewed ? "num unreviewed" : "num"}>{r.value}</td>
            {withYears && <td className="num">{r.year}</td>}
            <td>
              <a href={`/reports/${r.reportId}#value-${r.id}`} aria-label={`原文 Evidence: ${r.name}`}>
                原文 ↗
              </a>
            </td>
            <td className="flags">
              {r.outlier && (
                <span className="mr-1 rounded bg-amber-100 px-1 text-amber-900" title="超出四分位距 1.5 倍 Beyond 1.5 × IQR of the others">
                  {OUTLIER_LABEL[r.outlier]}
                </span>
              )}
              {r.warnings?.map((w) => (
                <span key={w} className="mr-1 rounded bg-red-50 px-1 text-red-900" title={w}>
                  ⚠ {w}
                </span>
              ))}
            </td>
          </tr>
        ))}
      </tbody>
    </table>
  );
}
