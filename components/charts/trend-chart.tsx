"use client";

import { CartesianGrid, LabelList, Line, LineChart, ResponsiveContainer, Tooltip, XAxis, YAxis } from "recharts";
import { valueAxis } from "@/lib/charts/axis";
import { MIN_TREND_PLACES, type TrendPoint } from "@/lib/charts/median-trend";
import { DefinedTerm } from "@/components/indicators/defined-term";
import { DownloadChart } from "./download-chart";

interface Props {
  title: string;
  fileName: (string | number | null | undefined)[];
  unit: string;
  points: TrendPoint[];
  /** the axis fits the data instead of starting at 0 (a rate's at 0–100 %) */
  zoom: boolean;
  /** the indicator shown: its definition is the title's tooltip */
  definitionKey?: string;
}

const withUnit = (v: number, unit: string) => `${Number(v.toPrecision(6))}${unit === "%" ? "%" : ` ${unit}`}`;

/**
 * The median across places, year by year, with N at every point (in the downloads too): the
 * line runs only through years with at least MIN_TREND_PLACES places; a year with fewer is a
 * grey point on its own, so a line never joins one place's figure to another's.
 */
export function TrendChart({ title, definitionKey, fileName, unit, points, zoom }: Props) {
  const axis = valueAxis(points.map((p) => p.median), { isRate: unit === "%", zoom });
  const nLabel = (n: unknown) => `N=${n}`;
  return (
    <figure className="rounded border border-stone-200 bg-white p-3" data-testid="trend-chart">
      <figcaption className="mb-2 flex items-start justify-between gap-2 text-sm font-medium">
        <span>{definitionKey ? <DefinedTerm indicatorKey={definitionKey}>{title}</DefinedTerm> : title}</span>
        <DownloadChart targetId="trend-plot" fileName={fileName} title={title} />
      </figcaption>
      <div
        id="trend-plot"
        className="h-64 w-full"
        role="img"
        aria-label={`${title}: ${points.map((p) => `${p.year} ${withUnit(p.median, unit)} (N = ${p.count})`).join(", ")}`}
      >
        <ResponsiveContainer width="100%" height="100%">
          <LineChart accessibilityLayer={false} data={points} margin={{ top: 24, right: 24, bottom: 8, left: 8 }}>
            <CartesianGrid strokeDasharray="3 3" vertical={false} />
            {/* a number axis, so a gap between reported years shows as distance */}
            <XAxis dataKey="year" type="number" domain={["dataMin", "dataMax"]} ticks={points.map((p) => p.year)} allowDecimals={false} tick={{ fontSize: 11 }} padding={{ left: 16, right: 16 }} />
            <YAxis unit={unit === "%" ? "%" : undefined} width={56} tick={{ fontSize: 11 }} domain={axis.domain} ticks={axis.ticks} allowDataOverflow />
            <Tooltip
              formatter={(v, _name, item) => [`${withUnit(Number(v), unit)} (N = ${(item.payload as TrendPoint).count})`, "中位数 Median"]}
              labelFormatter={(y) => `${y}年`}
            />
            <Line dataKey="line" name="median" stroke="#991b1b" strokeWidth={2} dot connectNulls={false} isAnimationActive={false}>
              <LabelList dataKey="count" position="top" fontSize={11} fill="#44403c" formatter={nLabel} />
            </Line>
            <Line dataKey="few" name="few" stroke="none" dot={{ r: 4, fill: "#a8a29e", stroke: "#57534e" }} activeDot={{ r: 5 }} isAnimationActive={false}>
              <LabelList dataKey="count" position="top" fontSize={11} fill="#57534e" formatter={nLabel} />
            </Line>
          </LineChart>
        </ResponsiveContainer>
      </div>
      <p className="mt-1 text-xs text-stone-600" data-testid="trend-note">
        {zoom
          ? "纵轴按数据范围放大,差别会显得更大。The axis is zoomed to the data: differences look larger than they are."
          : `纵轴从 0 开始${unit === "%" ? "(到 100%)" : ""}。The axis starts at 0${unit === "%" ? " (and ends at 100 %)" : ""}.`}{" "}
        N = 地区数;少于 {MIN_TREND_PLACES} 个地区的年份只画灰点,不连线。N = places; a year with fewer than {MIN_TREND_PLACES} is a grey point, not joined by the line.
      </p>
    </figure>
  );
}
