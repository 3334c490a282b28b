import type { APIRequestContext } from "@playwright/test";
import type { ValueRow } from "../../lib/queries/list-values";

// What the database holds, read through the public API, so a test computes what a page should
// show from the data rather than from numbers written into it.

/** a row of /api/values */
export type StoredValue = ValueRow;

export interface StoredPlace {
  code: string;
  name: string;
  level: "province" | "city" | "district" | "county";
  parentCode: string | null;
}

/** The current values the pages show, filtered as /api/values filters them. */
export async function storedValues(request: APIRequestContext, filter: Record<string, string>): Promise<StoredValue[]> {
  const res = await request.get(`/api/values?${new URLSearchParams({ ...filter, limit: "100000" })}`);
  if (!res.ok()) throw new Error(`/api/values answered ${res.status()}`);
  return (await res.json()).values;
}

/** Every jurisdiction that has a report (or every one stored: the parents of those too), by code. */
export async function storedPlaces(request: APIRequestContext, withReports = true): Promise<Map<string, StoredPlace>> {
  const body = await (await request.get(`/api/jurisdictions?withReports=${withReports}`)).json();
  return new Map((body.jurisdictions as StoredPlace[]).map((j) => [j.code, j]));
}

/** Each place's newest figure (per key and scope when the values hold several). */
export function latestByPlace(values: StoredValue[]): Map<string, StoredValue> {
  const latest = new Map<string, StoredValue>();
  for (const v of values) {
    const id = `${v.jurisdictionCode}|${v.key}|${v.scope}`;
    const kept = latest.get(id);
    if (!kept || v.year > kept.year || (v.year === kept.year && v.id < kept.id)) latest.set(id, v);
  }
  return latest;
}

/** The place with the most indicators given in two years or more (those a profile charts), with how many. */
export async function mostChartedPlace(request: APIRequestContext): Promise<{ code: string; name: string; charted: string[] }> {
  const years = new Map<string, Set<number>>();
  const names = new Map<string, string>();
  for (const v of await storedValues(request, {})) {
    const id = `${v.jurisdictionCode}|${v.key}@${v.scope}`;
    years.set(id, (years.get(id) ?? new Set()).add(v.year));
    names.set(v.jurisdictionCode, v.jurisdictionName);
  }
  const charted = new Map<string, string[]>();
  for (const [id, ys] of years) {
    if (ys.size < 2) continue;
    const [code, series] = id.split("|");
    charted.set(code, [...(charted.get(code) ?? []), series]);
  }
  const [code, series] = [...charted].sort((a, b) => b[1].length - a[1].length || a[0].localeCompare(b[0]))[0];
  return { code, name: names.get(code)!, charted: series };
}
