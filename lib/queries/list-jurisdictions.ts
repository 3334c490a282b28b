import { getPrisma } from "../db/client";
import type { ListJurisdictionsQuery } from "../http/list-query";

export async function listJurisdictions(q: ListJurisdictionsQuery) {
  const rows = await getPrisma().jurisdiction.findMany({
    where: {
      ...(q.q ? { name: { contains: q.q } } : {}),
      ...(q.parent ? { parentCode: q.parent } : {}),
      ...(q.withReports ? { reports: { some: {} } } : {}),
    },
    orderBy: { code: "asc" },
    take: 5000,
    select: { code: true, name: true, level: true, parentCode: true, _count: { select: { reports: true } } },
  });
  return rows.map(({ _count, ...j }) => ({ ...j, reportCount: _count.reports, url: `/jurisdictions/${j.code}` }));
}
