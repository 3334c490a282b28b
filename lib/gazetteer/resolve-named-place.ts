import type { ResolvedJurisdiction } from "../extract/types";
import { ancestorsOf, findByName, stemOf } from "./index";
import { resolveJurisdictionCode } from "./resolve-code";
import type { Division, DivisionLevel } from "./types";

export interface NamedPlace {
  /** as written (庆阳市, 昌吉州) */
  name: string;
  officialName?: string;
  level: DivisionLevel;
  /** parents' names, any order (鄂州市, 湖北省) */
  parents: string[];
}

/** Whether a parent's name (official, alias or stem) names one of the division's ancestors. */
function hasParentNamed(division: Division, parent: string): boolean {
  const codes = new Set(findByName(parent).map((d) => d.code));
  return ancestorsOf(division).some((a) => a.name === parent || codes.has(a.code));
}

/**
 * A place given by name, level and parents (a hand label, not running text) as a division code
 * with its parents; null unless exactly one division fits. The level settles a name shared by a
 * city and its district; a renamed place (海门市 → 海门区 in 2020) is found by its stem under the
 * same parents, whatever its level now.
 */
export function resolveNamedPlace(place: NamedPlace, year?: number): ResolvedJurisdiction | null {
  const names = [place.name, place.officialName].filter((n): n is string => Boolean(n));
  const byName = (options: { year?: number }) => names.flatMap((n) => findByName(n, options));
  let candidates = byName({ year });
  if (candidates.length === 0) candidates = byName({});
  if (candidates.length === 0) {
    candidates = names.flatMap((n) => {
      const stem = stemOf(n);
      return stem ? findByName(stem) : [];
    });
  }
  const underParents = candidates.filter((d) => d.code !== null && place.parents.every((p) => hasParentNamed(d, p)));
  const atLevel = underParents.filter((d) => d.level === place.level);
  const chosen = new Set((atLevel.length > 0 ? atLevel : underParents).map((d) => d.code!));
  return chosen.size === 1 ? resolveJurisdictionCode([...chosen][0]) : null;
}
