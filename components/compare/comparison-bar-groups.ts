import type { BarGroup } from "@/components/charts/grouped-bar-chart";
import { getIndicator } from "@/lib/indicators";
import { SCOPE_LABEL, formatValue } from "@/lib/display/labels";
import type { ComparisonRow } from "@/lib/queries/get-comparison";

/**
 * Plain arrays for the client chart: one group per indicator, one bar per place (in the order of the compared places), gaps kept. An
 * indicator no place gives at the row's scope has no chart (an empty frame says nothing); the
 * table still lists it with its marks. With latest figures each label carries its year.
 */
export function comparisonBarGroups(rows: ComparisonRow[], withYears = false): BarGroup[] {
  return rows.filter((row) => row.cells.some((c) => c.value)).map((row) => {
    const def = getIndicator(row.key)!;
    return {
      id: `${row.key}-${row.scope}`.replace(/[^a-z_-]/g, "-"),
      title: `${def.zh}(${SCOPE_LABEL[row.scope].zh})`,
      unit: def.unit,
      values: row.cells.map((c) => c.value?.value ?? null),
      labels: row.cells.map((c) => (c.value ? `${formatValue(c.value.value, c.value.unit, c.value.approx)}${withYears ? ` (${c.value.year})` : ""}` : "—")),
    };
  });
}
