import { allDivisions, ancestorsOf, type Division, type DivisionLevel } from "../gazetteer";
import { isPinyinQuery, matchesPlace } from "./match-place";
import { placeQuery } from "./place-query";

/** A place of the gazetteer as a picker offers it: enough to tell apart the four 鼓楼区. */
export interface PlaceOption {
  code: string;
  name: string;
  level: DivisionLevel;
  /** official names from the province down, without the place itself */
  parents: string[];
  /** the year it was abolished, for an old report's place */
  abolished?: number;
}

const LEVEL_ORDER: Record<DivisionLevel, number> = { province: 0, city: 1, district: 2, county: 2 };

function option(d: Division & { code: string }): PlaceOption {
  return {
    code: d.code,
    name: d.name,
    level: d.level,
    parents: ancestorsOf(d).map((a) => a.name).reverse(),
    ...(d.abolished !== undefined ? { abolished: d.abolished } : {}),
  };
}

/**
 * Every division of China (the gazetteer, not only places with reports) matching a query by code
 * (a prefix: 3401), Chinese name (庐阳; a parent's name finds its children: 合肥) or pinyin
 * (ly, luyang), best first: an exact name, then a name starting with the query, higher levels first.
 */
export function searchPlaces(query: string, limit = 20): PlaceOption[] {
  const q = placeQuery(query);
  if (!q) return [];
  const divisions = allDivisions().filter((d): d is Division & { code: string } => d.code !== null);
  let found: { d: Division & { code: string }; rank: number }[];
  if (/^\d{1,6}$/.test(q)) {
    found = divisions.filter((d) => d.code.startsWith(q)).map((d) => ({ d, rank: d.code === q.padEnd(6, "0") ? 0 : 1 }));
  } else if (isPinyinQuery(q)) {
    found = divisions.filter((d) => matchesPlace(q, { name: d.name, parentNames: [] })).map((d) => ({ d, rank: 1 }));
  } else {
    found = divisions.flatMap((d) => {
      if (d.name === q) return [{ d, rank: 0 }];
      if (d.name.startsWith(q)) return [{ d, rank: 1 }];
      if (d.name.includes(q)) return [{ d, rank: 2 }];
      return ancestorsOf(d).some((a) => a.name.startsWith(q)) ? [{ d, rank: 3 }] : [];
    });
  }
  return found
    .sort((a, b) => a.rank - b.rank || LEVEL_ORDER[a.d.level] - LEVEL_ORDER[b.d.level] || Number(a.d.abolished !== undefined) - Number(b.d.abolished !== undefined) || a.d.code.localeCompare(b.d.code))
    .slice(0, limit)
    .map(({ d }) => option(d));
}
