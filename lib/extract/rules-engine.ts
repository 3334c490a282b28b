import { findCandidates, type Candidate, type CandidateRejection } from "./figures/candidates";
import { disclosureTableCandidates } from "./figures/disclosure-table";
import { statedNoneCandidates } from "./figures/stated-none";
import { deriveSuccessRates } from "./figures/derive";
import { LEGAL_OFFICE_NAME, legalOfficeActsFor } from "./figures/legal-office";
import { maskTitles } from "./text/mask";
import { detectReportMeta, type ReportMeta, type TextSource } from "./report/meta";
import { isDisclosureReport, isZoneReport, titleIssuer } from "./report/kind";
import { normalizeForExtraction, toOriginalSpan, type NormalizedText } from "./text/normalize";
import { scanNumbers } from "./figures/numbers";
import { forwardLookingSentences } from "./figures/plan-sections";
import { DISCLOSED, resolveCandidates, type ResolvedValue } from "./figures/resolve";
import { scopeContextFor } from "./figures/scope";
import { splitSentences } from "./figures/sentences";
import type { ExtractedValue, ExtractionWarning, ReportFacts } from "./types";
import { consistencyWarnings, dropImpossibleRates } from "./figures/warnings";
import { withholdImplausibleValues } from "./figures/plausible-values";

/**
 * One report's text to its facts: what it is (meta) and every catalogue figure it states, each
 * with its scope and the clause it came from. Pure, synchronous, deterministic; never throws.
 */
export const EXTRACTOR_VERSION = "rules-2.14.1";

/** A figure a rule recognised, with why it was left out (null when it was kept). */
export interface ExplainedCandidate extends Omit<ExtractedValue, "derived"> {
  rejected: CandidateRejection | "work_plan" | "information_disclosure_report" | "department_report" | null;
}

export interface ExtractionTrace {
  facts: ReportFacts;
  candidates: ExplainedCandidate[];
}

// the 政府信息公开工作年度报告 counts only disputes about disclosure in its 复议/诉讼 table
const NOT_IN_DISCLOSURE_REPORTS = /^(?:reconsideration|litigation)\./;

function emptyFacts(meta: ReportMeta): ReportFacts {
  return { ...meta, indicators: [], warnings: [], extractorVersion: EXTRACTOR_VERSION };
}

function inOriginal(text: string, n: NormalizedText, c: Candidate | ResolvedValue) {
  const { start, end } = toOriginalSpan(n, c.start, c.end);
  return { key: c.key, value: c.value, unit: c.unit, scope: c.scope, approx: c.approx, evidence: text.slice(start, end), start, end };
}


// rates of the administrative organs before the courts: never a department's own figure, whoever
// reports them (a court's white paper, a 司法局's notice)
const ORGANS_RATE = /^litigation\.(?:head_appearance|win|loss|judgment_fulfillment)_rate$/;

// (领导班子成员出庭率100% in a bureau's own report is the bureau's leaders', not the organs')
const THE_DEPARTMENTS_OWN = /领导班子|班子成员|本局|我局|本单位|我单位|本部门|我部门/;

function organsRate(c: Candidate, reading: string): boolean {
  return ORGANS_RATE.test(c.key) && !THE_DEPARTMENTS_OWN.test(reading.slice(c.start, c.end));
}

function kindRejection(meta: ReportMeta, head: string, c: Candidate, reading: string, zone: boolean, disclosureReport: boolean): ExplainedCandidate["rejected"] {
  if (meta.kind === "work_plan") return "work_plan";
  const title = meta.title ?? head;
  // a department's own text: its own counts speak for a sub-unit; what it says of the whole place
  // (全市各级…, 全县共…) or of its government (县政府…, 以政府名义…) is the place's (the catalogue:
  // the subject decides, not the issuer); in the legal office's own report, what it does for the
  // government is the government's (./figures/legal-office)
  // a development zone's report: 全区 there is the zone, so no word in it names the place's whole
  if (meta.byDepartment && zone) return "department_report";
  // an office's or a department's report: what its portal released is its own channel's count
  if (meta.byDepartment && c.key === "transparency.disclosures" && !DISCLOSED.test(reading.slice(c.start, c.end))) return "department_report";
  if (meta.byDepartment && !c.scopeNamed && !organsRate(c, reading) && !(LEGAL_OFFICE_NAME.test(title) && legalOfficeActsFor(c.key))) return "department_report";
  if (disclosureReport && NOT_IN_DISCLOSURE_REPORTS.test(c.key)) return "information_disclosure_report";
  return null;
}

// 城口县人民政府机关 / 2020年政府信息公开工作年度报告: the government's own organs report, so a figure naming
// nobody is the government's own (pages/239)
const GOVERNMENT_ORGANS = /政府机关$/;

// 2023年度政府信息公开工作年度报告, 司法局2023年工作总结, 关于2023年法治政府建设情况的报告
const LOOKS_BACK_TITLE = /年度|年报|总结|报告|综述|回顾|白皮书/;

/**
 * whether the text looks back on its whole year, or may have been written while the year went on
 * (a news item of the year's last week, 2024-12-31's 2024年以来共审查…, looks back on it: pages/242)
 */
function looksBackOnYear(meta: ReportMeta, head: string): boolean {
  if (meta.kind === "annual_report") return true;
  if (meta.year !== null && meta.publishedOn !== null && meta.publishedOn >= `${meta.year}-12-25`) return true;
  return LOOKS_BACK_TITLE.test(meta.title ?? head);
}

function run(text: string, source: TextSource): ExtractionTrace {
  const meta = detectReportMeta(text, source);
  const n = normalizeForExtraction(text);
  const reading = maskTitles(n.text);
  const sentences = splitSentences(reading);
  const head = n.text.trimStart().split("\n", 1)[0].slice(0, 80);
  const zone = isZoneReport(meta.title, n.text.trimStart().slice(0, 400));
  const disclosureReport = meta.kind !== "annual_report" && isDisclosureReport(meta.title ?? head, n.text.trimStart());
  const publishedYear = meta.publishedOn ? Number(meta.publishedOn.slice(0, 4)) : null;
  const candidates = [
    ...findCandidates({
    text: reading,
    sentences,
    tokens: scanNumbers(reading),
    forwardLooking: forwardLookingSentences(reading, sentences, meta.year),
    year: meta.year,
    publishedYear,
    looksBackOnYear: looksBackOnYear(meta, head),
    yearsStatistics: disclosureReport,
    writtenTheYearAfter: meta.kind !== "annual_report" && meta.year !== null && publishedYear === meta.year + 1,
    scope: { ...scopeContextFor(meta.jurisdiction), issuerScope: GOVERNMENT_ORGANS.test(titleIssuer(meta.title ?? "")) ? "own" : undefined },
    }),
    ...disclosureTableCandidates(reading),
    ...statedNoneCandidates(reading, meta.year),
  ];
  const explained: ExplainedCandidate[] = candidates.map((c) => ({
    ...inOriginal(text, n, c),
    rejected: c.rejected ?? kindRejection(meta, head, c, reading, zone, disclosureReport),
  }));
  const accepted = candidates.filter((c, i) => explained[i].rejected === null);
  const resolved = resolveCandidates(accepted, (c) => reading.slice(c.start, c.end), candidates);
  const rated = dropImpossibleRates([...resolved.values, ...deriveSuccessRates(resolved.values)]);
  const { kept, warnings: rangeWarnings } = withholdImplausibleValues(rated.kept);
  // a warning about figures that disagree carries each one's clause, in the original's offsets
  const resolverWarnings: ExtractionWarning[] = resolved.warnings.map(({ conflicting, ...w }) =>
    conflicting ? { ...w, choices: conflicting.map((c) => inOriginal(text, n, c)).map(({ value, scope, evidence, start, end }) => ({ value, scope, evidence, start, end })) } : w,
  );
  const warnings: ExtractionWarning[] = [...resolverWarnings, ...rated.warnings, ...rangeWarnings, ...consistencyWarnings(kept)];
  const indicators: ExtractedValue[] = kept.map((v) => ({ ...inOriginal(text, n, v), derived: v.derived }));
  return { facts: { ...emptyFacts(meta), indicators, warnings }, candidates: explained };
}

/** The facts of one report, with every figure a rule recognised and why each was kept or not. */
export function explainReport(text: string, source: TextSource = {}): ExtractionTrace {
  if (typeof text !== "string" || text.length === 0) return { facts: emptyFacts(detectReportMeta("")), candidates: [] };
  try {
    return run(text, source);
  } catch (e) {
    // a rule bug must not take an upload down: the report is stored without values, and says so
    const facts = emptyFacts(detectReportMeta(text, source));
    const reason = e instanceof Error ? e.message : String(e);
    facts.warnings.push({ code: "extraction_failed", message: `提取数值时出错,未提取任何数值:${reason}。Extraction failed; no values were extracted.`, keys: [] });
    return { facts, candidates: [] };
  }
}

/** `source`: the address the text was published at, when known (its date tells the year a text that gives none is about). */
export function extractReport(text: string, source: TextSource = {}): ReportFacts {
  return explainReport(text, source).facts;
}
