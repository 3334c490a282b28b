export interface ReviewValue {
  id: number;
  key: string;
  scope: "area" | "own";
  value: number;
  unit: string;
  approx: boolean;
  derived: boolean;
  evidence: string;
  /** false for a value read by OCR that no person has checked yet */
  reviewed?: boolean;
}

export interface ReviewReport {
  id: number;
  year: number;
  kind: "annual_report" | "work_plan" | "other";
  title: string | null;
  warnings: { message: string }[];
  jurisdiction: { code: string; name: string; parents: { name: string }[] };
  values: ReviewValue[];
}

export interface ReviewForm {
  /** as typed */
  year: string;
  kind: ReviewReport["kind"];
  /** value id -> the text in its field, when the person typed in it */
  edits: Record<number, string>;
  removed: ReadonlySet<number>;
}

type ValueChange = { id: number; value: number; expectedValue: number } | { id: number; remove: true; expectedValue: number };

export interface CheckedReview {
  /** field ("year" or a value id) -> what is wrong with it, for the person */
  errors: Record<string, string>;
  /** the PATCH /api/reports/:id body; null when nothing changed */
  body: { year?: number; kind?: ReviewReport["kind"]; values?: ValueChange[]; reviewed?: true } | null;
}

const EMPTY = "请填写数值,或点“删除”移除它。Enter a value, or press Remove to drop it.";
const NOT_A_FIGURE = "须为不小于 0 的数字。Must be a number, 0 or more.";
const BAD_YEAR = "年度须为 1990 至 2100 之间的整数。The year must be a whole number from 1990 to 2100.";

/**
 * The review form's changes as one request body, or what is wrong with it. An emptied field is
 * an error, never 0 (`Number("")` is 0, and 0 is a real figure); each change carries the value
 * the person saw, so the server refuses the whole save when someone else changed it meanwhile.
 */
export function reviewChanges(report: ReviewReport, form: ReviewForm): CheckedReview {
  const errors: Record<string, string> = {};
  const year = form.year.trim() === "" ? NaN : Number(form.year);
  if (!Number.isInteger(year) || year < 1990 || year > 2100) errors.year = BAD_YEAR;

  const values: ValueChange[] = [];
  for (const v of report.values) {
    if (form.removed.has(v.id)) {
      values.push({ id: v.id, remove: true, expectedValue: v.value });
      continue;
    }
    const typed = form.edits[v.id];
    if (typed === undefined) continue;
    const text = typed.trim();
    const value = Number(text);
    if (text === "") errors[v.id] = EMPTY;
    else if (!Number.isFinite(value) || value < 0) errors[v.id] = NOT_A_FIGURE;
    else if (value !== v.value) values.push({ id: v.id, value, expectedValue: v.value });
  }
  if (Object.keys(errors).length > 0) return { errors, body: null };

  const body: NonNullable<CheckedReview["body"]> = {
    ...(year !== report.year ? { year } : {}),
    ...(form.kind !== report.kind ? { kind: form.kind } : {}),
    ...(values.length ? { values } : {}),
    // saving a scan's values is checking them against the original: until then they are unreviewed
    ...(report.values.some((v) => v.reviewed === false) ? { reviewed: true as const } : {}),
  };
  return { errors, body: Object.keys(body).length ? body : null };
}
