import { getIndicator } from "@/lib/indicators";
import { KIND_LABEL, formatValue } from "@/lib/labels";
import type { ReportView } from "@/lib/queries/get-report";

const when = (iso: string) => iso.slice(0, 16).replace("T", " ");
const fieldValue = (field: "year" | "kind", v: string) => (field === "kind" && v in KIND_LABEL ? KIND_LABEL[v as keyof typeof KIND_LABEL].zh : v);

/** Every correction of the report (year, kind) and of its values, oldest first: the audit trail behind the figures. */
export function EditHistory({ report }: { report: Pick<ReportView, "edits" | "values"> }) {
  const valueChanges = report.values.flatMap((v) => v.history.map((h) => ({ ...h, key: v.key, unit: v.unit, id: v.id })));
  if (report.edits.length === 0 && valueChanges.length === 0) return null;
  const rows = [
    ...report.edits.map((e) => ({
      at: e.at,
      by: e.by,
      what: e.field === "year" ? "年度 year" : "类型 kind",
      change: `${fieldValue(e.field, e.from)} → ${fieldValue(e.field, e.to)}`,
      href: null as string | null,
    })),
    ...valueChanges.map((c) => ({
      at: c.at,
      by: c.by,
      what: getIndicator(c.key)?.zh ?? c.key,
      change: `${formatValue(c.from, c.unit, false)} → ${formatValue(c.to, c.unit, false)}`,
      href: `#value-${c.id}`,
    })),
  ].sort((a, b) => a.at.localeCompare(b.at));
  return (
    <details className="rounded border border-stone-200 bg-white p-3 text-sm" data-testid="edit-history">
      <summary className="cursor-pointer font-semibold">
        修改记录 <span className="font-normal text-stone-500">Corrections ({rows.length})</span>
      </summary>
      <table className="mt-2 w-full border-collapse">
        <tbody>
          {rows.map((r, i) => (
            <tr key={i} className="border-t border-stone-200">
              <td className="p-1 tabular-nums text-stone-500">{when(r.at)}</td>
              <td className="p-1">{r.by}</td>
              <td className="p-1">{r.href ? <a href={r.href} className="text-red-800 hover:underline">{r.what}</a> : r.what}</td>
              <td className="p-1 tabular-nums">{r.change}</td>
            </tr>
          ))}
        </tbody>
      </table>
    </details>
  );
}
