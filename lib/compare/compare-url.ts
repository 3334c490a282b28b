import { isIndicatorKey, type Scope } from "@/lib/indicators";
import { parseTolerance } from "@/lib/indicators/latest-available";

/** More bars than this per indicator stop being readable. */
export const MAX_COMPARED = 8;
/** Codes looked up at most, so a pasted list cannot make the page query thousands. */
const MAX_CODES_READ = 40;

export interface CompareState {
  codes: string[];
  /** one year for every place; unset: each place's latest figure */
  year?: number;
  /** with latest figures: only those within this many years of the newest */
  tolerance?: number;
  keys: string[];
  scope?: Scope;
  /** only figures a person has reviewed (?reviewed=1) */
  reviewed?: boolean;
}

export interface ParsedCompareParams extends CompareState {
  /** parts of `j` that are not 6-digit codes */
  malformed: string[];
  /** free text from the no-JavaScript picker: a code or a name to add */
  add?: string;
}

type SearchParams = Record<string, string | string[] | undefined>;

/**
 * `j=a,b&j=c` and `k=x,y&k=z` both work: a link writes commas, a checkbox form repeats the name.
 * Control characters are dropped: nothing here is meant to hold them, and a NUL sent on to a
 * search reached PostgreSQL, which refused it (a 500).
 */
function list(v: string | string[] | undefined): string[] {
  return (Array.isArray(v) ? v : v ? [v] : [])
    .flatMap((s) => s.replace(/[\u0000-\u001f\u007f]/g, "").split(","))
    .map((s) => s.trim())
    .filter(Boolean);
}

export function parseCompareParams(sp: SearchParams): ParsedCompareParams {
  const j = [...new Set(list(sp.j))];
  const year = Number(list(sp.year)[0]);
  const scope = list(sp.scope)[0];
  const add = list(sp.add).join(" ").trim();
  return {
    codes: j.filter((c) => /^\d{6}$/.test(c)).slice(0, MAX_CODES_READ),
    malformed: j.filter((c) => !/^\d{6}$/.test(c)),
    year: Number.isInteger(year) && year >= 1990 && year <= 2100 ? year : undefined,
    tolerance: parseTolerance(list(sp.tol)[0]),
    keys: [...new Set(list(sp.k))].filter(isIndicatorKey),
    scope: scope === "area" || scope === "own" ? scope : undefined,
    reviewed: list(sp.reviewed)[0] === "1" || undefined,
    add: add || undefined,
  };
}

/** The canonical URL of a comparison: commas kept readable, empty settings left out. */
export function compareHref(s: Partial<CompareState>): string {
  const parts: string[] = [];
  if (s.codes?.length) parts.push(`j=${s.codes.join(",")}`);
  if (s.year) parts.push(`year=${s.year}`);
  // a tolerance applies to latest figures only: with a year it would say nothing
  else if (s.tolerance !== undefined) parts.push(`tol=${s.tolerance}`);
  if (s.keys?.length) parts.push(`k=${s.keys.map(encodeURIComponent).join(",")}`);
  if (s.scope) parts.push(`scope=${s.scope}`);
  if (s.reviewed) parts.push("reviewed=1");
  return `/compare${parts.length ? `?${parts.join("&")}` : ""}`;
}
