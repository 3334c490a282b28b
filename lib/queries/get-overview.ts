import { getPrisma } from "../db/client";
import { cachedQuery } from "./cached-query";
import { listReportedJurisdictions } from "./list-reported-jurisdictions";
import type { Scope } from "../db/client";
import { HEADLINE_INDICATORS, getIndicator } from "../indicators";

export interface HeadlineSummary {
  key: string;
  /** the catalogue's scope: the one the indicator page opens on */
  scope: Scope;
  /** the years the places' latest figures are from; null when none */
  fromYear: number | null;
  toYear: number | null;
  /** how many jurisdictions give the figure (each counted once, at its latest) */
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

/**
 * Latest available, as the indicator page opens: each place's most recent figure at the
 * catalogue's scope (LatestValue: one row per place), summarised across places.
 */
async function headline(key: string): Promise<HeadlineSummary> {
  const scope = getIndicator(key)!.defaultScope;
  const rows = await getPrisma().latestValue.findMany({ where: { key, scope }, select: { value: true, year: true } });
  const values = rows.map((r) => r.value).sort((a, b) => a - b);
  const years = rows.map((r) => r.year);
  return {
    key,
    scope,
    fromYear: years.length ? Math.min(...years) : null,
    toYear: years.length ? Math.max(...years) : null,
    count: values.length,
    median: median(values),
    min: values[0] ?? null,
    max: values.at(-1) ?? null,
  };
}

/** The counts come from the list of reported places (cached too): one grouping of the reports serves both. */
async function readOverview(): Promise<Overview> {
  const prisma = getPrisma();
  const [places, headlines, latest] = await Promise.all([
    listReportedJurisdictions(),
    Promise.all(HEADLINE_INDICATORS.map(headline)),
    prisma.report.findMany({
      orderBy: { uploadedAt: "desc" },
      take: 8,
      select: { id: true, year: true, title: true, uploadedAt: true, jurisdiction: { select: { code: true, name: true } } },
    }),
  ]);
  return {
    reports: places.reduce((n, p) => n + p.reportCount, 0),
    jurisdictions: places.length,
    provinces: new Set(places.map((p) => p.code.slice(0, 2))).size,
    years: [...new Set(places.flatMap((p) => p.years))].sort((a, b) => a - b),
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

/** Cached until the data changes (see cached-query.ts). */
export const getOverview = cachedQuery(readOverview);
