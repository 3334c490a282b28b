import type { HistoryLine } from "@/lib/review/describe-change";

const when = (iso: string) => iso.slice(0, 16).replace("T", " ");

/** Every change people made to the report and its values, oldest first: the audit trail behind the figures. */
export function EditHistory({ lines, open = false }: { lines: HistoryLine[]; open?: boolean }) {
  if (lines.length === 0) return null;
  return (
    <details open={open} className="rounded border border-stone-200 bg-white p-3 text-sm" data-testid="edit-history">
      <summary className="cursor-pointer font-semibold">
        修改记录 <span className="font-normal text-stone-500">History ({lines.length})</span>
      </summary>
      <table className="mt-2 w-full border-collapse">
        <tbody>
          {lines.map((r, i) => (
            <tr key={i} className="border-t border-stone-200">
              <td className="p-1 tabular-nums text-stone-500">{when(r.at)}</td>
              <td className="p-1" data-testid="history-by">
                {r.by}
              </td>
              <td className="p-1">{r.valueId !== null ? <a href={`#value-${r.valueId}`} className="text-red-800 hover:underline">{r.what}</a> : r.what}</td>
              <td className="p-1 tabular-nums">{r.change}</td>
            </tr>
          ))}
        </tbody>
      </table>
    </details>
  );
}
