import { normalizeReportText, sha256Hex } from "../documents/normalize-report-text";
import { AppError } from "../errors/app-error";
import { extractReport } from "../extract";
import type { ReportFacts, ReportKind, ResolvedJurisdiction } from "../extract/types";
import { resolveJurisdictionCode } from "../gazetteer/resolve-code";
import type { SaveReportInput } from "./save-report";

export interface IngestTextInput {
  text: string;
  fileName?: string | null;
  fileType?: string | null;
  sourceUrl?: string | null;
  uploadedBy?: string | null;
  /** the text was read by OCR */
  ocr?: boolean;
  /** what a person states when extraction cannot tell (or tells wrong) */
  overrides?: { jurisdictionCode?: string; year?: number; kind?: ReportKind };
}

/** the detail of a refusal that names the refused text's hash (taken out before it is answered) */
export const STORED_TEXT = "textSha256";

export interface PreparedReport {
  save: SaveReportInput;
  facts: ReportFacts;
}

/**
 * text -> normalised text, its hash and the extracted facts, ready to store: everything of an
 * import but the database, so bulk import can run it in worker threads (no Prisma here).
 */
export function prepareReport(input: IngestTextInput): PreparedReport {
  const text = normalizeReportText(input.text);
  if (!text) throw new AppError("bad_request", "报告内容为空。The report is empty.");
  const facts = applyOverrides(extractReport(text, { sourceUrl: input.sourceUrl }), input.overrides);
  const { jurisdiction, year } = facts;
  // the hash goes with a refusal: a text already stored is answered from the database instead
  // (uploadReports), whatever its extraction could not tell
  const textSha256 = sha256Hex(text);
  // what a person must give, all at once (the upload page asks for each in the file's row)
  const needs = [...(jurisdiction ? [] : ["jurisdictionCode"]), ...(year === null ? ["year"] : [])];
  if (!jurisdiction) {
    throw new AppError(
      "unprocessable",
      "无法确定报告所属的行政区划:请选择地区(接口参数 jurisdictionCode)。Could not tell which jurisdiction the report is about: choose it (API: give jurisdictionCode).",
      {
        needs,
        candidates:
          facts.ambiguousJurisdiction?.candidates.map((c) => ({ code: c.code, name: c.officialName, level: c.level, parents: c.parents.map((p) => p.name).reverse() })) ?? [],
        [STORED_TEXT]: textSha256,
      },
    );
  }
  if (year === null) {
    throw new AppError("unprocessable", "无法确定报告所属年度:请填写年度(接口参数 year)。Could not tell which year the report is about: give the year (API: year).", {
      needs,
      [STORED_TEXT]: textSha256,
    });
  }
  return {
    facts,
    save: {
      text,
      textSha256,
      facts: { ...facts, jurisdiction, year },
      fileName: input.fileName,
      fileType: input.fileType,
      sourceUrl: input.sourceUrl,
      uploadedBy: input.uploadedBy,
      ocr: input.ocr ?? false,
    },
  };
}

function applyOverrides(facts: ReportFacts, overrides: IngestTextInput["overrides"]): ReportFacts {
  if (!overrides) return facts;
  let jurisdiction: ResolvedJurisdiction | null = facts.jurisdiction;
  if (overrides.jurisdictionCode) {
    jurisdiction = resolveJurisdictionCode(overrides.jurisdictionCode);
    if (!jurisdiction) {
      throw new AppError("bad_request", `没有这个行政区划代码:${overrides.jurisdictionCode}。Unknown division code ${overrides.jurisdictionCode}.`);
    }
  }
  const kind = overrides.kind ?? facts.kind;
  return {
    ...facts,
    jurisdiction,
    year: overrides.year ?? facts.year,
    kind,
    // a plan's figures are targets: a report re-labelled as a plan keeps none
    indicators: kind === "work_plan" ? [] : facts.indicators,
  };
}
