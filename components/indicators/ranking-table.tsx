import type { OutlierSide } from "@/lib/charts/distribution";
import { LEVEL_LABEL, formatValue } from "@/lib/display/labels";
import type { RankingEntry } from "@/lib/queries/get-indicator-ranking";
import { UNREVIEWED_LEGEND } from "../review/correction-note";
import { RankingRows, type RankingRow } from "./ranking-rows";

interface Props {
  entries: RankingEntry[];
  ranked: boolean;
  /** latest figures: each row says its year */
  withYears: boolean;
  /** values beyond the distribution's fences, by value id */
  outliers: ReadonlyMap<number, OutlierSide>;
}

/** What a row shows, with the keys of empty fields left out (an undefined would cross as "$undefined"). */
function toRow(e: RankingEntry, ranked: boolean, withYears: boolean, outlier: OutlierSide | undefined): RankingRow {
  return {
    id: e.id,
    ...(ranked && e.rank !== null ? { rank: e.rank } : {}),
    code: e.code,
    name: e.name,
    level: LEVEL_LABEL[e.level].zh,
    parents: e.parentNames.join(" · ") || "—",
    value: formatValue(e.value, e.unit, e.approx) + (e.derived ? "*" : ""),
    ...(e.reviewed ? {} : { unreviewed: true as const }),
    ...(withYears ? { year: e.year } : {}),
    reportId: e.reportId,
    ...(outlier ? { outlier } : {}),
    ...(e.warnings.length > 0 ? { warnings: e.warnings } : {}),
  };
}

/**
 * Every place of the ranking, with the sentence each figure came from one click away, and a flag
 * where the figure stands far from the others or the extractor had doubts: worth reading first.
 */
export function IndicatorRankingTable({ entries, ranked, withYears, outliers }: Props) {
  return (
    <div className="overflow-x-auto">
      <RankingRows rows={entries.map((e) => toRow(e, ranked, withYears, outliers.get(e.id)))} ranked={ranked} withYears={withYears} />
      <p className="mt-1 text-xs text-stone-500">* 由原文数字计算 derived from the report&apos;s counts · 约 approximate (余/多/近) · {UNREVIEWED_LEGEND} · 异常值按四分位距判断,不代表数据有误 Outliers are by interquartile range: a flag to check, not an error</p>
    </div>
  );
}
