import { connection } from "next/server";
import { CoverageTable } from "@/components/coverage/coverage-table";
import { ProvinceFilter } from "@/components/coverage/province-filter";
import { ProvinceSummaryTable } from "@/components/coverage/province-summary-table";
import { ProvinceTileMap } from "@/components/coverage/province-tile-map";
import { provinceTile } from "@/components/coverage/province-tiles";
import { COVERAGE_ROW_LIMIT, getCoverage } from "@/lib/queries/get-coverage";

export const metadata = { title: "覆盖情况 Coverage · 法治政府报告数据" };

export default async function CoveragePage({ searchParams }: { searchParams: Promise<{ province?: string | string[] }> }) {
  await connection();
  const { province: raw } = await searchParams;
  const province = Array.isArray(raw) ? raw[0] : raw;
  const coverage = await getCoverage({ province });
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
        <ProvinceTileMap counts={coverage.perProvince} selected={coverage.province} />
        <ProvinceFilter selected={coverage.province} counts={coverage.perProvince} />
      </div>

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
