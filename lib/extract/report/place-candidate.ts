import { isWithin, type Division } from "../../gazetteer";
import type { PlaceMention } from "./place-mentions";

// A place a report may be about, as the words name it, with the divisions that name can be.

export interface Candidate {
  name: string;
  divisions: Division[];
}

/** The first place in `mentions` narrowed by the ones that follow it: a child (清远市 → 清城区), the
 *  same name again (中共XX区委 XX区人民政府) or a parent (鼓楼区(福州市)). An unrelated place ends it. */
export function leadingPlace(mentions: PlaceMention[]): Candidate | null {
  if (mentions.length === 0) return null;
  let name = mentions[0].text;
  let chain = mentions[0].divisions;
  for (const m of mentions.slice(1)) {
    const children = m.divisions.filter((d) => chain.some((c) => c.code !== null && isWithin(d, c.code)));
    if (children.length > 0) {
      chain = children;
      name = m.text;
      continue;
    }
    const same = chain.filter((c) => m.divisions.includes(c));
    if (same.length > 0) {
      chain = same;
      continue;
    }
    const under = chain.filter((c) => m.divisions.some((d) => d.code !== null && isWithin(c, d.code)));
    if (under.length > 0) {
      chain = under;
      continue;
    }
    break;
  }
  return { name, divisions: chain };
}

export function endsWithLevel(d: Division, level: string): boolean {
  return d.name.endsWith(level);
}
