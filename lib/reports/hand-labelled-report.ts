import { normalizeReportText, sha256Hex } from "../documents/normalize-report-text";
import type { ReportLabels } from "../eval/labels";
import { extractReport } from "../extract";
import type { ExtractedValue } from "../extract/types";
import { HAND_LABEL, HAND_LABELS_VERSION } from "./hand-label";
import { resolveNamedPlace } from "../gazetteer/resolve-named-place";
import { sourceUrlField } from "../http/input-fields";
import { getIndicator, isPlausibleValue } from "../indicators";
import type { SaveReportInput } from "./save-report";


/** Why a labelled document or one of its values cannot be stored. */
export type SkipReason = "no_jurisdiction" | "no_year" | "unknown_place" | "empty_text";
export type ValueSkipReason = "unknown_key" | "implausible_value" | "evidence_not_found";

export type HandLabelledReport =
  | { ok: true; save: SaveReportInput; skippedValues: ValueSkipReason[] }
  | { ok: false; reason: SkipReason };

/**
 * A labelled document as a report to store, its values the hand labels (not the extractor's
 * reading), each marked reviewed and given its evidence's offsets in the stored text. A label
 * without a place or a year cannot be stored (the pages are by place and year). The extractor
 * is asked only for what labels do not say: the title and whether a department wrote the text.
 */
export function handLabelledReport(input: { text: string; labels: ReportLabels; fileName: string; reviewedAt: Date }): HandLabelledReport {
  const { labels } = input;
  if (!labels.jurisdiction) return { ok: false, reason: "no_jurisdiction" };
  if (labels.year === null) return { ok: false, reason: "no_year" };
  const text = normalizeReportText(input.text);
  if (!text) return { ok: false, reason: "empty_text" };
  const jurisdiction = resolveNamedPlace(labels.jurisdiction, labels.year);
  if (!jurisdiction) return { ok: false, reason: "unknown_place" };

  const skippedValues: ValueSkipReason[] = [];
  const indicators: ExtractedValue[] = [];
  for (const v of labels.values) {
    const def = getIndicator(v.key);
    if (!def) {
      skippedValues.push("unknown_key");
      continue;
    }
    if (!isPlausibleValue(v.key, v.value)) {
      skippedValues.push("implausible_value");
      continue;
    }
    // the labels' evidence is an exact substring of the file; the stored text is its normal form
    const evidence = v.evidence.normalize("NFC");
    const start = text.indexOf(evidence);
    if (!evidence || start < 0) {
      skippedValues.push("evidence_not_found");
      continue;
    }
    indicators.push({ key: v.key, value: v.value, unit: def.unit, scope: v.scope, approx: v.approx, derived: false, evidence, start, end: start + evidence.length });
  }

  const read = extractReport(text);
  const sourceUrl = labels.sourceUrl ? sourceUrlField.safeParse(labels.sourceUrl) : null;
  const published = labels.published && /^\d{4}-\d{2}-\d{2}$/.test(labels.published) ? labels.published : null;
  return {
    ok: true,
    skippedValues,
    save: {
      text,
      textSha256: sha256Hex(text),
      facts: {
        jurisdiction,
        year: labels.year,
        kind: labels.kind,
        title: read.title,
        publishedOn: published,
        byDepartment: read.byDepartment,
        // a plan's figures are targets: none is a value (as for an upload relabelled a plan)
        indicators: labels.kind === "work_plan" ? [] : indicators,
        warnings: [],
        extractorVersion: HAND_LABELS_VERSION,
      },
      fileName: input.fileName,
      fileType: "text/plain",
      sourceUrl: sourceUrl?.success ? sourceUrl.data : null,
      uploadedBy: HAND_LABEL,
      reviewed: { at: input.reviewedAt, by: HAND_LABEL },
    },
  };
}
