import { getPrisma } from "../db/client";
import type { JurisdictionLevel, Scope } from "../db/client";
import { getIndicator } from "../indicators";
import { cachedQuery } from "./cached-query";
import { yearSpan } from "../indicators/latest-available";
import { median } from "../charts/median-trend";

export interface ProvinceIndicatorCell {
  /** places in the province that state the figure for the year */
  count: number;
  median: number;
  min: number;
  max: number;
  /** the years its places' figures are from ("2022–2024", "2023") */
  span: string;
}

export interface ProvinceIndicatorMap {
  key: string;
  scope: Scope;
  level: JurisdictionLevel | null;
  /** years with values at this scope and level, ascending */
  years: number[];
  /** the year asked for (one of `years`); null summarises each place's latest figure */
  year: number | null;
  /** the years the summarised figures are from, as "2019–2024"; "" when none */
  span: string;
  /** by province code (xx0000); a province without figures is absent, not zero */
  provinces: Record<string, ProvinceIndicatorCell>;
}

export interface ProvinceIndicatorQuery {
  key: string;
  scope?: Scope;
  year?: number;
  level?: JurisdictionLevel;
}

/**
 * One indicator summarised per province for the tile map: the median of the figures the places
 * in each province state (current editions, one scope, optionally one level), for one year or,
 * by default, each place's latest. Never a sum: the places that did not report would make a
 * total wrong.
 */
async function readProvinceIndicatorMap(q: ProvinceIndicatorQuery): Promise<ProvinceIndicatorMap | null> {
  const def = getIndicator(q.key);
  if (!def) return null;
  const scope = q.scope ?? def.defaultScope;
  const atLevel = q.level ? { report: { jurisdiction: { level: q.level } } } : {};
  const prisma = getPrisma();
  const select = { jurisdictionCode: true, year: true, value: true } as const;
  const latestFigures = () => prisma.latestValue.findMany({ where: { key: def.key, scope, ...(q.level ? { level: q.level } : {}) }, select });
  // the chosen year's figures are read beside the years; the latest only when they are wanted
  const [yearGroups, chosen] = await Promise.all([
    prisma.indicatorValue.groupBy({ by: ["year"], where: { key: def.key, scope, isCurrent: true, ...atLevel } }),
    q.year ? prisma.indicatorValue.findMany({ where: { key: def.key, scope, isCurrent: true, year: q.year, ...atLevel }, select }) : null,
  ]);
  const years = yearGroups.map((r) => r.year).sort((a, b) => a - b);
  const year = q.year && years.includes(q.year) ? q.year : null;
  // one figure per place: the chosen year's, else its latest (LatestValue)
  const figures = year === null ? await latestFigures() : chosen!;

  const byProvince = new Map<string, { value: number; year: number }[]>();
  for (const r of figures) {
    const province = `${r.jurisdictionCode.slice(0, 2)}0000`;
    const rows = byProvince.get(province);
    if (rows) rows.push(r);
    else byProvince.set(province, [r]);
  }

  const provinces: Record<string, ProvinceIndicatorCell> = {};
  for (const [code, rows] of byProvince) {
    const sorted = rows.map((r) => r.value).sort((a, b) => a - b);
    provinces[code] = { count: sorted.length, median: median(sorted), min: sorted[0], max: sorted.at(-1)!, span: yearSpan(rows.map((r) => r.year)) };
  }
  return { key: def.key, scope, level: q.level ?? null, years, year, span: yearSpan(figures.map((r) => r.year)), provinces };
}

export const getProvinceIndicatorMap = cachedQuery(readProvinceIndicatorMap);
