import type { JurisdictionLevel } from "@/lib/extract/types";
import { getIndicator, type Scope } from "@/lib/indicators";
import { LEVEL_LABEL } from "@/lib/display/labels";

/** What the coverage page shows, all of it in the URL so a link reproduces the view. */
export interface CoverageViewState {
  province?: string;
  /** the indicator colouring the map; none: the map shows report counts */
  indicator?: string;
  year?: number;
  scope?: Scope;
  level?: JurisdictionLevel;
}

type SearchParams = Record<string, string | string[] | undefined>;

export function parseCoverageState(sp: SearchParams): CoverageViewState {
  const one = (v: string | string[] | undefined) => (Array.isArray(v) ? v[0] : v) ?? "";
  const year = Number(one(sp.year));
  const province = one(sp.province);
  const level = one(sp.level);
  const scope = one(sp.scope);
  const indicator = one(sp.k);
  return {
    province: /^\d{2}0000$/.test(province) ? province : undefined,
    indicator: getIndicator(indicator) ? indicator : undefined,
    year: Number.isInteger(year) && year >= 1990 && year <= 2100 ? year : undefined,
    scope: scope === "area" || scope === "own" ? scope : undefined,
    level: Object.hasOwn(LEVEL_LABEL, level) ? (level as JurisdictionLevel) : undefined,
  };
}

/** The query string of the map settings alone (no province), "&k=…" style, to keep across links. */
export function mapQuery(s: CoverageViewState): string {
  if (!s.indicator) return "";
  const params = new URLSearchParams({ k: s.indicator });
  if (s.year) params.set("year", String(s.year));
  if (s.scope) params.set("scope", s.scope);
  if (s.level) params.set("level", s.level);
  return `&${params.toString()}`;
}
