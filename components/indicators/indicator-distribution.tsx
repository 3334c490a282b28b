import { DistributionChart } from "@/components/charts/distribution-chart";
import type { Fences, HistogramBin } from "@/lib/charts/distribution";

const round = (n: number) => Number(n.toPrecision(6)).toLocaleString("zh-CN");

function binLabel(b: HistogramBin, unit: string): string {
  return `${b.from === b.to ? round(b.from) : `${round(b.from)}–${round(b.to)}`}${unit === "%" ? "%" : ""}`;
}

interface Props {
  title: string;
  definitionKey?: string;
  fileName: (string | number | null | undefined)[];
  unit: string;
  bins: HistogramBin[];
  /** the ranges grow 1–2–5 per decade */
  logScale: boolean;
  fences: Fences | null;
  outlierCount: number;
}

/** The histogram of one year's values with its numbers in a table, and how outliers were judged. */
export function IndicatorDistribution({ title, definitionKey, fileName, unit, bins, logScale, fences, outlierCount }: Props) {
  const scaleNote = logScale ? "区间按数量级递增 Ranges grow by orders of magnitude" : undefined;
  return (
    <div className="grid gap-3 md:grid-cols-[2fr_1fr]">
      <DistributionChart title={title} definitionKey={definitionKey} fileName={fileName} note={scaleNote} bars={bins.map((b) => ({ label: binLabel(b, unit), count: b.count }))} />
      <div className="space-y-2">
        <table className="w-full border-collapse bg-white text-sm shadow-sm" data-testid="distribution-table">
          <thead className="bg-stone-100 text-left">
            <tr>
              <th scope="col" className="p-2">
                区间 Range{unit === "%" ? "" : ` (${unit})`}
              </th>
              <th scope="col" className="p-2 text-right">
                地区数 Places
              </th>
            </tr>
          </thead>
          <tbody>
            {bins.map((b) => (
              <tr key={b.from} className="border-t border-stone-200">
                <th scope="row" className="p-2 text-left font-normal tabular-nums">
                  {binLabel(b, unit)}
                </th>
                <td className="p-2 text-right tabular-nums">{b.count}</td>
              </tr>
            ))}
          </tbody>
        </table>
        <p className="text-xs text-stone-500" data-testid="outlier-note">
          {fences
            ? `异常值:低于 ${round(fences.low)} 或高于 ${round(fences.high)}${unit === "%" ? "%" : ""}(四分位距 1.5 倍${fences.log ? ",对数尺度" : ""}),共 ${outlierCount} 个。Outliers: beyond 1.5 × IQR${fences.log ? " on a log scale" : ""}: ${outlierCount}.`
            : "地区太少,不判断异常值。Too few places to judge outliers."}
        </p>
      </div>
    </div>
  );
}
