import { getPrisma } from "../db/client";
import type { ListReportsQuery } from "../http/list-query";

/** Reports, newest first (the highest id is the latest upload). */
export async function listReports(q: ListReportsQuery) {
  const where = {
    ...(q.jurisdiction ? { jurisdictionCode: q.jurisdiction } : {}),
    ...(q.year ? { year: q.year } : {}),
    ...(q.kind ? { kind: q.kind } : {}),
    // the 待审核 list: reports no person has reviewed yet
    ...(q.reviewed === undefined ? {} : { reviewedAt: q.reviewed ? { not: null } : null }),
  };
  const prisma = getPrisma();
  const [total, rows] = await Promise.all([
    prisma.report.count({ where }),
    prisma.report.findMany({
      where,
      orderBy: { id: "desc" },
      skip: (q.page - 1) * q.pageSize,
      take: q.pageSize,
      select: {
        id: true, year: true, kind: true, title: true, fileName: true, sourceUrl: true, isCurrent: true, byDepartment: true,
        uploadedAt: true, uploadedBy: true, extractorVersion: true, reviewedAt: true, reviewedBy: true, warnings: true,
        jurisdiction: { select: { code: true, name: true, level: true } },
        _count: { select: { values: true } },
      },
    }),
  ]);
  return {
    total,
    page: q.page,
    pageSize: q.pageSize,
    reports: rows.map(({ _count, uploadedAt, reviewedAt, warnings, ...r }) => ({
      ...r,
      uploadedAt: uploadedAt.toISOString(),
      reviewedAt: reviewedAt?.toISOString() ?? null,
      /** the extractor's doubts a reviewer will meet */
      warningCount: Array.isArray(warnings) ? warnings.length : 0,
      // a plan's values are kept but shown nowhere (see getReport)
      valueCount: r.kind === "work_plan" ? 0 : _count.values,
      url: `/reports/${r.id}`,
    })),
  };
}
