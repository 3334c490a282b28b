import { getByCode } from "../gazetteer";
import { getPrisma, type JurisdictionLevel, type Scope } from "../db/client";
import { medianTrend, type MedianTrend } from "../charts/median-trend";
import { cachedQuery } from "./cached-query";

export interface IndicatorTrendQuery {
  key: string;
  scope: Scope;
  /** a province code (xx0000) */
  province?: string;
  level?: JurisdictionLevel;
  reviewed?: boolean;
  /** only the places that reported in every year shown */
  balanced?: boolean;
}

/** The indicator page's median by year: every place's figure per year, then medianTrend's honesty rules. */
async function readIndicatorTrend(q: IndicatorTrendQuery): Promise<MedianTrend> {
  const rows = await getPrisma().indicatorValue.findMany({
    where: {
      key: q.key,
      scope: q.scope,
      isCurrent: true,
      ...(q.province ? { jurisdictionCode: { startsWith: q.province.slice(0, 2) } } : {}),
      ...(q.reviewed ? { reviewedAt: { not: null } } : {}),
    },
    select: { jurisdictionCode: true, year: true, value: true },
  });
  const kept = q.level ? rows.filter((r) => getByCode(r.jurisdictionCode)?.level === q.level) : rows;
  return medianTrend(
    kept.map((r) => ({ code: r.jurisdictionCode, year: r.year, value: r.value })),
    { balanced: q.balanced },
  );
}

/** Cached until the data changes (see cached-query.ts). */
export const getIndicatorTrend = cachedQuery(readIndicatorTrend);
