import { existedIn, findPlaceNames, type Division } from "../../gazetteer";

// Which place names in a text to believe. Official names and their short aliases (昌吉州) are names
// wherever they stand, with two exceptions that are also pieces of ordinary words: names of two
// characters (范县 in 示范县, 和县 in 乡镇和县直部门, 代县 in 现代县域) must stand apart from the
// word before them, and official names that are common words (城区, 郊区, 矿区 …) must be followed
// by a government word or follow their parent (阳泉市城区). A bare stem (庆阳, 宁夏) counts only
// where a name is expected: standing apart and right before a government word or a year
// (宁夏2022年…, not 乡村振兴推进…).

const REGION_BY_STEM = /^(?:宁夏回族|广西壮族|新疆维吾尔|西藏|内蒙古)自治区$/;

// official names that are also common words in reports
const GENERIC_NAMES = new Set(["城区", "郊区", "矿区", "新城区", "老城区", "市中区", "城中区"]);
const NAME_CUE = /^(?:\d|人民政府|政府|党委|[省市县区州旗盟]委|司法局|关于|法治|依法|年度|全面|出台|召开|印发|发布|制定|扎实|持续|深入|坚持|推进)/;
// words a short name may follow without being part of them (中共范县县委)
const OPENERS = new Set(["中共", "关于"]);

export interface PlaceMention {
  start: number;
  end: number;
  /** as written (normalized) */
  text: string;
  divisions: Division[];
}

function followedByCue(text: string, end: number): boolean {
  return NAME_CUE.test(text.slice(end, end + 4));
}

function isCjk(ch: string | undefined): boolean {
  if (ch === undefined) return false;
  const code = ch.charCodeAt(0);
  return code >= 0x3400 && code <= 0x9fff;
}

// 《…通知》(…69号)和县政府办公室《…》: after a closing bracket, 和 joins two things named
const JOINED_AFTER_BRACKET = /[)）》」』”\]]$/;

function standsApart(text: string, start: number, name: string): boolean {
  if (name.startsWith("和") && JOINED_AFTER_BRACKET.test(text.slice(0, start))) return false;
  return start === 0 || !isCjk(text[start - 1]) || OPENERS.has(text.slice(start - 2, start));
}

/**
 * Place names in `text` that can be trusted as names. `stems` allows bare stems before a cue
 * (titles); `year` drops divisions that did not exist that year.
 */
export function placeMentions(text: string, options: { stems?: boolean; year?: number | null } = {}): PlaceMention[] {
  const out: PlaceMention[] = [];
  for (const match of findPlaceNames(text, { stems: true })) {
    const adjacentParent = out.length > 0 && out[out.length - 1].end === match.start;
    const cue = followedByCue(text, match.end);
    const apart = standsApart(text, match.start, match.text);
    const entries = match.entries.filter((e) => {
      // 宁夏, 广西, 新疆, 西藏, 内蒙古: how the autonomous regions are named, wherever they stand
      if (e.kind === "stem") return REGION_BY_STEM.test(e.division.name) || (options.stems === true && (adjacentParent || (cue && apart)));
      if (GENERIC_NAMES.has(match.text)) return cue || adjacentParent;
      if (match.text.length <= 2) return adjacentParent || apart;
      return true;
    });
    const year = options.year;
    const divisions = entries
      .map((e) => e.division)
      .filter((d, i, all) => all.indexOf(d) === i && (year == null || existedIn(d, year)));
    if (divisions.length > 0) out.push({ start: match.start, end: match.end, text: match.text, divisions });
  }
  return out;
}

/** Every division a text names in any form, counted (for weighing candidates by their parents). */
export function countNamedDivisions(text: string): Map<Division, number> {
  const counts = new Map<Division, number>();
  for (const match of findPlaceNames(text, { stems: true })) {
    for (const e of match.entries) counts.set(e.division, (counts.get(e.division) ?? 0) + 1);
  }
  return counts;
}
