import Link from "next/link";
import { connection } from "next/server";
import { KIND_LABEL } from "@/lib/display/labels";
import { parseListReportsQuery } from "@/lib/http/list-query";
import { listReports } from "@/lib/queries/list-reports";

export const metadata = { title: "待审核 Unreviewed · 法治政府报告数据" };

/**
 * Every report no person has reviewed yet, newest first: nothing depends on staying on /upload.
 * Each opens on its report page, which is the review for a logged-in reviewer.
 */
export default async function UnreviewedPage({ searchParams }: { searchParams: Promise<Record<string, string>> }) {
  await connection();
  const params = new URLSearchParams(await searchParams);
  const page = Number(params.get("page") ?? "1");
  const query = parseListReportsQuery(new URLSearchParams({ reviewed: "0", page: Number.isInteger(page) && page > 0 ? String(page) : "1", pageSize: "50" }));
  const { reports, total } = await listReports(query);
  const pages = Math.max(1, Math.ceil(total / query.pageSize));
  return (
    <div className="space-y-4">
      <h1 className="text-2xl font-semibold">
        待审核 <span className="text-base font-normal text-stone-500">Unreviewed reports ({total})</span>
      </h1>
      <p className="text-sm text-stone-600">
        上传后还没有人审核的报告,最新的在前。打开一份即可审核(需登录),保存后它就离开这个列表。Reports no person has reviewed yet, newest first. Open one to
        review it (logged in); once saved it leaves this list.
      </p>
      {reports.length === 0 ? (
        <p className="rounded border border-dashed border-stone-300 p-6 text-stone-600">没有待审核的报告。Every report has been reviewed.</p>
      ) : (
        <table className="w-full border-collapse bg-white text-sm shadow-sm" data-testid="unreviewed-list">
          <thead className="bg-stone-100 text-left">
            <tr>
              <th className="p-2">报告 Report</th>
              <th className="p-2">地区 Place</th>
              <th className="p-2">年度 Year</th>
              <th className="p-2 text-right">数值 Values</th>
              <th className="p-2 text-right">疑问 Doubts</th>
              <th className="p-2">上传 Uploaded</th>
            </tr>
          </thead>
          <tbody>
            {reports.map((r) => (
              <tr key={r.id} className="border-t border-stone-200" data-testid="unreviewed-report">
                <td className="p-2">
                  <Link href={`/reports/${r.id}`} className="text-red-800 hover:underline">
                    {r.title ?? r.fileName ?? `#${r.id}`}
                  </Link>{" "}
                  <span className="text-xs text-stone-500">{KIND_LABEL[r.kind].zh}</span>
                </td>
                <td className="p-2">{r.jurisdiction.name}</td>
                <td className="p-2 tabular-nums">{r.year}</td>
                <td className="p-2 text-right tabular-nums">{r.valueCount}</td>
                <td className="p-2 text-right tabular-nums">{r.warningCount || ""}</td>
                <td className="p-2 text-xs text-stone-500">
                  {r.uploadedAt.slice(0, 16).replace("T", " ")}
                  {r.uploadedBy ? ` · ${r.uploadedBy}` : ""}
                </td>
              </tr>
            ))}
          </tbody>
        </table>
      )}
      {pages > 1 && (
        <nav className="flex gap-3 text-sm" aria-label="分页 Pages">
          {query.page > 1 && <Link href={`/review?page=${query.page - 1}`}>← 上一页 Previous</Link>}
          <span>
            {query.page} / {pages}
          </span>
          {query.page < pages && <Link href={`/review?page=${query.page + 1}`}>下一页 Next →</Link>}
        </nav>
      )}
    </div>
  );
}
