import type { ReportView } from "@/lib/queries/get-report";

const KB = 1024;

function formatSize(bytes: number): string {
  return bytes < KB * KB ? `${Math.max(1, Math.round(bytes / KB))} KB` : `${(bytes / KB / KB).toFixed(1)} MB`;
}

/** Where the report came from: its address, and the file as it was uploaded or fetched. */
export function ReportSource({ report }: { report: Pick<ReportView, "sourceUrl" | "original"> }) {
  if (!report.sourceUrl && !report.original) return null;
  return (
    <p className="mt-1 flex flex-wrap gap-x-4 gap-y-1 text-xs text-stone-600" data-testid="report-source">
      {report.sourceUrl && (
        <span className="min-w-0 break-all">
          来源 Source:{" "}
          <a href={report.sourceUrl} rel="noopener noreferrer nofollow" className="underline" data-testid="source-url">
            {report.sourceUrl}
          </a>
        </span>
      )}
      {report.original && (
        <a href={report.original.url} download className="font-medium text-red-800 hover:underline" data-testid="original-download">
          原文件 Original ({report.original.mediaType}, {formatSize(report.original.size)})
        </a>
      )}
    </p>
  );
}
