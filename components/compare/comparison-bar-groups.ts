import type { BarGroup } from "@/components/charts/grouped-bar-chart";
import { getIndicator } from "@/lib/indicators";
import { SCOPE_LABEL, formatValue } from "@/lib/display/labels";
import type { ComparedJurisdiction, ComparisonRow } from "@/lib/queries/get-comparison";

/**
 * Plain arrays for the client chart: one group per indicator, one bar per place, gaps kept. An
 * indicator no place gives at the row's scope has no chart (an empty frame says nothing); the
 * table still lists it with its marks. With latest figures each label carries its year.
 */
export function comparisonBarGroups(jurisdictions: ComparedJurisdiction[], rows: ComparisonRow[], withYears = false): BarGroup[] {
  return rows.filter((row) => row.cells.some((c) => c.value)).map((row) => {
    const def = getIndicator(row.key)!;
    return {
      id: `${row.key}-${row.scope}`.replace(/[^a-z_-]/g, "-"),
      title: `${def.zh}(${SCOPE_LABEL[row.scope].zh})`,
      unit: def.unit,
      bars: row.cells.map((c, i) => ({
        code: jurisdictions[i].code,
        name: jurisdictions[i].name,
        value: c.value?.value ?? null,
        display: c.value ? `${formatValue(c.value.value, c.value.unit, c.value.approx)}${withYears ? ` (${c.value.year})` : ""}` : "—",
      })),
    };
  });
}
