import { findValues } from "./find-values";
import { detectReportMeta } from "./meta";
import { issuerKind, titleIssuer } from "./kind";
import type { ExtractedValue, ReportFacts } from "./types";
import { checkValues, deriveSuccessRates, dropRepeats } from "./value-checks";

/** Bumped whenever extraction rules change, so stored reports say which rules read them. */
export const EXTRACTOR_VERSION = "2026.11.1";

// The 政府信息公开 annual report's reconsideration and litigation table counts only disputes
// about information disclosure.
const DISCLOSURE_REPORT = /政府信息公开[^,。]{0,10}(年度)?报告/;

/** Report text -> jurisdiction, year, kind and every catalogue figure with its evidence. Pure. */
export function extractReport(text: string): ReportFacts {
  const meta = detectReportMeta(text);
  const facts: ReportFacts = { ...meta, indicators: [], warnings: [], extractorVersion: EXTRACTOR_VERSION };
  if (typeof text !== "string" || !text || meta.kind === "work_plan") return facts;
  // a department's own report (某县司法局2022年工作总结) speaks for a sub-unit, not the jurisdiction
  const heading = meta.title ?? text.trimStart().split("\n", 1)[0].slice(0, 80);
  if (meta.kind === "other" && issuerKind(titleIssuer(heading)) === "department") return facts;

  let { values } = findValues(text, meta.year);
  if (meta.kind === "other" && DISCLOSURE_REPORT.test(meta.title ?? "")) {
    values = values.filter((v) => !v.key.startsWith("reconsideration.") && !v.key.startsWith("litigation."));
  }
  values = dropRepeats(values);
  values = [...values, ...deriveSuccessRates(values, text)];
  facts.warnings = checkValues(values);
  facts.indicators = values.sort(byPosition);
  return facts;
}

const byPosition = (a: ExtractedValue, b: ExtractedValue) => a.start - b.start || a.key.localeCompare(b.key);

export type { ReportFacts, ExtractedValue } from "./types";
