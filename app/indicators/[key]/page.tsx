import Link from "next/link";
import { notFound } from "next/navigation";
import { connection } from "next/server";
import { RankingChart } from "@/components/charts/ranking-chart";
import { TrendChart } from "@/components/charts/trend-chart";
import { IndicatorDistribution } from "@/components/indicators/indicator-distribution";
import { indicatorHref, type IndicatorViewState } from "@/components/indicators/indicator-url";
import { RankingFilters } from "@/components/indicators/ranking-filters";
import { IndicatorRankingTable } from "@/components/indicators/ranking-table";
import { ScopeSwitch } from "@/components/indicators/scope-switch";
import { IndicatorTrendTable } from "@/components/indicators/trend-table";
import { histogram, outlierFences, outlierSide, wantsLogScale, type OutlierSide } from "@/lib/charts/distribution";
import type { JurisdictionLevel } from "@/lib/extract/types";
import { INDICATOR_GROUPS, getIndicator } from "@/lib/indicators";
import { LEVEL_LABEL, SCOPE_LABEL, formatValue } from "@/lib/display/labels";
import { parseTolerance, yearSpan } from "@/lib/indicators/latest-available";
import { MIN_RANKED, getIndicatorRanking } from "@/lib/queries/get-indicator-ranking";
import { getIndicatorTrend } from "@/lib/queries/get-indicator-trend";
import { TrendOptions } from "@/components/indicators/trend-options";
import { IndicatorDefinitionBox } from "@/components/indicators/indicator-definition";
import { DefinitionNotes } from "@/components/indicators/defined-term";

/** The chart stays legible up to this many bars; the table lists more. */
const CHART_LIMIT = 30;
/** Beyond this the table asks for a filter or the CSV instead of growing the page (a national year is ~3,000 places). */
const TABLE_LIMIT = 200;

interface Props {
  params: Promise<{ key: string }>;
  searchParams: Promise<Record<string, string | string[] | undefined>>;
}

function parseState(sp: Record<string, string | string[] | undefined>): IndicatorViewState {
  const one = (v: string | string[] | undefined) => (Array.isArray(v) ? v[0] : v) ?? "";
  const year = Number(one(sp.year));
  const province = one(sp.province);
  const level = one(sp.level);
  const scope = one(sp.scope);
  return {
    year: Number.isInteger(year) && year >= 1990 && year <= 2100 ? year : undefined,
    tolerance: parseTolerance(one(sp.tol) || undefined),
    province: /^\d{2}0000$/.test(province) ? province : undefined,
    level: Object.hasOwn(LEVEL_LABEL, level) ? (level as JurisdictionLevel) : undefined,
    scope: scope === "area" || scope === "own" ? scope : undefined,
    reviewed: one(sp.reviewed) === "1" || undefined,
    panel: one(sp.panel) === "1" || undefined,
    zoom: one(sp.zoom) === "1" || undefined,
  };
}

/** The catalogue entry a path segment names; a segment that does not decode names none. */
function indicatorOf(segment: string) {
  try {
    return getIndicator(decodeURIComponent(segment));
  } catch {
    return undefined;
  }
}

export async function generateMetadata({ params }: Props) {
  const { key } = await params;
  const def = indicatorOf(key);
  return { title: `${def ? `${def.zh} · ${def.en}` : key} · 法治政府报告数据` };
}

export default async function IndicatorPage({ params, searchParams }: Props) {
  await connection();
  const [{ key: rawKey }, sp] = await Promise.all([params, searchParams]);
  const def = indicatorOf(rawKey);
  if (!def) notFound();
  const state = parseState(sp);
  // the ranking's scope, known up front, so both read at once
  const scope = state.scope ?? def.defaultScope;
  const [ranking, trend] = await Promise.all([
    getIndicatorRanking({ key: def.key, ...state }),
    getIndicatorTrend({ key: def.key, scope, province: state.province, level: state.level, reviewed: state.reviewed, balanced: state.panel }),
  ]);
  if (!ranking) notFound();

  const { entries, year } = ranking;
  const ranked = entries.length >= MIN_RANKED;
  const group = INDICATOR_GROUPS.find((g) => g.id === def.group);
  const provinceName = ranking.provinces.find((p) => p.code === state.province)?.name;
  const where = [provinceName ?? "全国 All provinces", state.level ? `${LEVEL_LABEL[state.level].zh} ${LEVEL_LABEL[state.level].en}` : null]
    .filter(Boolean)
    .join(" · ");
  const order = def.higherIsBetter === false ? "从低到高 low to high (lower is better)" : "从高到低 high to low";
  // latest available: each place's newest figure, the years they span said beside N
  const span = yearSpan(entries.map((e) => e.year));
  const period = year === null ? `各地最新 latest available${span ? ` ${span}` : ""}` : String(year);
  const title = `${def.zh}(${SCOPE_LABEL[scope].zh})${period} · ${def.en}`;
  const isRate = def.unit === "%";
  const yearValues = entries.map((e) => e.value);
  const fences = outlierFences(yearValues, isRate);
  const outliers = new Map<number, OutlierSide>();
  for (const e of entries) {
    const side = outlierSide(e.value, fences, isRate);
    if (side) outliers.set(e.id, side);
  }

  return (
    <div className="space-y-5">
      <header className="space-y-1">
        <nav aria-label="位置 Breadcrumb" className="text-sm text-stone-500">
          <Link href="/indicators" className="hover:underline">
            指标 Indicators
          </Link>{" "}
          · {group?.zh} {group?.en}
        </nav>
        <h1 className="text-2xl font-semibold">
          {def.zh} <span className="text-base font-normal text-stone-500">{def.en}</span>
        </h1>
        <p className="text-sm text-stone-600">
          单位 Unit: {def.unit} · 目录默认范围 Catalogue scope: {SCOPE_LABEL[def.defaultScope].zh} {SCOPE_LABEL[def.defaultScope].en}
          {def.higherIsBetter === null && " · 排序只按数值,不代表优劣 Ordered by size, not a judgement"}
        </p>
        <IndicatorDefinitionBox def={def} />
        <DefinitionNotes keys={[def.key]} />
      </header>

      <ScopeSwitch indicatorKey={def.key} scope={scope} defaultScope={def.defaultScope} counts={ranking.scopeCounts} state={state} />
      <RankingFilters indicatorKey={def.key} state={state} provinces={ranking.provinces} years={ranking.years} />
      <p className="text-sm" data-testid="reviewed-filter">
        {state.reviewed ? (
          <>
            只显示经人工审核的数值 Reviewed figures only ·{" "}
            <Link href={indicatorHref(def.key, { ...state, reviewed: undefined })} className="text-red-800 underline">
              显示全部 Show all
            </Link>
          </>
        ) : (
          <Link href={indicatorHref(def.key, { ...state, reviewed: true })} className="text-red-800 underline">
            只看经人工审核的数值 Reviewed figures only
          </Link>
        )}
      </p>

      <section aria-labelledby="ranking-heading" className="space-y-3">
        <h2 id="ranking-heading" className="text-lg font-semibold">
          {ranked ? "排名" : "数值"} <span className="text-sm font-normal text-stone-500">{ranked ? "Ranking" : "Values"}</span>
        </h2>
        <p className="text-sm text-stone-700" data-testid="ranking-count">
          {year === null ? `各地最新数值 Each place's latest figure${span ? ` (${span})` : ""}` : `${year} 年`} · {where} · {SCOPE_LABEL[scope].zh}{" "}
          {SCOPE_LABEL[scope].en} · N = {entries.length}
          {entries.length > 0 && (ranked ? ` · ${order}` : ` · 少于 ${MIN_RANKED} 个地区,不排名 Fewer than ${MIN_RANKED} places: listed, not ranked`)}
          {ranking.tolerance !== null &&
            ` · 只取与最新年份相差不超过 ${ranking.tolerance} 年的数值,${ranking.tooOld} 个地区的数值更早 only figures within ${ranking.tolerance} year${ranking.tolerance === 1 ? "" : "s"} of the newest; ${ranking.tooOld} place${ranking.tooOld === 1 ? "'s is" : "s' are"} older`}
        </p>
        {entries.length === 0 ? (
          <p className="rounded border border-dashed border-stone-300 p-6 text-stone-600">
            没有符合条件的数值。No values match.{" "}
            {ranking.years.length > 0 && `有数值的年度 Years with values: ${ranking.years.join(", ")}`}
          </p>
        ) : (
          <>
            <RankingChart
              title={title}
              definitionKey={def.key}
              fileName={[def.zh, SCOPE_LABEL[scope].zh, year ?? "各地最新", provinceName, "排名"]}
              unit={def.unit}
              note={entries.length > CHART_LIMIT ? `图中为前 ${CHART_LIMIT} 个,全部见下表 Top ${CHART_LIMIT} shown; all in the table` : undefined}
              bars={entries.slice(0, CHART_LIMIT).map((e) => ({
                code: e.code,
                label: `${ranked ? `${e.rank}. ` : ""}${e.name}${year === null ? ` (${e.year})` : ""}`,
                value: e.value,
                display: formatValue(e.value, e.unit, e.approx),
              }))}
            />
            <IndicatorRankingTable entries={entries.slice(0, TABLE_LIMIT)} ranked={ranked} withYears={year === null} outliers={outliers} />
            {entries.length > TABLE_LIMIT && (
              <p className="text-xs text-stone-500">
                显示前 {TABLE_LIMIT} 个,共 {entries.length} 个;请按省份筛选或下载 CSV。Showing {TABLE_LIMIT} of {entries.length}: filter by province or download the CSV.
              </p>
            )}
          </>
        )}
      </section>

      {entries.length >= MIN_RANKED && (
        <section aria-labelledby="distribution-heading" className="space-y-2">
          <h2 id="distribution-heading" className="text-lg font-semibold">
            分布 <span className="text-sm font-normal text-stone-500">Distribution ({period}, {where})</span>
          </h2>
          <IndicatorDistribution
            definitionKey={def.key}
            fileName={[def.zh, SCOPE_LABEL[scope].zh, year ?? "各地最新", provinceName, "分布"]}
            title={`${def.zh}(${SCOPE_LABEL[scope].zh})${period} 分布 · Distribution, N = ${entries.length}`}
            unit={def.unit}
            bins={histogram(yearValues, isRate)}
            logScale={wantsLogScale(yearValues, isRate)}
            fences={fences}
            outlierCount={outliers.size}
          />
        </section>
      )}
      {entries.length > 0 && entries.length < MIN_RANKED && (
        // a histogram of one or two places is a statistic of nothing: their figures are in the table above
        <p className="text-sm text-stone-600" data-testid="no-distribution">
          少于 {MIN_RANKED} 个地区,不画分布,数值见上表。Fewer than {MIN_RANKED} places: their figures are in the table above, not a distribution.
        </p>
      )}

      {ranking.trend.length > 0 && (
        <section aria-labelledby="trend-heading" className="space-y-2">
          <h2 id="trend-heading" className="text-lg font-semibold">
            历年 <span className="text-sm font-normal text-stone-500">By year ({where})</span>
          </h2>
          <TrendOptions indicatorKey={def.key} state={state} setsDiffer={trend.setsDiffer} panelSize={trend.panel?.length ?? null} />
          {trend.points.length > 1 && (
            <TrendChart
              definitionKey={def.key}
              fileName={[def.zh, SCOPE_LABEL[scope].zh, provinceName, state.panel ? "每年都有数值的地区" : null, "历年中位数"]}
              title={`${def.zh}(${SCOPE_LABEL[scope].zh})历年中位数${state.panel ? "·每年都有数值的地区" : ""} · Median by year${state.panel ? ", places in every year" : ""}, ${where}`}
              unit={def.unit}
              points={trend.points}
              zoom={Boolean(state.zoom)}
            />
          )}
          {trend.points.length === 0 ? (
            <p className="rounded border border-dashed border-stone-300 p-4 text-stone-600" data-testid="empty-panel">
              没有在每一年都有数值的地区。No place reported in every year shown.
            </p>
          ) : (
            <IndicatorTrendTable indicatorKey={def.key} trend={trend.points} unit={def.unit} state={state} />
          )}
        </section>
      )}

      <p className="text-xs text-stone-500">
        下载 CSV download:{" "}
        <a href={`/api/values?key=${def.key}&scope=${scope}&format=csv`} className="underline">
          {SCOPE_LABEL[scope].zh} 全部年度 all years
        </a>
        {year && (
          <>
            {" · "}
            <a href={`/api/values?key=${def.key}&scope=${scope}&year=${year}&format=csv`} className="underline">
              {year}
            </a>
          </>
        )}
      </p>
    </div>
  );
}
