/**
 * A difference to the baseline in the indicator's own unit; rates differ in percentage points
 * (98% against 80% is +18 个百分点, not +22.5%).
 */
export function formatDifference(diff: number, unit: string): string {
  const rounded = Math.round(diff * 100) / 100;
  if (rounded === 0) return "±0";
  const sign = rounded > 0 ? "+" : "−";
  const n = Math.abs(rounded).toLocaleString("zh-CN", { maximumFractionDigits: 2 });
  return `${sign}${n}${unit === "%" ? " 个百分点 pp" : ` ${unit}`}`;
}
