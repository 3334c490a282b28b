"use client";

import { Bar, BarChart, CartesianGrid, LabelList, ResponsiveContainer, Tooltip, XAxis, YAxis } from "recharts";
import { DefinedTerm } from "@/components/indicators/defined-term";
import { DownloadChart } from "./download-chart";

export interface RankingBar {
  code: string;
  /** "1 庐阳区": the rank (when ranked) leads the label */
  label: string;
  value: number;
  display: string;
}

const ROW = 24;

/** Places ordered by value, as horizontal bars: long Chinese names stay readable on the axis. */
export function RankingChart({ title, definitionKey, fileName, unit, bars, note }: { title: string; definitionKey?: string; fileName: (string | number | null | undefined)[]; unit: string; bars: RankingBar[]; note?: string }) {
  return (
    <figure className="rounded border border-stone-200 bg-white p-3" data-testid="ranking-chart">
      <figcaption className="mb-2 flex items-start justify-between gap-2 text-sm font-medium">
        <span>
          {definitionKey ? <DefinedTerm indicatorKey={definitionKey}>{title}</DefinedTerm> : title}
          {note && <span className="block text-xs font-normal text-stone-500">{note}</span>}
        </span>
        <DownloadChart targetId="ranking-chart-plot" fileName={fileName} title={title} />
      </figcaption>
      <div id="ranking-chart-plot" style={{ height: bars.length * ROW + 40 }} role="img" aria-label={`${title}: ${bars.map((b) => `${b.label} ${b.display}`).join(", ")}`}>
        <ResponsiveContainer width="100%" height="100%">
          <BarChart data={bars} layout="vertical" margin={{ top: 4, right: 72, bottom: 4, left: 4 }}>
            <CartesianGrid strokeDasharray="3 3" horizontal={false} />
            <XAxis type="number" domain={unit === "%" ? [0, 100] : [0, "auto"]} tick={{ fontSize: 11 }} />
            <YAxis type="category" dataKey="label" width={112} tick={{ fontSize: 12 }} interval={0} />
            <Tooltip formatter={(_v, _n, item) => [(item.payload as RankingBar).display, ""]} />
            <Bar dataKey="value" fill="#991b1b" isAnimationActive={false} maxBarSize={16}>
              <LabelList dataKey="display" position="right" fontSize={11} fill="#44403c" />
            </Bar>
          </BarChart>
        </ResponsiveContainer>
      </div>
    </figure>
  );
}
