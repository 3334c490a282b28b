import { getPrisma } from "../db/client";
import type { ListJurisdictionsQuery } from "../http/list-query";
import { isPinyinQuery, matchesPlace } from "../search/match-place";

const LIMIT = 5000;

/**
 * Prisma's `contains` is a LIKE whose pattern is the value as given: `%` and `_` in a search
 * would be wildcards (`q=%` matched every place). Escaped, they match themselves.
 */
const likeLiteral = (text: string) => text.replace(/[\\%_]/g, (c) => `\\${c}`);

export async function listJurisdictions(q: ListJurisdictionsQuery) {
  // a pinyin query cannot be put to the database: the names are fetched and matched here
  const pinyin = q.q ? isPinyinQuery(q.q) : false;
  const rows = await getPrisma().jurisdiction.findMany({
    where: {
      ...(q.q && !pinyin ? { name: { contains: likeLiteral(q.q.trim()) } } : {}),
      ...(q.parent ? { parentCode: q.parent } : {}),
      ...(q.withReports ? { reports: { some: {} } } : {}),
    },
    orderBy: { code: "asc" },
    take: pinyin ? undefined : LIMIT,
    select: { code: true, name: true, level: true, parentCode: true, _count: { select: { reports: true } } },
  });
  const matching = pinyin ? rows.filter((j) => matchesPlace(q.q!, { name: j.name, parentNames: [] })).slice(0, LIMIT) : rows;
  return matching.map(({ _count, ...j }) => ({ ...j, reportCount: _count.reports, url: `/jurisdictions/${j.code}` }));
}
