"use client";

import { useRouter } from "next/navigation";
import { Bar, BarChart, CartesianGrid, ResponsiveContainer, Tooltip, XAxis, YAxis } from "recharts";
import { valueAxis } from "@/lib/charts/axis";
import { DefinedTerm } from "@/components/indicators/defined-term";
import { DownloadChart } from "./download-chart";
import { KeyboardEvidence } from "./keyboard-evidence";

export interface YearPoint {
  year: number;
  /** null: the report for that year does not give the figure (shown as a gap, never as 0) */
  value: number | null;
  approx?: boolean;
  /** where the figure was read: a click on its bar goes there */
  evidenceHref?: string;
}

interface Props {
  title: string;
  /** what it shows (place, indicator, scope, years): the PNG/SVG downloads are named after it */
  fileName: (string | number | null | undefined)[];
  unit: string;
  points: YearPoint[];
  /** unique per page: the downloads find the chart by it */
  plotId?: string;
  /** a small multiple: shorter, no grid */
  compact?: boolean;
  /** the indicator shown: its definition is the title's tooltip */
  definitionKey?: string;
}

/** One indicator of one jurisdiction across the years it has reports for; a bar opens its evidence. */
export function IndicatorYearsChart({ title, fileName, unit, points, plotId = "indicator-years-plot", compact = false, definitionKey }: Props) {
  const router = useRouter();
  // bars start at 0; a rate's axis ends at 100 %
  const axis = valueAxis(points.flatMap((p) => (p.value === null ? [] : [p.value])), { isRate: unit === "%" });
  return (
    <figure className="rounded border border-stone-200 bg-white p-3" data-testid={compact ? "group-chart" : "indicator-years-chart"}>
      <figcaption className={`mb-2 flex flex-wrap items-center justify-between gap-2 font-medium ${compact ? "text-xs" : "text-sm"}`}>
        <span>{definitionKey ? <DefinedTerm indicatorKey={definitionKey}>{title}</DefinedTerm> : title}</span>
        <DownloadChart targetId={plotId} fileName={fileName} title={title} />
      </figcaption>
      <KeyboardEvidence
        name={title}
        stops={points.flatMap((p) => (p.value !== null && p.evidenceHref ? [{ label: `${p.year}年:${p.approx ? "约" : ""}${p.value}${unit === "%" ? "%" : ` ${unit}`}`, href: p.evidenceHref }] : []))}
      >
        <div id={plotId} className={`${compact ? "h-32" : "h-64"} w-full`} role="img" aria-label={title}>
          <ResponsiveContainer width="100%" height="100%">
            {/* the keyboard is KeyboardEvidence's: Recharts' own layer would be a second Tab stop that opens nothing */}
            <BarChart accessibilityLayer={false} data={points} margin={compact ? { top: 4, right: 4, bottom: 0, left: 0 } : { top: 8, right: 16, bottom: 8, left: 8 }}>
              {!compact && <CartesianGrid strokeDasharray="3 3" vertical={false} />}
              <XAxis dataKey="year" tick={{ fontSize: compact ? 10 : 12 }} />
              <YAxis unit={unit === "%" ? "%" : undefined} width={compact ? 44 : 64} tick={{ fontSize: compact ? 10 : 12 }} domain={axis.domain} ticks={axis.ticks} />
              <Tooltip
                formatter={(v) => [`${v}${unit === "%" ? "%" : ` ${unit}`}`, title]}
                labelFormatter={(y) => `${y}年 · 点击或回车查看原文 click or Enter for the evidence`}
              />
              <Bar
                dataKey="value"
                fill="#991b1b"
                isAnimationActive={false}
                maxBarSize={compact ? 28 : 72}
                cursor="pointer"
                onClick={(entry) => {
                  const href = (entry as { payload?: YearPoint }).payload?.evidenceHref;
                  if (href) router.push(href);
                }}
              />
            </BarChart>
          </ResponsiveContainer>
        </div>
      </KeyboardEvidence>
    </figure>
  );
}
