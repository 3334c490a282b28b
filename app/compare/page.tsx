import Link from "next/link";
import { redirect } from "next/navigation";
import { connection } from "next/server";
import { GroupedBarChart } from "@/components/charts/grouped-bar-chart";
import { ChosenJurisdictions } from "@/components/compare/chosen-jurisdictions";
import { comparisonBarGroups } from "@/components/compare/comparison-bar-groups";
import { ComparisonControls } from "@/components/compare/comparison-controls";
import { ComparisonLines, LINES_LIMIT, rowsWithLines } from "@/components/compare/comparison-lines";
import { ComparisonTable } from "@/components/compare/comparison-table";
import { MAX_COMPARED, compareHref, parseCompareParams, type CompareState } from "@/lib/compare/compare-url";
import { JurisdictionPicker } from "@/components/compare/jurisdiction-picker";
import { SuggestedPlaces } from "@/components/compare/suggested-places";
import { getComparison } from "@/lib/queries/get-comparison";
import { listJurisdictions } from "@/lib/queries/list-jurisdictions";

export const metadata = { title: "比较 Compare · 法治政府报告数据" };

interface Props {
  searchParams: Promise<Record<string, string | string[] | undefined>>;
}

/**
 * The no-JavaScript path of the picker: "庐阳区 340103" or "340103" gives the code, a name the one
 * jurisdiction with reports carrying it; anything vaguer gives null.
 */
async function resolveAddition(text: string): Promise<string | null> {
  const code = text.match(/\b\d{6}\b/)?.[0];
  if (code) return code;
  const name = text.slice(0, 50);
  const found = await listJurisdictions({ q: name, withReports: true });
  const exact = found.filter((j) => j.name === name);
  if (exact.length === 1) return exact[0].code;
  return found.length === 1 ? found[0].code : null;
}

export default async function ComparePage({ searchParams }: Props) {
  await connection();
  const params = parseCompareParams(await searchParams);
  const notices: string[] = [];
  if (params.add) {
    const code = await resolveAddition(params.add);
    if (code) redirect(compareHref({ ...params, codes: [...params.codes.filter((c) => c !== code), code] }));
    notices.push(`没有唯一匹配“${params.add}”的地区。No single jurisdiction matches “${params.add}”.`);
  }

  const comparison = await getComparison({ ...params, max: MAX_COMPARED });
  const { jurisdictions, year, rows, tolerance } = comparison;
  const state: CompareState = {
    codes: jurisdictions.map((j) => j.code), year: params.year, tolerance: params.tolerance, keys: params.keys, scope: params.scope, reviewed: params.reviewed,
  };

  const unknown = [...params.malformed, ...comparison.unknownCodes];
  if (unknown.length) notices.push(`已忽略未知代码 Ignored unknown codes: ${unknown.join(", ")}`);
  if (comparison.overLimit.length) {
    notices.push(`最多比较 ${MAX_COMPARED} 个地区,已忽略 At most ${MAX_COMPARED} places; left out: ${comparison.overLimit.join(", ")}`);
  }
  const only = jurisdictions.length === 1 ? jurisdictions[0] : null;
  const siblings = only?.parentCode
    ? (await listJurisdictions({ parent: only.parentCode, withReports: true })).filter((j) => j.code !== only.code).slice(0, 12)
    : [];
  const latest = year === null;
  const groups = comparisonBarGroups(rows, latest);
  const lines = rowsWithLines(rows);
  const withoutYear = year === null ? [] : jurisdictions.filter((j) => !j.years.includes(year));
  const period = latest ? "各地最新 latest available" : String(year);

  return (
    <div className="space-y-5">
      <header>
        <h1 className="text-2xl font-semibold">
          地区比较 <span className="text-base font-normal text-stone-500">Compare jurisdictions</span>
        </h1>
        <p className="text-sm text-stone-600">
          选择 2 至 {MAX_COMPARED} 个地区,在同一范围比较指标:默认取各地最新的数值并注明年度,也可选定一个年度。Choose 2 to {MAX_COMPARED} places;
          figures are compared at one scope, each place&apos;s latest with its year unless you choose one year.
        </p>
      </header>

      {notices.length > 0 && (
        <ul role="status" className="rounded border border-amber-300 bg-amber-50 p-3 text-sm" data-testid="compare-notices">
          {notices.map((n) => (
            <li key={n}>⚠ {n}</li>
          ))}
        </ul>
      )}

      <section className="space-y-3">
        <ChosenJurisdictions jurisdictions={jurisdictions} state={state} />
        <JurisdictionPicker state={state} />
        <SuggestedPlaces places={siblings} state={state} />
      </section>

      {jurisdictions.length < 2 ? (
        <p className="rounded border border-dashed border-stone-300 p-6 text-stone-600" data-testid="compare-hint">
          请至少选择两个地区。Choose at least two jurisdictions to compare. 也可以从地区页面的“比较”开始。You can also start from a jurisdiction&apos;s page.
        </p>
      ) : comparison.years.length === 0 ? (
        <p className="rounded border border-dashed border-stone-300 p-6 text-stone-600">这些地区还没有报告。None of these places has a report yet.</p>
      ) : (
        <>
          <ComparisonControls state={state} years={comparison.years} year={year} />
          <p className="text-sm" data-testid="reviewed-filter">
            {state.reviewed ? (
              <>
                只比较经人工审核的数值 Reviewed figures only ·{" "}
                <Link href={compareHref({ ...state, reviewed: undefined })} className="text-red-800 underline">
                  显示全部 Show all
                </Link>
              </>
            ) : (
              <Link href={compareHref({ ...state, reviewed: true })} className="text-red-800 underline">
                只比较经人工审核的数值 Reviewed figures only
              </Link>
            )}
          </p>
          {withoutYear.length > 0 && (
            <p className="text-sm text-stone-600" data-testid="missing-year">
              没有 {year} 年报告 No report for {year}:{" "}
              {withoutYear.map((j, i) => (
                <span key={j.code}>
                  {i > 0 && "、"}
                  {j.name}
                  {j.years.length > 0 && ` (${j.years.join(", ")})`}
                </span>
              ))}{" "}
              · <Link href={compareHref({ ...state, year: undefined })} className="text-red-800 underline">各地最新 Compare the latest of each</Link>
            </p>
          )}
          {rows.length === 0 ? (
            <p className="rounded border border-dashed border-stone-300 p-6 text-stone-600">
              {latest ? "这些地区的报告中没有所选指标的数值。No values of the chosen indicators." : `${year} 年这些地区的报告中没有所选指标的数值。No values of the chosen indicators for ${year}.`}
            </p>
          ) : (
            <>
              <section aria-labelledby="chart-heading" className="space-y-2">
                <h2 id="chart-heading" className="text-lg font-semibold">
                  图 <span className="text-sm font-normal text-stone-500">Chart, {period}</span>
                </h2>
                {groups.length > 0 ? (
                  <GroupedBarChart places={jurisdictions.map((j) => j.name)} groups={groups} fileStem={[jurisdictions.map((j) => j.name).join("_"), year ?? "各地最新"]} />
                ) : (
                  <p className="text-sm text-stone-600">这一范围没有数值,见下表。No values at this scope: see the table.</p>
                )}
              </section>
              <section aria-labelledby="table-heading" className="space-y-2">
                <h2 id="table-heading" className="text-lg font-semibold">
                  表 <span className="text-sm font-normal text-stone-500">Table</span>
                </h2>
                <ComparisonTable jurisdictions={jurisdictions} rows={rows} year={year} tolerance={tolerance} />
              </section>
              {lines.length > 0 && (
                <section aria-labelledby="lines-heading" className="space-y-2">
                  <h2 id="lines-heading" className="text-lg font-semibold">
                    历年 <span className="text-sm font-normal text-stone-500">Across years (indicators a place gives in two years or more)</span>
                  </h2>
                  <ComparisonLines jurisdictions={jurisdictions} rows={lines.slice(0, LINES_LIMIT)} />
                  {lines.length > LINES_LIMIT && (
                    <p className="text-xs text-stone-500">
                      显示前 {LINES_LIMIT} 项,共 {lines.length} 项;选择指标查看其他。The first {LINES_LIMIT} of {lines.length}: choose indicators to see others.
                    </p>
                  )}
                </section>
              )}
            </>
          )}
          <p className="text-xs text-stone-500">
            <a href={compareHref(state).replace(/^\/compare/, "/api/comparison")} className="underline" data-testid="comparison-csv">
              下载本比较 CSV Download this comparison as CSV
            </a>{" "}
            · <Link href="/coverage" className="underline">覆盖情况 Coverage</Link>
          </p>
        </>
      )}
    </div>
  );
}
