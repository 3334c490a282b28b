import { getByCode } from "../gazetteer";
import { getIndicator, type Scope } from "../indicators";
import { KIND_LABEL, SCOPE_LABEL, formatValue } from "../display/labels";
import type { ReportChange, ReportView } from "../queries/get-report";

/** One line of a report's history, in words: who, when, what, from what to what. */
export interface HistoryLine {
  at: string;
  by: string;
  what: string;
  change: string;
  /** the value it concerns, when it is still there */
  valueId: number | null;
}

const ORIGIN_WORDS: Record<string, string> = {
  turned_down: "采用了规则未采用的数字 accepted a turned-down figure",
  conflict: "从互相矛盾的数字中选定 kept one of figures that disagreed",
  selection: "从选中的原文读取 read from a selected passage",
};

const placeName = (code: string) => `${getByCode(code)?.name ?? "?"} ${code}`;
const kindName = (kind: string) => (kind in KIND_LABEL ? `${KIND_LABEL[kind as keyof typeof KIND_LABEL].zh} ${KIND_LABEL[kind as keyof typeof KIND_LABEL].en}` : kind);
const scopeName = (scope: string) => (scope in SCOPE_LABEL ? SCOPE_LABEL[scope as Scope].zh : scope);
const keyName = (key: string | undefined) => (key ? (getIndicator(key)?.zh ?? key) : "");
const unitOf = (key: string | undefined) => (key ? (getIndicator(key)?.unit ?? "") : "");

function describe(e: ReportChange): Pick<HistoryLine, "what" | "change"> {
  const slot = `${keyName(e.key)}(${scopeName(e.scope ?? "")})`;
  switch (e.field) {
    case "year":
      return { what: "年度 Year", change: `${e.from} → ${e.to}` };
    case "kind":
      return { what: "类型 Kind", change: `${kindName(e.from)} → ${kindName(e.to)}` };
    case "jurisdiction":
      return { what: "行政区划 Jurisdiction", change: `${placeName(e.from)} → ${placeName(e.to)}` };
    case "reviewed":
      return { what: "审核 Review", change: "标为已审核 marked reviewed" };
    case "value_added":
      return { what: slot, change: `添加 added ${formatValue(Number(e.to), unitOf(e.key), false)} · ${ORIGIN_WORDS[e.from] ?? e.from}` };
    case "value_removed":
      return { what: slot, change: `删除 removed ${formatValue(Number(e.from), unitOf(e.key), false)}` };
    case "scope":
      return { what: keyName(e.key), change: `范围 scope ${scopeName(e.from)} → ${scopeName(e.to)}` };
    case "evidence":
      return { what: slot, change: `原文改指 evidence re-pointed ${e.from.replace("-", "–")} → ${e.to.replace("-", "–")}` };
    default:
      return { what: String(e.field), change: `${e.from} → ${e.to}` };
  }
}

/** Every change to a report and its values, oldest first. */
export function reportHistory(report: Pick<ReportView, "edits" | "values">): HistoryLine[] {
  const present = new Set(report.values.map((v) => v.id));
  const lines: HistoryLine[] = [
    ...report.edits.map((e) => ({ at: e.at, by: e.by, ...describe(e), valueId: e.valueId !== undefined && present.has(e.valueId) ? e.valueId : null })),
    ...report.values.flatMap((v) =>
      v.history.map((h) => ({
        at: h.at,
        by: h.by,
        what: `${keyName(v.key)}(${scopeName(v.scope)})`,
        change: `更正 corrected ${formatValue(h.from, v.unit, false)} → ${formatValue(h.to, v.unit, false)}`,
        valueId: v.id,
      })),
    ),
  ];
  return lines.sort((a, b) => a.at.localeCompare(b.at));
}
