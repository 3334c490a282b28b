/**
 * A comparison as the page shows it, as one CSV: a row per indicator, scope and place, each
 * figure with its year, the difference to the first place (the baseline) and whether it was
 * compared at all (a figure too old for the tolerance, or of the other scope only, is listed but
 * not compared, as on the page). Column names follow the values CSV where they mean the same.
 */
import { getIndicator } from "../indicators";
import { SCOPE_LABEL } from "../display/labels";
import type { Comparison, ComparedValue } from "../queries/get-comparison";

export const COMPARISON_CSV_COLUMNS = [
  "key", "indicatorZh", "indicatorEn", "scope", "scopeZh", "scopeEn", "jurisdictionCode", "jurisdictionName", "province",
  "year", "value", "unit", "approx", "derived", "status", "compared", "note", "baseline", "baselineYear", "differenceFromBaseline", "reportId", "valueId",
];

type Note = "" | "not_reported" | "too_old" | "other_scope_only";

export function comparisonCsvRows(c: Comparison): Record<string, unknown>[] {
  const base = c.jurisdictions[0];
  return c.rows.flatMap((row) => {
    const def = getIndicator(row.key);
    const baseValue = row.cells[0]?.value ?? null;
    return row.cells.map((cell, i) => {
      const place = c.jurisdictions[i];
      const shown: ComparedValue | null = cell.value ?? cell.tooOld ?? cell.otherScope;
      const note: Note = cell.value ? "" : cell.tooOld ? "too_old" : cell.otherScope ? "other_scope_only" : "not_reported";
      const compared = cell.value !== null;
      return {
        key: row.key,
        indicatorZh: def?.zh ?? "",
        indicatorEn: def?.en ?? "",
        scope: row.scope,
        scopeZh: SCOPE_LABEL[row.scope].zh,
        scopeEn: SCOPE_LABEL[row.scope].en,
        jurisdictionCode: place.code,
        jurisdictionName: place.name,
        province: place.parentNames[0] ?? "",
        year: shown?.year ?? "",
        value: shown?.value ?? "",
        unit: shown?.unit ?? def?.unit ?? "",
        approx: shown ? shown.approx : "",
        derived: shown ? shown.derived : "",
        status: shown ? (shown.reviewed ? "reviewed" : "unreviewed") : "",
        compared,
        note,
        baseline: base.name,
        baselineYear: baseValue?.year ?? "",
        differenceFromBaseline: compared && baseValue && i > 0 ? Number((cell.value!.value - baseValue.value).toPrecision(12)) : "",
        reportId: shown?.reportId ?? "",
        valueId: shown?.id ?? "",
      };
    });
  });
}
