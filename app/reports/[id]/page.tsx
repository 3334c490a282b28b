import Link from "next/link";
import { notFound } from "next/navigation";
import { connection } from "next/server";
import { highlightSegments } from "@/lib/highlight-segments";
import { getIndicator } from "@/lib/indicators";
import { KIND_LABEL, SCOPE_LABEL, formatValue } from "@/lib/labels";
import { parseId } from "@/lib/http/parse-id";
import { getReport } from "@/lib/queries/get-report";
import { EditHistory } from "@/components/reports/edit-history";
import { HAND_LABEL, HAND_LABELS_VERSION } from "@/lib/hand-label";
import { ReportSource } from "@/components/reports/report-source";

export default async function ReportPage({ params }: { params: Promise<{ id: string }> }) {
  await connection();
  const { id } = await params;
  const reportId = parseId(id);
  const report = reportId === null ? null : await getReport(reportId);
  if (!report) notFound();
  const segments = highlightSegments(
    report.text,
    report.values.map((v) => ({ id: v.id, start: v.evidenceStart, end: v.evidenceEnd })),
  );

  return (
    <div className="space-y-4">
      <header>
        <p className="text-sm">
          <Link href={`/jurisdictions/${report.jurisdiction.code}`} className="text-red-800 hover:underline">
            {report.jurisdiction.name}
          </Link>{" "}
          · {report.year} · {KIND_LABEL[report.kind].zh} {KIND_LABEL[report.kind].en}
          {report.isCurrent ? "" : " · 旧版 superseded edition"}
        </p>
        <h1 className="text-xl font-semibold">{report.title ?? `${report.jurisdiction.name} ${report.year}`}</h1>
        <p className="text-xs text-stone-500">
          上传 Uploaded {report.uploadedAt.slice(0, 10)}
          {report.uploadedBy ? ` · ${report.uploadedBy}` : ""}
          {report.fileName ? ` · ${report.fileName}` : ""} ·{" "}
          {report.extractorVersion === HAND_LABELS_VERSION ? "数值为人工标注 values labelled by hand" : `提取器 extractor ${report.extractorVersion}`}
        </p>
        <ReportSource report={report} />
      </header>
      {report.ocr && (
        <p className="rounded border border-sky-300 bg-sky-50 p-3 text-sm" data-testid="ocr-note">
          本报告的文字由扫描件经文字识别(OCR)得到,个别字符可能识别有误;标有“未核对”的数值请对照原文件核对。This text was read from a scan by
          OCR and a character may be misread: check the values marked “unchecked” against the original file.
        </p>
      )}
      {report.kind === "work_plan" && (
        <p className="rounded border border-stone-300 bg-stone-50 p-3 text-sm" data-testid="plan-note">
          这是一份工作计划:其中的数字是目标,不作为数值。This is a work plan: its figures are targets, not values.
        </p>
      )}
      <EditHistory report={report} />
      {report.warnings.length > 0 && (
        <ul className="rounded border border-amber-300 bg-amber-50 p-3 text-sm" data-testid="report-warnings">
          {report.warnings.map((w, i) => (
            <li key={i}>⚠ {w.message}</li>
          ))}
        </ul>
      )}
      <div className="grid gap-4 lg:grid-cols-[1fr_22rem]">
        <article className="whitespace-pre-wrap rounded border border-stone-200 bg-white p-4 leading-7" data-testid="report-text">
          {segments.map((s, i) =>
            s.covering.length ? (
              <mark key={i} className="rounded bg-yellow-200 px-0.5" data-values={s.covering.join(" ")}>
                {s.anchors.map((a) => (
                  <span key={a} id={`value-${a}`} className="scroll-mt-20" />
                ))}
                {s.text}
              </mark>
            ) : (
              <span key={i}>{s.text}</span>
            ),
          )}
        </article>
        <aside>
          <table className="w-full border-collapse bg-white text-sm shadow-sm lg:sticky lg:top-4">
            <caption className="p-2 text-left font-semibold">
              提取的数值 <span className="font-normal text-stone-500">Extracted values</span>
            </caption>
            <tbody>
              {report.values.map((v) => (
                <tr key={v.id} className="border-t border-stone-200">
                  <td className="p-2">
                    <a href={`#value-${v.id}`} className="text-red-800 hover:underline">
                      {getIndicator(v.key)?.zh ?? v.key}
                    </a>
                    <span className="block text-xs text-stone-500">{SCOPE_LABEL[v.scope].zh}</span>
                    {!v.reviewed && (
                      <span className="block text-xs text-sky-800" data-testid="unreviewed">
                        OCR · 未核对 unchecked
                      </span>
                    )}
                  </td>
                  <td className="p-2 text-right tabular-nums">
                    {formatValue(v.value, v.unit, v.approx)}
                    {v.derived ? "*" : ""}
                    {v.reviewedBy && (
                      <span className="block text-xs text-emerald-800" title={`${v.reviewedBy} ${v.reviewedAt?.slice(0, 10) ?? ""}`}>
                        ✓ {v.reviewedBy === HAND_LABEL ? "人工标注 hand label" : "已核对 reviewed"}
                      </span>
                    )}
                  </td>
                </tr>
              ))}
            </tbody>
          </table>
        </aside>
      </div>
    </div>
  );
}
