import Link from "next/link";
import { notFound } from "next/navigation";
import { connection } from "next/server";
import { currentUser } from "@/lib/auth/current-user";
import { EXTRACTOR_VERSION } from "@/lib/extract";
import { parseId } from "@/lib/http/parse-id";
import { KIND_LABEL } from "@/lib/display/labels";
import { getReport } from "@/lib/queries/get-report";
import { compareWithExtraction } from "@/lib/review/compare-extraction";
import { reportHistory } from "@/lib/review/describe-change";
import { turnedDownOf } from "@/lib/review/turned-down";
import { EditHistory } from "@/components/reports/edit-history";
import { HAND_LABELS_VERSION } from "@/lib/reports/hand-label";
import { ExtractionComparison } from "@/components/reports/extraction-comparison";
import { ReportReading } from "@/components/reports/report-reading";
import { ReportSource } from "@/components/reports/report-source";
import { ReportReviewPage } from "@/components/review/report-review-page";

/**
 * A report with its figures highlighted in its text. For a logged-in reviewer it is the review
 * page itself: the same controls as after an upload.
 */
export default async function ReportPage({ params }: { params: Promise<{ id: string }> }) {
  await connection();
  const { id } = await params;
  const reportId = parseId(id);
  const [report, user] = await Promise.all([reportId === null ? null : getReport(reportId), currentUser()]);
  if (!report) notFound();
  const reviewed = report.reviewedAt !== null;

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
      {user ? (
        <ReportReviewPage report={report} turnedDown={turnedDownOf(report)} />
      ) : (
        <ReportReading report={report} />
      )}
      <EditHistory lines={reportHistory(report)} />
      <ExtractionComparison rows={compareWithExtraction(report.text, report.values, { sourceUrl: report.sourceUrl })} extractorVersion={EXTRACTOR_VERSION} reviewed={reviewed} />
    </div>
  );
}
