"use client";

import { CartesianGrid, Legend, Line, LineChart, ResponsiveContainer, Tooltip, XAxis, YAxis } from "recharts";
import { valueAxis } from "@/lib/charts/axis";
import { DownloadChart } from "./download-chart";
import { PLACE_COLOURS } from "./grouped-bar-chart";

export interface ComparisonLinesPoint {
  year: number;
  /** one per place, in order; null: no figure that year (a gap, never 0) */
  values: (number | null)[];
}

interface Props {
  id: string;
  title: string;
  unit: string;
  places: string[];
  points: ComparisonLinesPoint[];
}

/** One indicator across the years, one line per place; years without a figure stay gaps. */
export function ComparisonLinesChart({ id, title, unit, places, points }: Props) {
  const data = points.map((p) => Object.fromEntries([["year", p.year], ...p.values.map((v, i) => [`p${i}`, v])]));
  const plotId = `lines-${id}`;
  const axis = valueAxis(points.flatMap((p) => p.values.filter((v): v is number => v !== null)), { isRate: unit === "%" });
  return (
    <figure className="min-w-0 rounded border border-stone-200 bg-white p-2" data-testid="comparison-lines-chart">
      <figcaption className="mb-1 flex items-start justify-between gap-2 text-sm font-medium">
        <span>{title}</span>
        <DownloadChart targetId={plotId} fileName={[places.join("_"), title]} title={title} />
      </figcaption>
      <div id={plotId} className="h-48 w-full" role="img" aria-label={title}>
        <ResponsiveContainer width="100%" height="100%">
          <LineChart data={data} margin={{ top: 8, right: 12, bottom: 4, left: 4 }}>
            <CartesianGrid strokeDasharray="3 3" vertical={false} />
            {/* a number axis, so a gap between reported years shows as distance */}
            <XAxis dataKey="year" type="number" domain={["dataMin", "dataMax"]} ticks={points.map((p) => p.year)} allowDecimals={false} tick={{ fontSize: 11 }} padding={{ left: 12, right: 12 }} />
            <YAxis unit={unit === "%" ? "%" : undefined} width={52} tick={{ fontSize: 11 }} domain={axis.domain} ticks={axis.ticks} />
            <Tooltip formatter={(v) => `${v}${unit === "%" ? "%" : ` ${unit}`}`} labelFormatter={(y) => `${y}年`} />
            <Legend wrapperStyle={{ fontSize: 11 }} />
            {places.map((name, i) => (
              <Line key={name + i} dataKey={`p${i}`} name={name} stroke={PLACE_COLOURS[i % PLACE_COLOURS.length]} strokeWidth={2} dot connectNulls={false} isAnimationActive={false} />
            ))}
          </LineChart>
        </ResponsiveContainer>
      </div>
    </figure>
  );
}
