import Link from "next/link";
import { indicatorHref } from "@/components/indicators/indicator-url";
import { getIndicator } from "@/lib/indicators";
import { yearSpan } from "@/lib/indicators/latest-available";
import { LEVEL_LABEL, SCOPE_LABEL, formatValue } from "@/lib/display/labels";
import { MIN_PEERS, type PeerStanding } from "@/lib/indicators/peer-standing";
import type { JurisdictionLevel } from "@/lib/extract/types";
import type { ProfileSeries } from "@/lib/charts/profile-series";
import type { PeerStandings } from "@/lib/queries/peer-standings";
import { DefinedTerm } from "@/components/indicators/defined-term";

interface Props {
  level: JurisdictionLevel;
  provinceCode: string;
  provinceName: string | null;
  /** series with a figure in one year only */
  series: ProfileSeries[];
  peers: PeerStandings[];
}

function Standing({ standing, href, testId }: { standing: PeerStanding | undefined; href: string; testId: string }) {
  if (!standing || standing.count === 0) return <span className="text-stone-400">—</span>;
  const span = yearSpan([standing.fromYear, standing.toYear].filter((y): y is number => y !== null));
  return (
    <Link href={href} className="block hover:underline" data-testid={testId}>
      {standing.rank === null ? (
        <span className="text-stone-600">
          N = {standing.count} · 少于 {MIN_PEERS} 个,不排名 fewer than {MIN_PEERS}: no rank
        </span>
      ) : (
        <>
          <span className="font-medium">
            第 {standing.rank} 名,共 {standing.count} 个 · rank {standing.rank} of {standing.count}
          </span>
          <span className="block text-xs text-stone-600">
            百分位 percentile {standing.percentile} · N = {standing.count}
          </span>
        </>
      )}
      {span && <span className="block text-xs text-stone-500">{span}</span>}
    </Link>
  );
}

/**
 * Figures a place gives in one year only: a number says it better than a one-bar chart, and its
 * place among the latest figures of places of the same level (in the country and in the
 * province) says whether it is high. Each standing links to that ranking.
 */
export function SingleYearFigures({ level, provinceCode, provinceName, series, peers }: Props) {
  const peersOf = new Map(peers.map((p) => [`${p.key}@${p.scope}`, p]));
  const levelLabel = LEVEL_LABEL[level];
  // a province's province is itself
  const byProvince = level !== "province";
  return (
    <section aria-labelledby="single-year-heading" className="space-y-2">
      <h2 id="single-year-heading" className="text-lg font-semibold">
        只有一个年度的指标 <span className="text-sm font-normal text-stone-500">Figures given in one year, beside places of the same level</span>
      </h2>
      <p className="text-sm text-stone-600">
        与同级({levelLabel.zh})地区各自最新的数值相比;排名按指标方向,百分位从低(0)到高(100);少于 {MIN_PEERS} 个地区不排名。Compared with the latest
        figure of every place of the same level ({levelLabel.en}); ranks follow the indicator&apos;s direction, percentiles run from low (0) to high (100);
        no rank below {MIN_PEERS} places.
      </p>
      <div className="overflow-x-auto">
        <table className="w-full border-collapse bg-white text-sm shadow-sm" data-testid="single-year-figures">
          <thead className="bg-stone-100 text-left">
            <tr>
              <th scope="col" className="p-2">指标 Indicator</th>
              <th scope="col" className="p-2">范围 Scope</th>
              <th scope="col" className="p-2 text-right">数值 Figure</th>
              <th scope="col" className="p-2">全国同级 Same level, country</th>
              {byProvince && <th scope="col" className="p-2">{provinceName ?? "本省"}同级 Same level, province</th>}
            </tr>
          </thead>
          <tbody>
            {series.map((s) => {
              const def = getIndicator(s.key);
              const [v] = [...s.byYear.values()];
              const standing = peersOf.get(s.id);
              const ranking = { scope: s.scope === def?.defaultScope ? undefined : s.scope, level };
              return (
                <tr key={s.id} className="border-t border-stone-200 align-top" data-testid="single-year-figure" data-series={s.id}>
                  <th scope="row" className="p-2 text-left font-normal">
                    <DefinedTerm indicatorKey={s.key}>{def?.zh ?? s.key}</DefinedTerm>
                    <span className="block text-xs text-stone-500">{def?.en}</span>
                  </th>
                  <td className="p-2 text-stone-600">{SCOPE_LABEL[s.scope].zh}</td>
                  <td className="p-2 text-right tabular-nums">
                    <Link href={`/reports/${v.reportId}#value-${v.id}`} title={v.evidence} className="text-lg text-red-800 hover:underline">
                      {formatValue(v.value, v.unit, v.approx)}
                      {v.derived ? "*" : ""}
                    </Link>
                    <span className="block text-xs text-stone-500">{v.year}</span>
                  </td>
                  <td className="p-2">
                    <Standing standing={standing?.country} href={indicatorHref(s.key, ranking)} testId="peer-country" />
                  </td>
                  {byProvince && (
                    <td className="p-2">
                      <Standing standing={standing?.province} href={indicatorHref(s.key, { ...ranking, province: provinceCode })} testId="peer-province" />
                    </td>
                  )}
                </tr>
              );
            })}
          </tbody>
        </table>
      </div>
    </section>
  );
}
