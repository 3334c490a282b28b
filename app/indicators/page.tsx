import { IndicatorCatalogue } from "@/components/indicators/indicator-catalogue";
import { INDICATORS } from "@/lib/indicators";

export const metadata = { title: "指标 Indicators · 法治政府报告数据" };

// The catalogue is code, not data: this page needs no database and is rendered at build time.
export default function IndicatorsPage() {
  return (
    <div className="space-y-5">
      <header>
        <h1 className="text-2xl font-semibold">
          指标目录 <span className="text-base font-normal text-stone-500">Indicator catalogue</span>
        </h1>
        <p className="text-sm text-stone-600">
          共 {INDICATORS.length} 项指标;点击查看各地排名与历年变化。{INDICATORS.length} indicators: open one for its ranking across places and years.
        </p>
      </header>
      <IndicatorCatalogue />
    </div>
  );
}
