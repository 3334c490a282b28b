"use client";

import { Bar, BarChart, CartesianGrid, ResponsiveContainer, Tooltip, XAxis, YAxis } from "recharts";
import { DefinedTerm } from "@/components/indicators/defined-term";
import { DownloadChart } from "./download-chart";

export interface DistributionBar {
  /** "95–96 %" */
  label: string;
  count: number;
}

/** How many places fall in each value range: the shape behind the ranking. */
export function DistributionChart({ title, definitionKey, fileName, bars, note }: { title: string; definitionKey?: string; fileName: (string | number | null | undefined)[]; bars: DistributionBar[]; note?: string }) {
  return (
    <figure className="rounded border border-stone-200 bg-white p-3" data-testid="distribution-chart">
      <figcaption className="mb-2 flex items-start justify-between gap-2 text-sm font-medium">
        <span>
          {definitionKey ? <DefinedTerm indicatorKey={definitionKey}>{title}</DefinedTerm> : title}
          {note && <span className="block text-xs font-normal text-stone-500">{note}</span>}
        </span>
        <DownloadChart targetId="distribution-plot" fileName={fileName} title={title} />
      </figcaption>
      <div id="distribution-plot" className="h-56 w-full" role="img" aria-label={`${title}: ${bars.map((b) => `${b.label} ${b.count}`).join(", ")}`}>
        <ResponsiveContainer width="100%" height="100%">
          <BarChart data={bars} margin={{ top: 8, right: 8, bottom: 8, left: 0 }} barCategoryGap={1}>
            <CartesianGrid strokeDasharray="3 3" vertical={false} />
            <XAxis dataKey="label" tick={{ fontSize: 10 }} interval="preserveStartEnd" />
            <YAxis allowDecimals={false} width={40} tick={{ fontSize: 11 }} />
            <Tooltip formatter={(v) => [`${v} 个地区 places`, "地区数 Places"]} />
            <Bar dataKey="count" fill="#9a3412" isAnimationActive={false} />
          </BarChart>
        </ResponsiveContainer>
      </div>
    </figure>
  );
}
