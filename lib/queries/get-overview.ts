import { getPrisma, type ReportKind } from "../db/client";
import { getByCode } from "../gazetteer";
import { cachedQuery } from "./cached-query";
import { listReportedJurisdictions } from "./list-reported-jurisdictions";
import type { Scope } from "../db/client";
import { HEADLINE_INDICATORS, getIndicator } from "../indicators";
import { MIN_PEERS } from "../indicators/peer-standing";

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
  /** with fewer than FEW_PLACES places, the figures themselves: statistics of one or two say nothing */
  few: { code: string; name: string; year: number; value: number }[];
}

/** Below this many places the overview shows each figure, not a median and a range. */
export const FEW_PLACES = MIN_PEERS;

export interface Overview {
  reports: number;
  jurisdictions: number;
  provinces: number;
  years: number[];
  headlines: HeadlineSummary[];
  latest: { id: number; year: number; kind: ReportKind; title: string | null; jurisdictionCode: string; jurisdictionName: string; uploadedAt: string }[];
}

/**
 * Latest available, as the indicator page opens: each place's most recent figure at the
 * catalogue's scope (LatestValue: one row per place), summarised in the database, one row per
 * indicator (the median as the ranking computes it: the mean of the two middles).
 */
async function readHeadlines(): Promise<HeadlineSummary[]> {
  const wanted = HEADLINE_INDICATORS.map((key) => ({ key, scope: getIndicator(key)!.defaultScope }));
  const rows = await getPrisma().$queryRaw<{ key: string; count: number; median: number; min: number; max: number; from_year: number; to_year: number }[]>`
    SELECT l.key, count(*)::int AS count, percentile_cont(0.5) WITHIN GROUP (ORDER BY l.value) AS median, min(l.value) AS min, max(l.value) AS max,
           min(l.year) AS from_year, max(l.year) AS to_year
    FROM "LatestValue" AS l JOIN unnest(${wanted.map((w) => w.key)}::text[], ${wanted.map((w) => w.scope)}::text[]) AS w(key, scope)
      ON l.key = w.key AND l.scope = w.scope::"Scope"
    GROUP BY l.key`;
  const byKey = new Map(rows.map((r) => [r.key, r]));
  const thin = wanted.filter((w) => (byKey.get(w.key)?.count ?? FEW_PLACES) < FEW_PLACES);
  const fewRows = thin.length
    ? await getPrisma().latestValue.findMany({
        where: { OR: thin.map(({ key, scope }) => ({ key, scope })) },
        select: { key: true, jurisdictionCode: true, year: true, value: true },
        orderBy: { jurisdictionCode: "asc" },
      })
    : [];
  const fewOf = (key: string) =>
    fewRows.filter((f) => f.key === key).map((f) => ({ code: f.jurisdictionCode, name: getByCode(f.jurisdictionCode)?.name ?? f.jurisdictionCode, year: f.year, value: f.value }));
  return wanted.map(({ key, scope }) => {
    const r = byKey.get(key);
    return r
      ? { key, scope, fromYear: r.from_year, toYear: r.to_year, count: r.count, median: Number(r.median), min: r.min, max: r.max, few: fewOf(key) }
      : { key, scope, fromYear: null, toYear: null, count: 0, median: null, min: null, max: null, few: [] };
  });
}

/** The counts come from the list of reported places (cached too): one grouping of the reports serves both. */
async function readOverview(): Promise<Overview> {
  const prisma = getPrisma();
  const [places, headlines, latest] = await Promise.all([
    listReportedJurisdictions(),
    readHeadlines(),
    prisma.report.findMany({
      orderBy: { uploadedAt: "desc" },
      take: 8,
      select: { id: true, year: true, kind: true, title: true, uploadedAt: true, jurisdiction: { select: { code: true, name: true } } },
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
