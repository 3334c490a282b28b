"use client";

import { CartesianGrid, Line, LineChart, ResponsiveContainer, Tooltip, XAxis, YAxis } from "recharts";
import { DownloadChart } from "./download-chart";

export interface TrendChartPoint {
  year: number;
  median: number;
  count: number;
}

/** The median across reporting places, year by year; the tooltip says how many places that is. */
export function TrendChart({ title, fileName, unit, points }: { title: string; fileName: (string | number | null | undefined)[]; unit: string; points: TrendChartPoint[] }) {
  return (
    <figure className="rounded border border-stone-200 bg-white p-3" data-testid="trend-chart">
      <figcaption className="mb-2 flex items-start justify-between gap-2 text-sm font-medium">
        <span>{title}</span>
        <DownloadChart targetId="trend-plot" fileName={fileName} title={title} />
      </figcaption>
      <div id="trend-plot" className="h-56 w-full" role="img" aria-label={`${title}: ${points.map((p) => `${p.year} ${p.median}`).join(", ")}`}>
        <ResponsiveContainer width="100%" height="100%">
          <LineChart data={points} margin={{ top: 8, right: 16, bottom: 8, left: 8 }}>
            <CartesianGrid strokeDasharray="3 3" vertical={false} />
            {/* a number axis, so a gap between reported years shows as distance */}
            <XAxis dataKey="year" type="number" domain={["dataMin", "dataMax"]} ticks={points.map((p) => p.year)} allowDecimals={false} tick={{ fontSize: 11 }} padding={{ left: 12, right: 12 }} />
            <YAxis unit={unit === "%" ? "%" : undefined} width={56} tick={{ fontSize: 11 }} domain={["auto", "auto"]} />
            <Tooltip
              formatter={(v, _name, item) => [`${v}${unit === "%" ? "%" : ` ${unit}`} (N = ${(item.payload as TrendChartPoint).count})`, "中位数 Median"]}
              labelFormatter={(y) => `${y}年`}
            />
            <Line dataKey="median" stroke="#991b1b" strokeWidth={2} dot isAnimationActive={false} />
          </LineChart>
        </ResponsiveContainer>
      </div>
    </figure>
  );
}
