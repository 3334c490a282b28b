import { connection } from "next/server";
import { CoverageTable } from "@/components/coverage/coverage-table";
import { mapQuery, parseCoverageState } from "@/components/coverage/coverage-url";
import { MapIndicatorPicker } from "@/components/coverage/map-indicator-picker";
import { ProvinceFilter } from "@/components/coverage/province-filter";
import { ProvinceIndicatorTable } from "@/components/coverage/province-indicator-table";
import { ProvinceSummaryTable } from "@/components/coverage/province-summary-table";
import { ProvinceTileMap } from "@/components/coverage/province-tile-map";
import { provinceTile } from "@/components/coverage/province-tiles";
import { getIndicator } from "@/lib/indicators";
import { LEVEL_LABEL, SCOPE_LABEL, formatValue } from "@/lib/display/labels";
import { COVERAGE_ROW_LIMIT, getCoverage } from "@/lib/queries/get-coverage";
import { getProvinceIndicatorMap } from "@/lib/queries/get-province-indicator-map";

export const metadata = { title: "覆盖情况 Coverage · 法治政府报告数据" };

export default async function CoveragePage({ searchParams }: { searchParams: Promise<Record<string, string | string[] | undefined>> }) {
  await connection();
  const state = parseCoverageState(await searchParams);
  const def = state.indicator ? getIndicator(state.indicator) : undefined;
  const [coverage, map] = await Promise.all([
    getCoverage({ province: state.province }),
    def ? getProvinceIndicatorMap({ key: def.key, year: state.year, scope: state.scope, level: state.level }) : Promise.resolve(null),
  ]);
  const provinceName = coverage.province ? (coverage.provinceName ?? provinceTile(coverage.province)?.name ?? coverage.province) : null;

  return (
    <div className="space-y-5">
      <header>
        <h1 className="text-2xl font-semibold">
          报告覆盖情况 <span className="text-base font-normal text-stone-500">Report coverage</span>
        </h1>
        <p className="text-sm text-stone-600">
          哪些地区有哪一年的报告;空白表示数据库中没有,不代表该地没有发布。Which places have a report for which year; a blank means none in the
          database, not that none was published.
        </p>
      </header>

      <div className="flex flex-col gap-4 md:flex-row md:items-start">
        {def && map ? (
          <ProvinceTileMap
            scale="range"
            selected={coverage.province}
            keep={mapQuery(state)}
            caption={`各省${def.zh}中位数(${SCOPE_LABEL[map.scope].zh}${map.level ? `,${LEVEL_LABEL[map.level].zh}` : ""},${map.year ? `${map.year}年` : `各地最新 ${map.span || "无数据"}`})· Median ${def.en} per province (${SCOPE_LABEL[map.scope].en}${map.level ? `, ${LEVEL_LABEL[map.level].en}` : ""}, ${map.year ?? `each place's latest, ${map.span || "no data"}`}); 灰色为无数据 grey: no figures · 示意图,非地图边界 a tile grid, not a map`}
            tiles={Object.fromEntries(
              Object.entries(map.provinces).map(([code, c]) => [
                code,
                {
                  value: c.median,
                  display: formatValue(c.median, def.unit, false),
                  description: `中位数 median ${formatValue(c.median, def.unit, false)},${c.count} 个地区 places,${c.span} 年 years`,
                },
              ]),
            )}
          />
        ) : (
          <ProvinceTileMap
            scale="count"
            selected={coverage.province}
            caption="各省有报告的地区数(示意图,非地图边界)Jurisdictions with reports per province (a tile grid, not a map)"
            tiles={Object.fromEntries(
              Object.entries(coverage.perProvince).map(([code, n]) => [
                code,
                { value: n, display: String(n), description: `${n} 个地区有报告 ${n} jurisdictions with reports` },
              ]),
            )}
          />
        )}
        <div className="space-y-3">
          <MapIndicatorPicker state={state} years={map?.years ?? []} />
          <ProvinceFilter selected={coverage.province} counts={coverage.perProvince} keep={mapQuery(state)} />
        </div>
      </div>

      {def && map && Object.keys(map.provinces).length > 0 && (
        <section aria-labelledby="map-table-heading" className="space-y-2">
          <h2 id="map-table-heading" className="text-lg font-semibold">
            {def.zh} · 各省 <span className="text-sm font-normal text-stone-500">{def.en} by province, {map.year ?? `each place's latest (${map.span})`}</span>
          </h2>
          <ProvinceIndicatorTable def={def} map={map} />
        </section>
      )}

      <section aria-labelledby="coverage-heading" className="space-y-2">
        <h2 id="coverage-heading" className="text-lg font-semibold">
          {provinceName ?? "全国"} <span className="text-sm font-normal text-stone-500">{provinceName ? "Coverage" : "All provinces"}</span>
        </h2>
        {coverage.years.length === 0 ? (
          <p className="rounded border border-dashed border-stone-300 p-6 text-stone-600">数据库中还没有报告。No reports in the database yet.</p>
        ) : coverage.tooMany ? (
          <>
            <p className="text-sm text-stone-600">
              地区超过 {COVERAGE_ROW_LIMIT} 个,请选择省份。More than {COVERAGE_ROW_LIMIT} places: choose a province to list them.
            </p>
            <ProvinceSummaryTable perProvinceYear={coverage.perProvinceYear} years={coverage.years} />
          </>
        ) : coverage.rows.length === 0 ? (
          <p className="rounded border border-dashed border-stone-300 p-6 text-stone-600">该省还没有报告。No reports for this province yet.</p>
        ) : (
          <CoverageTable rows={coverage.rows} years={coverage.years} />
        )}
      </section>
    </div>
  );
}
