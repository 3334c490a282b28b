import type { JurisdictionLevel, ReportKind, Scope } from "../extract/types";

// User-facing labels, Chinese first with English beside.
export const LEVEL_LABEL: Record<JurisdictionLevel, { zh: string; en: string }> = {
  province: { zh: "省级", en: "Province" },
  city: { zh: "地市级", en: "City" },
  district: { zh: "市辖区", en: "District" },
  county: { zh: "县级", en: "County" },
};

export const KIND_LABEL: Record<ReportKind, { zh: string; en: string }> = {
  annual_report: { zh: "年度报告", en: "Annual report" },
  work_plan: { zh: "工作要点", en: "Work plan" },
  other: { zh: "其他", en: "Other" },
};

export const SCOPE_LABEL: Record<Scope, { zh: string; en: string }> = {
  area: { zh: "全域", en: "Whole area" },
  own: { zh: "本级政府", en: "Government itself" },
};

export function formatValue(value: number, unit: string, approx: boolean): string {
  const n = Number.isInteger(value) ? value.toLocaleString("zh-CN") : value.toLocaleString("zh-CN", { maximumFractionDigits: 2 });
  return `${approx ? "约" : ""}${n}${unit === "%" ? "%" : ` ${unit}`}`;
}
