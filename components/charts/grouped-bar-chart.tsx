"use client";

import { Bar, BarChart, CartesianGrid, Cell, LabelList, ResponsiveContainer, XAxis, YAxis } from "recharts";
import { DownloadChart } from "./download-chart";

/**
 * One indicator's bars, one per place in the order of the chart's `places`: plain arrays, since
 * each group crosses to the browser in the page's payload (a name and code per bar were a third
 * of an 8-place comparison's chart data).
 */
export interface BarGroup {
  id: string;
  title: string;
  unit: string;
  /** null: not reported at this scope (no bar, never a bar of 0) */
  values: (number | null)[];
  /** the label beside each bar, e.g. 约580 场 (2024), or — */
  labels: string[];
}

/** Okabe–Ito colours (told apart with colour-blindness), led by the site's red. */
export const PLACE_COLOURS = ["#991b1b", "#0072b2", "#e69f00", "#009e73", "#cc79a7", "#56b4e9", "#d55e00", "#525252"];

const ROW = 26;

/** A missing figure draws no bar and no bar label: the axis says "—" so it never reads as 0. */
const barData = (places: string[], g: BarGroup) =>
  places.map((name, i) => ({ value: g.values[i], display: g.labels[i], axis: g.values[i] === null ? `${name} —` : name }));

/**
 * One small chart per indicator with one bar per place: indicators differ in unit and size
 * (9,308 disclosures beside 5 documents), so they never share an axis.
 */
export function GroupedBarChart({ places, groups, fileStem }: { places: string[]; groups: BarGroup[]; fileStem: (string | number | null | undefined)[] }) {
  return (
    <div className="grid gap-3 sm:grid-cols-2 lg:grid-cols-3" data-testid="grouped-bar-chart">
      {groups.map((g) => (
        <figure key={g.id} className="min-w-0 rounded border border-stone-200 bg-white p-2">
          <figcaption className="mb-1 flex items-start justify-between gap-2 text-sm font-medium">
            <span>{g.title}</span>
            <DownloadChart targetId={`chart-${g.id}`} fileName={[...fileStem, g.title]} title={g.title} />
          </figcaption>
          <div id={`chart-${g.id}`} style={{ height: places.length * ROW + 36 }} role="img" aria-label={`${g.title}: ${places.map((name, i) => `${name} ${g.labels[i]}`).join(", ")}`}>
            <ResponsiveContainer width="100%" height="100%">
              <BarChart data={barData(places, g)} layout="vertical" margin={{ top: 4, right: 64, bottom: 4, left: 4 }}>
                <CartesianGrid strokeDasharray="3 3" horizontal={false} />
                <XAxis type="number" domain={g.unit === "%" ? [0, 100] : [0, "auto"]} tick={{ fontSize: 11 }} />
                <YAxis type="category" dataKey="axis" width={84} tickLine={false} tick={{ fontSize: 12 }} interval={0} />
                <Bar dataKey="value" isAnimationActive={false} maxBarSize={18}>
                  {places.map((name, i) => (
                    <Cell key={name + i} fill={PLACE_COLOURS[i % PLACE_COLOURS.length]} />
                  ))}
                  <LabelList dataKey="display" position="right" fontSize={11} fill="#44403c" />
                </Bar>
              </BarChart>
            </ResponsiveContainer>
          </div>
        </figure>
      ))}
    </div>
  );
}
