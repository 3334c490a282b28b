import Link from "next/link";
import { connection } from "next/server";
import { JurisdictionSearch } from "@/components/jurisdiction-search";
import { getIndicator } from "@/lib/indicators";
import { LEVEL_LABEL, formatValue } from "@/lib/labels";
import { getOverview } from "@/lib/queries/get-overview";
import { listReportedJurisdictions } from "@/lib/queries/list-reported-jurisdictions";
import { matchesPlace } from "@/lib/search/match-place";

const LIST_LIMIT = 200;

export default async function HomePage({ searchParams }: { searchParams: Promise<{ q?: string }> }) {
  await connection();
  const { q = "" } = await searchParams;
  const query = q.trim().slice(0, 30);
  const [overview, all] = await Promise.all([getOverview(), listReportedJurisdictions()]);
  const matching = query ? all.filter((j) => matchesPlace(query, j)) : all;
  const shown = matching.slice(0, LIST_LIMIT);

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
        <table className="w-full border-collapse bg-white text-sm shadow-sm">
          <thead className="bg-stone-100 text-left">
            <tr>
              <th className="p-2">指标 Indicator</th>
              <th className="p-2">年度 Years</th>
              <th className="p-2 text-right">地区数 N</th>
              <th className="p-2 text-right">中位数 Median</th>
              <th className="p-2 text-right">范围 Range</th>
            </tr>
          </thead>
          <tbody>
            {overview.headlines.map((h) => {
              const def = getIndicator(h.key)!;
              return (
                <tr key={h.key} className="border-t border-stone-200">
                  <td className="p-2">
                    <Link href={`/indicators/${h.key}`} className="text-red-800 hover:underline">
                      {def.zh}
                    </Link>
                    <span className="block text-xs text-stone-500">{def.en}</span>
                  </td>
                  <td className="p-2">{h.fromYear === null ? "—" : h.fromYear === h.toYear ? h.fromYear : `${h.fromYear}–${h.toYear}`}</td>
                  <td className="p-2 text-right tabular-nums">{h.count}</td>
                  <td className="p-2 text-right tabular-nums">{h.median === null ? "—" : formatValue(h.median, def.unit, false)}</td>
                  <td className="p-2 text-right tabular-nums">
                    {h.min === null || h.max === null ? "—" : `${formatValue(h.min, def.unit, false)} – ${formatValue(h.max, def.unit, false)}`}
                  </td>
                </tr>
              );
            })}
          </tbody>
        </table>
      </section>

      <section aria-labelledby="jurisdictions-heading">
        <h2 id="jurisdictions-heading" className="mb-3 text-lg font-semibold">
          已收录的行政区划 <span className="text-sm font-normal text-stone-500">Jurisdictions with reports</span>
        </h2>
        <JurisdictionSearch defaultValue={query} />
        {all.length === 0 ? (
          <p className="rounded border border-dashed border-stone-300 p-6 text-stone-600">
            数据库中还没有报告。No reports in the database yet.{" "}
            <Link href="/upload" className="text-red-800 underline">
              上传报告 Upload one
            </Link>
          </p>
        ) : shown.length === 0 ? (
          <p className="p-4 text-stone-600">没有找到“{query}”。Nothing matches “{query}”.</p>
        ) : (
          <div className="overflow-x-auto">
            <table className="w-full border-collapse bg-white text-sm shadow-sm">
              <thead className="bg-stone-100 text-left">
                <tr>
                  <th className="p-2">行政区划 Jurisdiction</th>
                  <th className="p-2">层级 Level</th>
                  <th className="p-2">上级 Parents</th>
                  <th className="p-2">报告年度 Years</th>
                </tr>
              </thead>
              <tbody>
                {shown.map((j) => (
                  <tr key={j.code} className="border-t border-stone-200">
                    <td className="p-2">
                      <Link href={`/jurisdictions/${j.code}`} className="text-red-800 hover:underline">
                        {j.name}
                      </Link>
                      <span className="ml-2 font-mono text-xs text-stone-400">{j.code}</span>
                    </td>
                    <td className="p-2">{LEVEL_LABEL[j.level].zh}</td>
                    <td className="p-2 text-stone-600">{j.parentNames.join(" · ") || "—"}</td>
                    <td className="p-2">{j.years.join(", ")}</td>
                  </tr>
                ))}
              </tbody>
            </table>
            {matching.length > shown.length && (
              <p className="mt-1 text-xs text-stone-500">
                显示前 {shown.length} 个,共 {matching.length} 个;请用搜索缩小范围。Showing {shown.length} of {matching.length}; search to narrow.
              </p>
            )}
          </div>
        )}
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
                  {r.jurisdictionName} {r.year} · {r.title ?? "报告"}
                </Link>
                <span className="ml-2 text-xs text-stone-500">{r.uploadedAt.slice(0, 10)}</span>
              </li>
            ))}
          </ul>
        </section>
      )}
    </div>
  );
}
