import Link from "next/link";
import { connection } from "next/server";
import { JurisdictionSearch } from "@/components/jurisdiction-search";
import { FocusOnArrival } from "@/components/layout/focus-on-arrival";
import { GazetteerMatches } from "@/components/overview/gazetteer-matches";
import { HeadlineTable } from "@/components/overview/headline-table";
import { PlacesTable } from "@/components/overview/places-table";
import { KIND_LABEL, LEVEL_LABEL } from "@/lib/display/labels";
import { getOverview } from "@/lib/queries/get-overview";
import { listReportedJurisdictions } from "@/lib/queries/list-reported-jurisdictions";
import { matchesPlace } from "@/lib/search/match-place";
import { placeQuery } from "@/lib/search/place-query";
import { searchPlaces } from "@/lib/search/search-places";

const LIST_LIMIT = 200;


export default async function HomePage({ searchParams }: { searchParams: Promise<{ q?: string }> }) {
  await connection();
  const { q = "" } = await searchParams;
  const query = q.trim().slice(0, 30);
  const [overview, all] = await Promise.all([getOverview(), listReportedJurisdictions()]);
  const matching = query ? all.filter((j) => matchesPlace(placeQuery(query), j)) : all;
  const shown = matching.slice(0, LIST_LIMIT);
  // every place of the gazetteer is findable; those with reports are in the table already
  const reported = new Set(all.map((j) => j.code));
  const withoutReports = query ? searchPlaces(query, 30).filter((p) => !reported.has(p.code)) : [];

  return (
    <div className="space-y-8">
      <section>
        <h1 className="text-2xl font-semibold">
          法治政府建设年度报告 <span className="text-base font-normal text-stone-500">Rule-of-law government reports</span>
        </h1>
        <p className="mt-2 max-w-3xl text-stone-600">
          各地每年发布的法治政府建设年度报告,逐项提取为数据,每个数字都可追溯到原文句子。
          <span className="block text-sm text-stone-500">
            Every figure is extracted from the reports themselves and links back to the sentence it came from.
          </span>
          <span className="mt-1 block text-sm">
            初始数据是人工标注的真实公开网页,很多只是开头部分。The data you start with are real public pages labelled by hand, many only their
            openings: <Link href="/about" className="text-red-800 underline">数据来源 where they came from</Link>.
          </span>
        </p>
        <div className="mt-3">
          <JurisdictionSearch defaultValue={query} />
        </div>
        <dl className="mt-4 grid grid-cols-2 gap-3 sm:grid-cols-4" data-testid="overview-counts">
          {[
            ["报告", "Reports", overview.reports],
            ["行政区划", "Jurisdictions", overview.jurisdictions],
            ["省份", "Provinces", overview.provinces],
            ["年度", "Years", overview.years.length ? `${overview.years[0]}–${overview.years.at(-1)}` : "—"],
          ].map(([zh, en, n]) => (
            <div key={String(en)} className="rounded border border-stone-200 bg-white p-3">
              <dt className="text-xs text-stone-500">
                {zh} {en}
              </dt>
              <dd className="text-xl font-semibold tabular-nums">{n}</dd>
            </div>
          ))}
        </dl>
      </section>

      <section aria-labelledby="headline-heading">
        <h2 id="headline-heading" className="mb-2 text-lg font-semibold">
          主要指标 <span className="text-sm font-normal text-stone-500">Headline indicators: each place&apos;s latest figure</span>
        </h2>
        <HeadlineTable headlines={overview.headlines} />
      </section>

      <section aria-labelledby="jurisdictions-heading">
        {query ? (
          <FocusOnArrival id="jurisdictions-heading" className="mb-3 text-lg font-semibold">
            “{query}”的搜索结果 <span className="text-sm font-normal text-stone-500">Places matching “{query}”</span>
          </FocusOnArrival>
        ) : (
          <h2 id="jurisdictions-heading" className="mb-3 text-lg font-semibold">
            已收录的行政区划 <span className="text-sm font-normal text-stone-500">Jurisdictions with reports</span>
          </h2>
        )}
        {all.length === 0 ? (
          <p className="rounded border border-dashed border-stone-300 p-6 text-stone-600">
            数据库中还没有报告。No reports in the database yet.{" "}
            <Link href="/upload" className="text-red-800 underline">
              上传报告 Upload one
            </Link>
          </p>
        ) : shown.length === 0 ? (
          <p className="p-4 text-stone-600">
            {withoutReports.length > 0
              ? `没有“${query}”的报告。No reports for “${query}”.`
              : `没有找到“${query}”。Nothing matches “${query}”.`}
          </p>
        ) : (
          <div className="overflow-x-auto">
            <PlacesTable
              places={shown.map((j) => ({ code: j.code, name: j.name, level: LEVEL_LABEL[j.level].zh, parents: j.parentNames.join(" · ") || "—", years: j.years.join(", ") }))}
            />
            {matching.length > shown.length && (
              <p className="mt-1 text-xs text-stone-500">
                显示前 {shown.length} 个,共 {matching.length} 个;请用搜索缩小范围。Showing {shown.length} of {matching.length}; search to narrow.
              </p>
            )}
          </div>
        )}
        <GazetteerMatches places={withoutReports} />
      </section>

      {overview.latest.length > 0 && (
        <section aria-labelledby="latest-heading">
          <h2 id="latest-heading" className="mb-2 text-lg font-semibold">
            最近上传 <span className="text-sm font-normal text-stone-500">Latest uploads</span>
          </h2>
          <ul className="space-y-1 text-sm">
            {overview.latest.map((r) => (
              <li key={r.id}>
                <Link href={`/reports/${r.id}`} className="text-red-800 hover:underline">
                  {r.title ?? `${r.jurisdictionName} ${r.year} · ${KIND_LABEL[r.kind].zh}(无标题 untitled)`}
                </Link>
                <span className="ml-2 text-xs text-stone-500">
                  {r.title ? `${r.jurisdictionName} ${r.year} · ${KIND_LABEL[r.kind].zh} · ` : ""}
                  {r.uploadedAt.slice(0, 10)}
                </span>
              </li>
            ))}
          </ul>
        </section>
      )}
    </div>
  );
}
