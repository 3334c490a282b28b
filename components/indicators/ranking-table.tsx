import type { OutlierSide } from "@/lib/charts/distribution";
import { LEVEL_LABEL, formatValue } from "@/lib/display/labels";
import type { RankingEntry } from "@/lib/queries/get-indicator-ranking";
import { UNREVIEWED_LEGEND } from "../review/correction-note";

const OUTLIER_LABEL: Record<OutlierSide, string> = {
  high: "异常高 Unusually high",
  low: "异常低 Unusually low",
};

interface Props {
  entries: RankingEntry[];
  ranked: boolean;
  /** latest figures: each row says its year */
  withYears: boolean;
  /** values beyond the distribution's fences, by value id */
  outliers: ReadonlyMap<number, OutlierSide>;
}

/**
 * Every place of the ranking, with the sentence each figure came from one click away, and a flag
 * where the figure stands far from the others or the extractor had doubts: worth reading first.
 */
// Cell and link styles are set once on the table, not on each of up to 200 rows: every attribute
// of a row is sent twice (the HTML and the page's React payload), and the rows were most of the
// national ranking page's weight.
const TABLE_STYLE =
  "w-full border-collapse bg-white text-sm shadow-sm [&_td]:p-2 [&_th]:p-2 [&_tbody_tr]:border-t [&_tbody_tr]:border-stone-200 " +
  "[&_tbody_th]:text-left [&_tbody_th]:font-normal [&_tbody_a]:text-red-800 [&_tbody_a:hover]:underline [&_small]:ml-1 [&_small]:text-xs " +
  "[&_small]:text-stone-500 [&_.parents]:text-stone-600 [&_.num]:text-right [&_.num]:tabular-nums [&_.flags]:text-xs";

export function IndicatorRankingTable({ entries, ranked, withYears, outliers }: Props) {
  return (
    <div className="overflow-x-auto">
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
          {entries.map((e) => {
            const outlier = outliers.get(e.id);
            return (
              <tr key={e.id}>
                {ranked && <td className="num">{e.rank}</td>}
                <th scope="row">
                  {/* plain links: hundreds of client-side Links would weigh on the page for nothing */}
                  <a href={`/jurisdictions/${e.code}`}>{e.name}</a>
                  <small>{LEVEL_LABEL[e.level].zh}</small>
                </th>
                <td className="parents">{e.parentNames.join(" · ") || "—"}</td>
                <td className={e.reviewed ? "num" : "num unreviewed"}>
                  {formatValue(e.value, e.unit, e.approx)}
                  {e.derived ? "*" : ""}
                </td>
                {withYears && <td className="num">{e.year}</td>}
                <td>
                  <a href={`/reports/${e.reportId}#value-${e.id}`} aria-label={`原文 Evidence: ${e.name}`}>
                    原文 ↗
                  </a>
                </td>
                <td className="flags">
                  {outlier && (
                    <span className="mr-1 rounded bg-amber-100 px-1 text-amber-900" title="超出四分位距 1.5 倍 Beyond 1.5 × IQR of the others">
                      {OUTLIER_LABEL[outlier]}
                    </span>
                  )}
                  {e.warnings.length > 0 &&
                    e.warnings.map((w) => (
                      <span key={w} className="mr-1 rounded bg-red-50 px-1 text-red-900" title={w}>
                        ⚠ {w}
                      </span>
                    ))}
                </td>
              </tr>
            );
          })}
        </tbody>
      </table>
      <p className="mt-1 text-xs text-stone-500">* 由原文数字计算 derived from the report&apos;s counts · 约 approximate (余/多/近) · {UNREVIEWED_LEGEND} · 异常值按四分位距判断,不代表数据有误 Outliers are by interquartile range: a flag to check, not an error</p>
    </div>
  );
}
