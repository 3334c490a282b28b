import type { AddedFrom } from "@/lib/reports/added-values";
import type { ReportView } from "@/lib/queries/get-report";
import type { ReportKind } from "@/lib/extract/types";
import type { Scope } from "@/lib/indicators";

/** The report as the review screen gets it (GET /api/reports/:id). */
export type ReviewReport = ReportView;
export type ReviewValue = ReportView["values"][number];

export interface TextSpan {
  start: number;
  end: number;
}

/** A figure the person adds, not yet saved: read from a selection, or accepted from the extractor's doubts. */
export interface PendingAdd extends TextSpan {
  key: string;
  scope: Scope;
  from: AddedFrom;
  value: number;
  approx: boolean;
  evidence: string;
  /** a turned-down figure's reason code */
  reason?: string;
}

/** What the person has changed on the screen so far; nothing is stored until Save. */
export interface ReviewDraft {
  /** the place chosen to move the report to; null: where it is */
  place: { code: string; name: string } | null;
  /** as typed */
  year: string;
  kind: ReportKind;
  /** value id -> the text in its field, when the person typed in it */
  edits: Record<number, string>;
  scopes: Record<number, Scope>;
  evidence: Record<number, TextSpan>;
  removed: ReadonlySet<number>;
  added: PendingAdd[];
}

type ValueChange =
  | { id: number; value?: number; scope?: Scope; evidence?: TextSpan; expectedValue: number; expectedScope: Scope }
  | { id: number; remove: true; expectedValue: number };

export interface ReviewBody {
  jurisdictionCode?: string;
  year?: number;
  kind?: ReportKind;
  seen: { jurisdictionCode: string; year: number; kind: ReportKind };
  values?: ValueChange[];
  added?: (TextSpan & { key: string; scope: Scope; from: AddedFrom })[];
  reviewed: true;
}

export interface CheckedReview {
  /** field ("year" or a value id) -> what is wrong with it, for the person */
  errors: Record<string, string>;
  /** the PATCH /api/reports/:id body; null while there are errors */
  body: ReviewBody | null;
}

const EMPTY = "请填写数值,或点“删除”移除它。Enter a value, or press Remove to drop it.";
const NOT_A_FIGURE = "须为不小于 0 的数字。Must be a number, 0 or more.";
const BAD_YEAR = "年度须为 1990 至 2100 之间的整数。The year must be a whole number from 1990 to 2100.";

export function emptyDraft(report: ReviewReport): ReviewDraft {
  return { place: null, year: String(report.year), kind: report.kind, edits: {}, scopes: {}, evidence: {}, removed: new Set(), added: [] };
}

/** Whether the draft holds any change at all (a save without one still marks the report reviewed). */
export function hasChanges(report: ReviewReport, draft: ReviewDraft): boolean {
  const body = reviewBody(report, draft).body;
  return body === null || Object.keys(body).some((k) => k !== "seen" && k !== "reviewed");
}

/** The key-scope slots the report will hold after the draft: each holds at most one figure. */
export function slotsAfter(report: ReviewReport, draft: ReviewDraft): Map<string, number | "new"> {
  const slots = new Map<string, number | "new">();
  for (const v of report.values) if (!draft.removed.has(v.id)) slots.set(`${v.key}|${draft.scopes[v.id] ?? v.scope}`, v.id);
  for (const a of draft.added) slots.set(`${a.key}|${a.scope}`, "new");
  return slots;
}

/**
 * The review as one request body, or what is wrong with it. An emptied field is an error, never 0
 * (`Number("")` is 0, and 0 is a real figure); each change carries what the person saw (value,
 * scope; the report's place, year and kind), so the server refuses the whole save when someone
 * else changed any of it meanwhile. Saving marks the report reviewed, changes or not.
 */
export function reviewBody(report: ReviewReport, draft: ReviewDraft): CheckedReview {
  const errors: Record<string, string> = {};
  const year = draft.year.trim() === "" ? NaN : Number(draft.year);
  if (!Number.isInteger(year) || year < 1990 || year > 2100) errors.year = BAD_YEAR;

  const values: ValueChange[] = [];
  for (const v of report.values) {
    if (draft.removed.has(v.id)) {
      values.push({ id: v.id, remove: true, expectedValue: v.value });
      continue;
    }
    const change: Extract<ValueChange, { expectedScope: Scope }> = { id: v.id, expectedValue: v.value, expectedScope: v.scope };
    const typed = draft.edits[v.id];
    if (typed !== undefined) {
      const text = typed.trim();
      const value = Number(text);
      if (text === "") errors[v.id] = EMPTY;
      else if (!Number.isFinite(value) || value < 0) errors[v.id] = NOT_A_FIGURE;
      else if (value !== v.value) change.value = value;
    }
    const scope = draft.scopes[v.id];
    if (scope !== undefined && scope !== v.scope) change.scope = scope;
    const evidence = draft.evidence[v.id];
    if (evidence && (evidence.start !== v.evidenceStart || evidence.end !== v.evidenceEnd)) change.evidence = evidence;
    if (change.value !== undefined || change.scope !== undefined || change.evidence !== undefined) values.push(change);
  }
  if (Object.keys(errors).length > 0) return { errors, body: null };

  const seen = { jurisdictionCode: report.jurisdiction.code, year: report.year, kind: report.kind };
  const body: ReviewBody = {
    ...(draft.place && draft.place.code !== report.jurisdiction.code ? { jurisdictionCode: draft.place.code } : {}),
    ...(year !== report.year ? { year } : {}),
    ...(draft.kind !== report.kind ? { kind: draft.kind } : {}),
    seen,
    ...(values.length ? { values } : {}),
    ...(draft.added.length ? { added: draft.added.map(({ key, scope, start, end, from }) => ({ key, scope, start, end, from })) } : {}),
    reviewed: true,
  };
  return { errors, body };
}
