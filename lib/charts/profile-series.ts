import type { JurisdictionProfile, ProfileValue } from "../queries/get-jurisdiction-profile";
import { INDICATORS, INDICATOR_GROUPS, getIndicator, type IndicatorGroupId } from "../indicators";
import type { Scope } from "../extract/types";

export interface ProfileSeries {
  /** "key@scope", the URL id of a series */
  id: string;
  key: string;
  scope: Scope;
  byYear: Map<number, ProfileValue>;
}

/**
 * One series per indicator and scope, in catalogue order: area and own figures are never mixed
 * in one line. When a year has two values for one series (a warning case) the first is kept
 * here and the report page shows both.
 */
export function buildProfileSeries(profile: Pick<JurisdictionProfile, "values">): ProfileSeries[] {
  const byId = new Map<string, ProfileSeries>();
  for (const v of profile.values) {
    const id = `${v.key}@${v.scope}`;
    let s = byId.get(id);
    if (!s) {
      s = { id, key: v.key, scope: v.scope, byYear: new Map() };
      byId.set(id, s);
    }
    if (!s.byYear.has(v.year)) s.byYear.set(v.year, v);
  }
  const order = new Map(INDICATORS.map((d, i) => [d.key, i]));
  return [...byId.values()].sort(
    (a, b) => (order.get(a.key) ?? 99) - (order.get(b.key) ?? 99) || a.scope.localeCompare(b.scope),
  );
}

export interface ProfileGroup {
  id: IndicatorGroupId;
  zh: string;
  en: string;
  series: ProfileSeries[];
}

/** The series under the catalogue's groups (复议, 应诉, …), in catalogue order; empty groups left out. */
export function groupProfileSeries(series: ProfileSeries[]): ProfileGroup[] {
  return INDICATOR_GROUPS.map((g) => ({
    id: g.id,
    zh: g.zh,
    en: g.en,
    series: series.filter((s) => getIndicator(s.key)?.group === g.id),
  })).filter((g) => g.series.length > 0);
}

export interface SeriesPoint {
  year: number;
  /** null when that year's report does not give the figure: a gap, never a zero */
  value: number | null;
  /** set only when true: a point crosses to the browser in the page's payload, a profile's ~300 of them */
  approx?: true;
  evidenceHref?: string;
}

/** A series as one point per profile year, each linking to the sentence its value came from. */
export function seriesPoints(series: ProfileSeries, years: number[]): SeriesPoint[] {
  return years.map((year) => {
    const v = series.byYear.get(year);
    return v
      ? { year, value: v.value, ...(v.approx ? { approx: true as const } : {}), evidenceHref: `/reports/${v.reportId}#value-${v.id}` }
      : { year, value: null };
  });
}
