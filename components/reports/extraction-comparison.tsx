import { getIndicator } from "@/lib/indicators";
import { SCOPE_LABEL, formatValue } from "@/lib/display/labels";
import type { ComparisonRow, ComparisonStatus } from "@/lib/review/compare-extraction";

const STATUS: Record<ComparisonStatus, { zh: string; en: string; tone: string }> = {
  same: { zh: "一致", en: "same", tone: "text-stone-500" },
  corrected: { zh: "已更正", en: "corrected", tone: "text-amber-800" },
  not_kept: { zh: "未保留", en: "not kept", tone: "text-red-800" },
  added: { zh: "提取器漏掉", en: "missed by the extractor", tone: "text-sky-800" },
};

/** The extractor's reading of the text against the values the report keeps: what a review taught, at a glance. */
export function ExtractionComparison({ rows, extractorVersion, reviewed }: { rows: ComparisonRow[]; extractorVersion: string; reviewed: boolean }) {
  if (rows.length === 0) return null;
  const differing = rows.filter((r) => r.status !== "same").length;
  const unit = (key: string) => getIndicator(key)?.unit ?? "";
  const cell = (v: number | null, key: string) => (v === null ? <span className="text-stone-300">—</span> : formatValue(v, unit(key), false));
  return (
    <details className="rounded border border-stone-200 bg-white p-3 text-sm" data-testid="extraction-comparison">
      <summary className="cursor-pointer font-semibold">
        提取器与{reviewed ? "审核结果" : "保存的数值"}对比{" "}
        <span className="font-normal text-stone-500">
          The extractor against {reviewed ? "what the reviewer kept" : "the stored values"} ({differing} 处不同 differ)
        </span>
      </summary>
      <table className="mt-2 w-full border-collapse">
        <thead className="text-left text-xs text-stone-500">
          <tr>
            <th className="p-1">指标 Indicator</th>
            <th className="p-1">提取器 Extractor ({extractorVersion})</th>
            <th className="p-1">{reviewed ? "审核人保留 Reviewer kept" : "保存的 Stored"}</th>
            <th className="p-1" />
          </tr>
        </thead>
        <tbody>
          {rows.map((r) => (
            <tr key={`${r.key}|${r.scope}`} className="border-t border-stone-200" data-status={r.status}>
              <td className="p-1">
                {getIndicator(r.key)?.zh ?? r.key} <span className="text-xs text-stone-500">{SCOPE_LABEL[r.scope].zh}</span>
              </td>
              <td className="p-1 tabular-nums">{cell(r.extracted, r.key)}</td>
              <td className="p-1 tabular-nums">{cell(r.kept, r.key)}</td>
              <td className={`p-1 text-xs ${STATUS[r.status].tone}`}>
                {STATUS[r.status].zh} {STATUS[r.status].en}
              </td>
            </tr>
          ))}
        </tbody>
      </table>
    </details>
  );
}
