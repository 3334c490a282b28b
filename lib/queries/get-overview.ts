import { getPrisma } from "../db/client";
import { HEADLINE_INDICATORS } from "../indicators";

export interface HeadlineSummary {
  key: string;
  year: number | null;
  /** how many jurisdictions report it that year */
  count: number;
  median: number | null;
  min: number | null;
  max: number | null;
}

export interface Overview {
  reports: number;
  jurisdictions: number;
  provinces: number;
  years: number[];
  headlines: HeadlineSummary[];
  latest: { id: number; year: number; title: string | null; jurisdictionCode: string; jurisdictionName: string; uploadedAt: string }[];
}

function median(sorted: number[]): number | null {
  if (sorted.length === 0) return null;
  const mid = Math.floor(sorted.length / 2);
  return sorted.length % 2 ? sorted[mid] : (sorted[mid - 1] + sorted[mid]) / 2;
}

async function headline(key: string): Promise<HeadlineSummary> {
  const prisma = getPrisma();
  const latest = await prisma.indicatorValue.findFirst({
    where: { key, report: { isCurrent: true } },
    orderBy: { year: "desc" },
    select: { year: true },
  });
  if (!latest) return { key, year: null, count: 0, median: null, min: null, max: null };
  const rows = await prisma.indicatorValue.findMany({
    where: { key, year: latest.year, report: { isCurrent: true } },
    select: { value: true, jurisdictionCode: true },
  });
  // one figure per jurisdiction (a place reporting both scopes counts once, at its first)
  const perPlace = new Map<string, number>();
  for (const r of rows) if (!perPlace.has(r.jurisdictionCode)) perPlace.set(r.jurisdictionCode, r.value);
  const values = [...perPlace.values()].sort((a, b) => a - b);
  return { key, year: latest.year, count: values.length, median: median(values), min: values[0] ?? null, max: values.at(-1) ?? null };
}

export async function getOverview(): Promise<Overview> {
  const prisma = getPrisma();
  const [reports, reported, years, headlines, latest] = await Promise.all([
    prisma.report.count(),
    prisma.report.findMany({ distinct: ["jurisdictionCode"], select: { jurisdictionCode: true } }),
    prisma.report.findMany({ distinct: ["year"], select: { year: true }, orderBy: { year: "asc" } }),
    Promise.all(HEADLINE_INDICATORS.map(headline)),
    prisma.report.findMany({
      orderBy: { uploadedAt: "desc" },
      take: 8,
      select: { id: true, year: true, title: true, uploadedAt: true, jurisdiction: { select: { code: true, name: true } } },
    }),
  ]);
  return {
    reports,
    jurisdictions: reported.length,
    provinces: new Set(reported.map((r) => r.jurisdictionCode.slice(0, 2))).size,
    years: years.map((y) => y.year),
    headlines,
    latest: latest.map((r) => ({
      id: r.id,
      year: r.year,
      title: r.title,
      jurisdictionCode: r.jurisdiction.code,
      jurisdictionName: r.jurisdiction.name,
      uploadedAt: r.uploadedAt.toISOString(),
    })),
  };
}
