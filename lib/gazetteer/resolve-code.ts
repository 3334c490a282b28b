import type { ResolvedJurisdiction } from "../extract/types";
import { ancestors, getByCode } from "./index";

/** A division code a person gave (an upload override) as a jurisdiction with its parents. */
export function resolveJurisdictionCode(code: string): ResolvedJurisdiction | null {
  const division = getByCode(code);
  if (!division?.code) return null;
  const parents = ancestors(division.code)
    .filter((p): p is typeof p & { code: string } => p.code !== null)
    .map((p) => ({ code: p.code, name: p.name, level: p.level }));
  return { name: division.name, officialName: division.name, level: division.level, code: division.code, parents };
}
