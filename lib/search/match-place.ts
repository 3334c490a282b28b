import { match } from "pinyin-pro";

export interface SearchablePlace {
  name: string;
  /** official names of the places above it, province first */
  parentNames: string[];
}

const LATIN = /^[a-z]+$/;

const normalise = (query: string) => query.trim().toLowerCase().replace(/[\s']/g, "");

/** true when the query is latin letters, to be read as pinyin */
export const isPinyinQuery = (query: string) => LATIN.test(normalise(query));

/**
 * Does a search box query name this place? Chinese text matches anywhere in its name or its
 * parents' names ("庐阳", "合肥" finds every district of 合肥市); latin letters are read as pinyin
 * (initials "hf", full "hefei", or a mix "hef") from the start of the place's own name. pinyin-pro
 * knows the readings of place names (乐清 yueqing, 六安 lu'an), which a per-character table would not.
 */
export function matchesPlace(query: string, place: SearchablePlace): boolean {
  const q = normalise(query);
  if (!q) return true;
  if (!LATIN.test(q)) return place.name.includes(q) || place.parentNames.some((p) => p.includes(q));
  return match(place.name, q, { continuous: true })?.[0] === 0;
}
