import type { Scope } from "../indicators";

export type JurisdictionLevel = "province" | "city" | "district" | "county";
export type ReportKind = "annual_report" | "work_plan" | "other";

export interface ResolvedJurisdiction {
  /** the name as written in the report (庐阳区, 昌吉州) */
  name: string;
  /** the official name from the gazetteer (昌吉回族自治州) */
  officialName: string;
  level: JurisdictionLevel;
  /** official 6-digit division code, e.g. "340103" */
  code: string;
  /** parents from the nearest up, official names: ["合肥市", "安徽省"] */
  parents: { code: string; name: string; level: JurisdictionLevel }[];
}

export interface JurisdictionDetection {
  jurisdiction: ResolvedJurisdiction | null;
  /** set when no single jurisdiction could be chosen: the candidates, so a person can pick */
  ambiguous?: { name: string; candidates: ResolvedJurisdiction[] };
}

export interface ExtractedValue {
  key: string;
  value: number;
  unit: string;
  scope: Scope;
  approx: boolean;
  derived: boolean;
  /** the sentence or clause the value came from, exactly as in the original text */
  evidence: string;
  /** offsets of `evidence` in the original text: text.slice(start, end) === evidence */
  start: number;
  end: number;
}

export interface ExtractionWarning {
  /** stable code, e.g. "rate_over_100", "conflicting_values", "concluded_exceeds_caseload" */
  code: string;
  message: string;
  keys: string[];
  /** for figures that disagree: each one with the clause it came from, so a person can pick one */
  choices?: WarningChoice[];
}

export interface WarningChoice {
  value: number;
  scope: Scope;
  evidence: string;
  /** offsets of `evidence` in the original text */
  start: number;
  end: number;
}

export interface ReportFacts {
  jurisdiction: ResolvedJurisdiction | null;
  ambiguousJurisdiction?: JurisdictionDetection["ambiguous"];
  year: number | null;
  kind: ReportKind;
  title: string | null;
  /** publication date when the text states one, ISO yyyy-mm-dd */
  publishedOn: string | null;
  /** a department's (or a government office's) own text: none of its own counts is the place's */
  byDepartment: boolean;
  indicators: ExtractedValue[];
  warnings: ExtractionWarning[];
  extractorVersion: string;
}
export type { Scope };
