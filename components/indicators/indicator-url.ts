import type { JurisdictionLevel } from "@/lib/extract/types";
import type { Scope } from "@/lib/indicators";

export interface IndicatorViewState {
  /** rank one year; unset: each place's latest figure */
  year?: number;
  /** with latest figures: only those within this many years of the newest */
  tolerance?: number;
  province?: string;
  level?: JurisdictionLevel;
  scope?: Scope;
  /** only figures a person has reviewed (?reviewed=1) */
  reviewed?: boolean;
  /** the trend of the places that reported in every year shown (?panel=1) */
  panel?: boolean;
  /** the trend's axis fitted to the data rather than from 0 (?zoom=1) */
  zoom?: boolean;
}

/** The URL of one view of an indicator page; empty settings are left out. */
export function indicatorHref(key: string, s: IndicatorViewState): string {
  const params = new URLSearchParams();
  if (s.year) params.set("year", String(s.year));
  // a tolerance applies to latest figures only
  else if (s.tolerance !== undefined) params.set("tol", String(s.tolerance));
  if (s.province) params.set("province", s.province);
  if (s.level) params.set("level", s.level);
  if (s.scope) params.set("scope", s.scope);
  if (s.reviewed) params.set("reviewed", "1");
  if (s.panel) params.set("panel", "1");
  if (s.zoom) params.set("zoom", "1");
  const query = params.toString();
  return `/indicators/${key}${query ? `?${query}` : ""}`;
}
