"use client";

import { Bar, BarChart, CartesianGrid, ResponsiveContainer, Tooltip, XAxis, YAxis } from "recharts";
import { DownloadChart } from "./download-chart";

export interface YearPoint {
  year: number;
  /** null: the report for that year does not give the figure (shown as a gap, never as 0) */
  value: number | null;
  approx: boolean;
}

interface Props {
  title: string;
  /** file name stem for the PNG/SVG downloads */
  fileName: string;
  unit: string;
  points: YearPoint[];
}

/** One indicator of one jurisdiction across the years it has reports for. */
export function IndicatorYearsChart({ title, fileName, unit, points }: Props) {
  return (
    <figure className="rounded border border-stone-200 bg-white p-3" data-testid="indicator-years-chart">
      <figcaption className="mb-2 flex flex-wrap items-center justify-between gap-2 text-sm font-medium">
        <span>{title}</span>
        <DownloadChart targetId="indicator-years-plot" fileName={fileName} title={title} />
      </figcaption>
      <div id="indicator-years-plot" className="h-64 w-full" role="img" aria-label={title}>
        <ResponsiveContainer width="100%" height="100%">
          <BarChart data={points} margin={{ top: 8, right: 16, bottom: 8, left: 8 }}>
            <CartesianGrid strokeDasharray="3 3" vertical={false} />
            <XAxis dataKey="year" />
            <YAxis unit={unit === "%" ? "%" : undefined} width={64} />
            <Tooltip
              formatter={(v) => [`${v}${unit === "%" ? "%" : ` ${unit}`}`, title]}
              labelFormatter={(y) => `${y}年`}
            />
            <Bar dataKey="value" fill="#991b1b" isAnimationActive={false} maxBarSize={72} />
          </BarChart>
        </ResponsiveContainer>
      </div>
    </figure>
  );
}
