import Link from "next/link";
import { ParentsBreadcrumb } from "@/components/profile/parents-breadcrumb";
import { notFound } from "next/navigation";
import { connection } from "next/server";
import { IndicatorYearsChart } from "@/components/charts/indicator-years-chart";
import { IndicatorGroupCharts } from "@/components/profile/indicator-group-charts";
import { PlaceWithoutReports } from "@/components/profile/place-without-reports";
import { ReportedPlacesList } from "@/components/profile/reported-places-list";
import { SingleYearFigures } from "@/components/profile/single-year-figures";
import { ValuesByYearTable } from "@/components/values-by-year-table";
import { INDICATORS, getIndicator } from "@/lib/indicators";
import { KIND_LABEL, LEVEL_LABEL, SCOPE_LABEL } from "@/lib/display/labels";
import { getByCode } from "@/lib/gazetteer";
import { getJurisdictionProfile } from "@/lib/queries/get-jurisdiction-profile";
import { getReportedRelatives } from "@/lib/queries/get-reported-relatives";
import { buildProfileSeries, groupProfileSeries, seriesPoints } from "@/lib/charts/profile-series";

interface Props {
  params: Promise<{ code: string }>;
  searchParams: Promise<{ k?: string }>;
}

export async function generateMetadata({ params }: Props) {
  const { code } = await params;
  return { title: `${getByCode(code)?.name ?? code} · 法治政府报告数据` };
}

export default async function JurisdictionPage({ params, searchParams }: Props) {
  await connection();
  const [{ code }, { k }] = await Promise.all([params, searchParams]);
  const [profile, relatives] = await Promise.all([getJurisdictionProfile(code), getReportedRelatives(code)]);
  // a parent row exists for every place with reports below it: without reports of its own it is a place without reports
  if (!profile || profile.reports.length === 0) {
    const place = getByCode(code);
    if (!place || place.code !== code) notFound();
    return <PlaceWithoutReports code={code} name={place.name} level={place.level} relatives={relatives} />;
  }

  const series = buildProfileSeries(profile);
  // a chart needs two years at least: a figure of one year is a number beside its peers
  const charted = series.filter((s) => s.byYear.size >= 2);
  const singleYear = series.filter((s) => s.byYear.size < 2);
  const chosen = charted.find((s) => s.id === k) ?? charted[0];
  const chosenDef = chosen ? getIndicator(chosen.key) : undefined;
  const province = profile.level === "province" ? profile : profile.parents.find((p) => p.level === "province");
  const likeThis = profile.placesLikeThis;

  return (
    <div className="space-y-6">
      <header>
        <ParentsBreadcrumb parents={profile.parents} />
        <h1 className="text-2xl font-semibold">
          {profile.name} <span className="font-mono text-sm text-stone-400">{profile.code}</span>
        </h1>
        <p className="text-sm text-stone-600">
          {LEVEL_LABEL[profile.level].zh} {LEVEL_LABEL[profile.level].en} · 报告年度 Years: {profile.years.join(", ")}
        </p>
        {series.length > 0 && (
          // on a phone the table comes after every chart, thousands of pixels down
          <p className="mt-1 text-sm">
            <a href="#values" className="text-red-800" data-testid="jump-to-values">
              跳到数值表 Jump to the table of figures
            </a>
          </p>
        )}
      </header>

      {likeThis.length > 0 && (
        <p className="text-sm">
          <Link
            href={`/compare?j=${[profile.code, ...likeThis.map((p) => p.code)].join(",")}`}
            className="inline-block rounded border border-red-800 bg-white px-2 py-1 text-red-900 hover:bg-red-50"
            data-testid="places-like-this"
          >
            与同类地区比较 Compare with places like this
          </Link>{" "}
          <span className="text-stone-600">
            ({LEVEL_LABEL[profile.level].zh}
            {profile.level === "province" ? "" : `,${province?.name ?? ""}`}:{likeThis.map((p) => p.name).join("、")})
          </span>
        </p>
      )}

      {series.length === 0 ? (
        <p className="rounded border border-dashed border-stone-300 p-6 text-stone-600">
          这些报告中没有提取到指标数值。No indicator values were extracted from these reports.
        </p>
      ) : null}

      {chosen && chosenDef ? (
        <section id="chosen-chart" className="scroll-mt-4 space-y-2">
          <IndicatorYearsChart
            definitionKey={chosen.key}
            title={`${profile.name} · ${chosenDef.zh}(${SCOPE_LABEL[chosen.scope].zh})· ${chosenDef.en}`}
            fileName={[profile.name, chosenDef.zh, SCOPE_LABEL[chosen.scope].zh, profile.years[0], profile.years.at(-1)]}
            unit={chosenDef.unit}
            points={seriesPoints(chosen, profile.years)}
          />
          <nav aria-label="选择指标 Choose indicator" className="flex flex-wrap gap-2 text-xs">
            {charted.map((s) => (
              <Link
                key={s.id}
                href={`/jurisdictions/${profile.code}?k=${encodeURIComponent(s.id)}`}
                className={`rounded border px-2 py-1 ${s.id === chosen.id ? "border-red-800 bg-red-50 text-red-900" : "border-stone-300 bg-white"}`}
              >
                {getIndicator(s.key)?.zh}({SCOPE_LABEL[s.scope].zh})
              </Link>
            ))}
          </nav>
        </section>
      ) : null}

      {charted.length > 0 && <IndicatorGroupCharts code={profile.code} name={profile.name} years={profile.years} groups={groupProfileSeries(charted)} />}

      {singleYear.length > 0 && (
        <SingleYearFigures level={profile.level} provinceCode={province?.code ?? ""} provinceName={province?.name ?? null} series={singleYear} peers={profile.peers} />
      )}

      {series.length > 0 && <ValuesByYearTable years={profile.years} series={series} />}

      <section>
        <h2 className="mb-2 text-lg font-semibold">
          报告 <span className="text-sm font-normal text-stone-500">Reports</span>
        </h2>
        <ul className="space-y-1 text-sm">
          {profile.reports.map((r) => (
            <li key={r.id}>
              <Link href={`/reports/${r.id}`} className="text-red-800 hover:underline">
                {r.year} · {r.title ?? `${profile.name} ${KIND_LABEL[r.kind].zh}(无标题 untitled)`}
              </Link>{" "}
              <span className="text-stone-500">
                {/* an untitled report's link names its kind already: once is enough ("其他 其他") */}
                {r.title ? `${KIND_LABEL[r.kind].zh} · ` : ""}
                {r.valueCount} 个数值 values{r.isCurrent ? "" : " · 旧版 superseded"}
                {r.reviewed ? "" : " · 待审核 unreviewed"}
              </span>
            </li>
          ))}
        </ul>
      </section>
      {relatives.below.length > 0 && (
        <section aria-labelledby="below-heading" className="space-y-2">
          <h2 id="below-heading" className="text-lg font-semibold">
            下级地区的报告 <span className="text-sm font-normal text-stone-500">Places under {profile.name} with reports</span>
          </h2>
          <ReportedPlacesList places={relatives.below} testId="reported-below" />
        </section>
      )}
      {(profile.siblings.length > 0 || profile.parents.length > 0) && (
        <section>
          <h2 className="mb-2 text-lg font-semibold">
            比较 <span className="text-sm font-normal text-stone-500">Compare with</span>
          </h2>
          <ul className="flex flex-wrap gap-2 text-sm">
            {profile.siblings.length > 0 && (
              <li>
                <Link
                  href={`/compare?j=${[profile.code, ...profile.siblings.slice(0, 7).map((s) => s.code)].join(",")}`}
                  className="rounded border border-stone-300 bg-white px-2 py-1 hover:border-red-800"
                >
                  同级地区 Siblings ({profile.siblings.map((s) => s.name).join("、")})
                </Link>
              </li>
            )}
            {profile.parents[0] && (
              <li>
                <Link href={`/compare?j=${profile.code},${profile.parents[0].code}`} className="rounded border border-stone-300 bg-white px-2 py-1 hover:border-red-800">
                  上级 Parent: {profile.parents[0].name}
                </Link>
              </li>
            )}
          </ul>
        </section>
      )}
      <p className="text-xs text-stone-400">
        指标目录 Catalogue: {INDICATORS.length} indicators ·{" "}
        <a href={`/api/values?jurisdiction=${profile.code}&format=csv`} className="underline">
          下载 CSV download
        </a>
      </p>
    </div>
  );
}
