import Link from "next/link";
import { IndicatorYearsChart } from "@/components/charts/indicator-years-chart";
import { getIndicator } from "@/lib/indicators";
import { SCOPE_LABEL } from "@/lib/display/labels";
import { seriesPoints, type ProfileGroup } from "@/lib/charts/profile-series";

interface Props {
  code: string;
  name: string;
  years: number[];
  groups: ProfileGroup[];
}

/** For each indicator group, a small chart per indicator and scope across the years (small multiples). */
export function IndicatorGroupCharts({ code, name, years, groups }: Props) {
  return (
    <section aria-labelledby="groups-heading" className="space-y-4">
      <h2 id="groups-heading" className="text-lg font-semibold">
        各组指标历年变化 <span className="text-sm font-normal text-stone-500">By indicator group, across years</span>
      </h2>
      {groups.map((g) => (
        <section key={g.id} aria-labelledby={`group-${g.id}`} data-testid={`group-${g.id}`}>
          <h3 id={`group-${g.id}`} className="mb-2 font-medium">
            {g.zh} <span className="text-sm font-normal text-stone-500">{g.en}</span>
          </h3>
          <div className="grid grid-cols-2 gap-2 sm:gap-3 lg:grid-cols-3">
            {g.series.map((s) => {
              const def = getIndicator(s.key)!;
              const title = `${def.zh}(${SCOPE_LABEL[s.scope].zh})`;
              return (
                <div key={s.id} className="space-y-1">
                  <IndicatorYearsChart
                    compact
                    definitionKey={s.key}
                    plotId={`plot-${s.key.replace(".", "-")}-${s.scope}`}
                    title={title}
                    fileName={[name, def.zh, SCOPE_LABEL[s.scope].zh, years[0], years.at(-1)]}
                    unit={def.unit}
                    points={seriesPoints(s, years)}
                  />
                  <p className="flex justify-between text-xs text-stone-500">
                    <span>{def.en}</span>
                    <Link href={`/jurisdictions/${code}?k=${encodeURIComponent(s.id)}#chosen-chart`} className="hover:underline" aria-label={`放大 Enlarge ${name} ${title}`}>
                      放大 Enlarge
                    </Link>
                  </p>
                </div>
              );
            })}
          </div>
        </section>
      ))}
      <p className="text-xs text-stone-500">点击柱形查看原文句子;数值见下表。Click a bar for its sentence; the numbers are in the table below.</p>
    </section>
  );
}
