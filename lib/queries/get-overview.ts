import { getPrisma, type ReportKind } from "../db/client";
import { cachedQuery } from "./cached-query";
import { getByCode } from "../gazetteer";
import { HEADLINE_INDICATORS } from "../indicators";

export interface HeadlineSummary {
  key: string;
  year: number | null;
  /** how many jurisdictions report it that year */
  count: number;
  median: number | null;
  min: number | null;
  max: number | null;
  /** with fewer than FEW_PLACES places, the figures themselves: statistics of one or two say nothing */
  few: { code: string; name: string; value: number }[];
}

/** Below this many places the overview shows each figure, not a median and a range. */
export const FEW_PLACES = 3;

export interface Overview {
  reports: number;
  jurisdictions: number;
  provinces: number;
  years: number[];
  headlines: HeadlineSummary[];
  latest: { id: number; year: number; kind: ReportKind; title: string | null; jurisdictionCode: string; jurisdictionName: string; uploadedAt: string }[];
}

function median(sorted: number[]): number | null {
  if (sorted.length === 0) return null;
  const mid = Math.floor(sorted.length / 2);
  return sorted.length % 2 ? sorted[mid] : (sorted[mid - 1] + sorted[mid]) / 2;
}

async function headline(key: string): Promise<HeadlineSummary> {
  const prisma = getPrisma();
  const latest = await prisma.indicatorValue.findFirst({
    where: { key, isCurrent: true },
    orderBy: { year: "desc" },
    select: { year: true },
  });
  if (!latest) return { key, year: null, count: 0, median: null, min: null, max: null, few: [] };
  const rows = await prisma.indicatorValue.findMany({
    where: { key, year: latest.year, isCurrent: true },
    select: { value: true, jurisdictionCode: true },
  });
  // one figure per jurisdiction (a place reporting both scopes counts once, at its first)
  const perPlace = new Map<string, number>();
  for (const r of rows) if (!perPlace.has(r.jurisdictionCode)) perPlace.set(r.jurisdictionCode, r.value);
  const values = [...perPlace.values()].sort((a, b) => a - b);
  const few = perPlace.size < FEW_PLACES ? [...perPlace].map(([code, value]) => ({ code, name: getByCode(code)?.name ?? code, value })) : [];
  return { key, year: latest.year, count: values.length, median: median(values), min: values[0] ?? null, max: values.at(-1) ?? null, few };
}

async function readOverview(): Promise<Overview> {
  const prisma = getPrisma();
  const [[counts], headlines, latest] = await Promise.all([
    // counted in the database: Prisma's `distinct` fetches every row and dedupes in JavaScript
    prisma.$queryRaw<{ reports: number; jurisdictions: number; provinces: number; years: number[] | null }[]>`
      SELECT count(*)::int AS reports, count(DISTINCT "jurisdictionCode")::int AS jurisdictions,
             count(DISTINCT left("jurisdictionCode", 2))::int AS provinces, array_agg(DISTINCT year ORDER BY year) AS years
      FROM "Report"`,
    Promise.all(HEADLINE_INDICATORS.map(headline)),
    prisma.report.findMany({
      orderBy: { uploadedAt: "desc" },
      take: 8,
      select: { id: true, year: true, kind: true, title: true, uploadedAt: true, jurisdiction: { select: { code: true, name: true } } },
    }),
  ]);
  return {
    reports: counts.reports,
    jurisdictions: counts.jurisdictions,
    provinces: counts.provinces,
    years: counts.years ?? [],
    headlines,
    latest: latest.map((r) => ({
      id: r.id,
      year: r.year,
      kind: r.kind,
      title: r.title,
      jurisdictionCode: r.jurisdiction.code,
      jurisdictionName: r.jurisdiction.name,
      uploadedAt: r.uploadedAt.toISOString(),
    })),
  };
}

/** Cached until the data changes (see cached-query.ts). */
export const getOverview = cachedQuery(readOverview);
