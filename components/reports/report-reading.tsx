import { highlightSegments } from "@/lib/display/highlight-segments";
import { getIndicator } from "@/lib/indicators";
import { SCOPE_LABEL, formatValue } from "@/lib/display/labels";
import { HAND_LABEL } from "@/lib/reports/hand-label";
import type { ReportView } from "@/lib/queries/get-report";
import { CorrectionNote, UNREVIEWED_LEGEND, UnreviewedMark } from "../review/correction-note";
import { ChosenHighlight } from "./chosen-highlight";

const ORIGIN: Record<string, string> = {
  turned_down: "审核人采用 accepted by the reviewer",
  conflict: "审核人选定 chosen by the reviewer",
  selection: "审核人添加 added by the reviewer",
};

/** A report as anyone reads it: its text with every figure's evidence marked, and the figures beside it, corrections and review said. */
export function ReportReading({ report }: { report: ReportView }) {
  const segments = highlightSegments(
    report.text,
    report.values.map((v) => ({ id: v.id, start: v.evidenceStart, end: v.evidenceEnd })),
  );
  const reviewed = report.reviewedAt !== null;
  // what each highlight is, named on hover and on focus (and to screen readers through aria-describedby)
  const labelOf = new Map(
    report.values.map((v) => [v.id, `${getIndicator(v.key)?.zh ?? v.key}(${SCOPE_LABEL[v.scope].zh}):${formatValue(v.value, v.unit, v.approx)} · ${getIndicator(v.key)?.en ?? ""}`]),
  );
  return (
    <>
      {report.values.length > 0 && (
        <a href="#report-values" className="inline-block text-sm text-red-800 lg:hidden" data-testid="jump-to-values">
          跳到提取的数值({report.values.length})Jump to the extracted values
        </a>
      )}
      <p className={`text-sm ${reviewed ? "text-green-800" : "text-amber-800"}`} data-testid="review-status">
        {reviewed
          ? `已审核 Reviewed · ${report.reviewedBy === HAND_LABEL ? "人工标注 labelled by hand" : (report.reviewedBy ?? "")} · ${report.reviewedAt!.slice(0, 16).replace("T", " ")}`
          : "待审核:数值为提取器的结果,还没有人审核 Unreviewed: the figures are as extracted; no person has reviewed them yet"}
      </p>
      {report.warnings.length > 0 && (
        <ul className="rounded border border-amber-300 bg-amber-50 p-3 text-sm" data-testid="report-warnings">
          {report.warnings.map((w, i) => (
            <li key={i}>⚠ {w.message}</li>
          ))}
        </ul>
      )}
      <div className="grid gap-4 lg:grid-cols-[1fr_22rem]">
        <article id="report-text" className="whitespace-pre-wrap rounded border border-stone-200 bg-white p-4 leading-7" data-testid="report-text">
          {segments.map((s, i) =>
            s.covering.length ? (
              <mark
                key={i}
                className="evidence rounded bg-yellow-200 px-0.5"
                data-values={s.covering.join(" ")}
                data-label={s.covering.map((id) => labelOf.get(id)).join("\n")}
                aria-describedby={s.covering.map((id) => `value-label-${id}`).join(" ")}
                tabIndex={0}
              >
                {s.anchors.map((a) => (
                  <span key={a} id={`value-${a}`} className="scroll-mt-[40vh]" />
                ))}
                {s.text}
              </mark>
            ) : (
              <span key={i}>{s.text}</span>
            ),
          )}
        </article>
        <ChosenHighlight rootId="report-text" />
        <div hidden>
          {report.values.map((v) => (
            <span key={v.id} id={`value-label-${v.id}`}>
              {labelOf.get(v.id)}
            </span>
          ))}
        </div>
        <aside>
          <table id="report-values" className="w-full scroll-mt-4 border-collapse bg-white text-sm shadow-sm lg:sticky lg:top-4" data-testid="report-values">
            <caption className="p-2 text-left font-semibold">
              提取的数值 <span className="font-normal text-stone-500">Extracted values</span>
            </caption>
            <tbody>
              {report.values.map((v) => {
                const last = v.history.at(-1);
                return (
                  <tr key={v.id} className="border-t border-stone-200" data-testid="report-value" data-value-id={v.id}>
                    <td className="p-2">
                      <a href={`#value-${v.id}`} className="text-red-800 hover:underline">
                        {getIndicator(v.key)?.zh ?? v.key}
                      </a>
                      <span className="block text-xs text-stone-500">{SCOPE_LABEL[v.scope].zh}</span>
                      {v.origin !== "extracted" && <span className="block text-xs text-sky-800">{ORIGIN[v.origin]}</span>}
                      {!v.reviewed && (
                        <span className="block text-xs text-sky-800" data-testid="unreviewed">
                          OCR · 未核对 unchecked
                        </span>
                      )}
                    </td>
                    <td className="p-2 text-right tabular-nums">
                      {formatValue(v.value, v.unit, v.approx)}
                      {v.derived ? "*" : ""}
                      {!reviewed && <UnreviewedMark />}
                      {v.reviewedBy === HAND_LABEL && (
                        <span className="block text-xs text-emerald-800" title={`${v.reviewedBy} ${v.reviewedAt?.slice(0, 10) ?? ""}`}>
                          ✓ 人工标注 hand label
                        </span>
                      )}
                      <CorrectionNote original={v.originalValue} value={v.value} unit={v.unit} by={last?.by ?? null} at={last?.at ?? null} />
                    </td>
                  </tr>
                );
              })}
            </tbody>
          </table>
          {!reviewed && report.values.length > 0 && <p className="mt-1 text-xs text-stone-500">{UNREVIEWED_LEGEND}</p>}
        </aside>
      </div>
    </>
  );
}
