import { findCandidates, type Candidate, type CandidateRejection } from "./candidates";
import { issuerKind, titleIssuer } from "./kind";
import { deriveSuccessRates } from "./derive";
import { maskTitles } from "./mask";
import { detectReportMeta, type ReportMeta } from "./meta";
import { normalizeForExtraction, toOriginalSpan, type NormalizedText } from "./normalize";
import { scanNumbers } from "./numbers";
import { forwardLookingSentences } from "./plan-sections";
import { resolveCandidates, type ResolvedValue } from "./resolve";
import { scopeContextFor } from "./scope";
import { splitSentences } from "./sentences";
import type { ExtractedValue, ExtractionWarning, ReportFacts } from "./types";
import { consistencyWarnings, dropImpossibleRates } from "./warnings";
import { withholdImplausibleValues } from "./plausible-values";

/**
 * One report's text to its facts: what it is (meta) and every catalogue figure it states, each
 * with its scope and the clause it came from. Pure, synchronous, deterministic; never throws.
 */
export const EXTRACTOR_VERSION = "rules-1.1.0";

/** A figure a rule recognised, with why it was left out (null when it was kept). */
export interface ExplainedCandidate extends Omit<ExtractedValue, "derived"> {
  rejected: CandidateRejection | "work_plan" | "information_disclosure_report" | "department_report" | null;
}

export interface ExtractionTrace {
  facts: ReportFacts;
  candidates: ExplainedCandidate[];
}

// the 政府信息公开工作年度报告 counts only disputes about disclosure in its 复议/诉讼 table
const INFORMATION_DISCLOSURE_REPORT = /政府信息公开(?:工作)?(?:年度)?(?:报告|年报)/;
const NOT_IN_DISCLOSURE_REPORTS = /^(?:reconsideration|litigation)\./;

function emptyFacts(meta: ReportMeta): ReportFacts {
  return { ...meta, indicators: [], warnings: [], extractorVersion: EXTRACTOR_VERSION };
}

function inOriginal(text: string, n: NormalizedText, c: Candidate | ResolvedValue) {
  const { start, end } = toOriginalSpan(n, c.start, c.end);
  return { key: c.key, value: c.value, unit: c.unit, scope: c.scope, approx: c.approx, evidence: text.slice(start, end), start, end };
}

function kindRejection(meta: ReportMeta, head: string, key: string): ExplainedCandidate["rejected"] {
  if (meta.kind === "work_plan") return "work_plan";
  const title = meta.title ?? head;
  // 某县司法局2022年工作总结: a department's own report speaks for a sub-unit
  if (meta.kind === "other" && issuerKind(titleIssuer(title)) === "department") return "department_report";
  if (INFORMATION_DISCLOSURE_REPORT.test(title) && NOT_IN_DISCLOSURE_REPORTS.test(key)) return "information_disclosure_report";
  return null;
}

function run(text: string): ExtractionTrace {
  const meta = detectReportMeta(text);
  const n = normalizeForExtraction(text);
  const reading = maskTitles(n.text);
  const sentences = splitSentences(reading);
  const candidates = findCandidates({
    text: reading,
    sentences,
    tokens: scanNumbers(reading),
    forwardLooking: forwardLookingSentences(reading, sentences, meta.year),
    year: meta.year,
    scope: scopeContextFor(meta.jurisdiction),
  });
  const head = n.text.trimStart().split("\n", 1)[0].slice(0, 80);
  const explained: ExplainedCandidate[] = candidates.map((c) => ({
    ...inOriginal(text, n, c),
    rejected: c.rejected ?? kindRejection(meta, head, c.key),
  }));
  const accepted = candidates.filter((c, i) => explained[i].rejected === null);
  const resolved = resolveCandidates(accepted);
  const rated = dropImpossibleRates([...resolved.values, ...deriveSuccessRates(resolved.values)]);
  const { kept, warnings: rangeWarnings } = withholdImplausibleValues(rated.kept);
  const warnings: ExtractionWarning[] = [...resolved.warnings, ...rated.warnings, ...rangeWarnings, ...consistencyWarnings(kept)];
  const indicators: ExtractedValue[] = kept.map((v) => ({ ...inOriginal(text, n, v), derived: v.derived }));
  return { facts: { ...emptyFacts(meta), indicators, warnings }, candidates: explained };
}

/** The facts of one report, with every figure a rule recognised and why each was kept or not. */
export function explainReport(text: string): ExtractionTrace {
  if (typeof text !== "string" || text.length === 0) return { facts: emptyFacts(detectReportMeta("")), candidates: [] };
  try {
    return run(text);
  } catch (e) {
    // a rule bug must not take an upload down: the report is stored without values, and says so
    const facts = emptyFacts(detectReportMeta(text));
    const reason = e instanceof Error ? e.message : String(e);
    facts.warnings.push({ code: "extraction_failed", message: `提取数值时出错,未提取任何数值:${reason}。Extraction failed; no values were extracted.`, keys: [] });
    return { facts, candidates: [] };
  }
}

export function extractReport(text: string): ReportFacts {
  return explainReport(text).facts;
}
