// How a text names itself without a place name: 我市 / 全县 / 本区 say which level of government is
// speaking (the last character of its official name: 市 for 武汉市 and for 义乌市, 区 for a district
// and for 宁夏回族自治区, 州 for an autonomous prefecture); 我局 / 本委 say a department is.

import { matchesOf } from "../text/matches";

// (全省优秀, 全省第一, 居全省前列, 全省首家, 在全市率先, 获评全省…: a ranking among the places of the level above, not the text speaking as it)
const PLACE_SELF =
  /(?<!居|列|位居|名列|评为“?|获评“?)[我全本]([省市县区州旗盟])(?!优秀|第[一二三四五六七八九十\d]|首[家个批例位]|前列|前茅|领先|先进|排名|之首|唯一|率先|最[高低多少大好])/g;
// a yearbook entry starts its sentences with the bare level word: 【人民调解】2020年,县司法局…
const BARE_OFFICE = /(?<![\u3400-\u9fff])([省市县区州旗盟])(司法局|人民政府|政府)/g;
// 我镇 / 本街道 speak as a town or a street: a sub-unit's own text like a department's (本乡本土 is no town)
// (我场, 我公司: a state farm's or a state company's own 政府信息公开 report; 本场 is "this event")
const DEPARTMENT_SELF = /[我本](局|委|厅|办|中心|镇|乡(?!本土)|街道|公司|集团)(?![员会])|我场/g;

export interface SelfReference {
  /** level character -> how often the text speaks as that level */
  levels: Map<string, number>;
  government: number;
  department: number;
}

export function countSelfReference(text: string): SelfReference {
  const levels = new Map<string, number>();
  let government = 0;
  for (const re of [PLACE_SELF, BARE_OFFICE]) {
    for (const m of matchesOf(re, text)) {
      levels.set(m[1], (levels.get(m[1]) ?? 0) + 1);
      government++;
    }
  }
  const department = matchesOf(DEPARTMENT_SELF, text).length;
  return { levels, government, department };
}

/** The level character the text speaks as most, or null when it never does (or two tie). */
export function dominantLevel(self: SelfReference): string | null {
  let best: string | null = null;
  let bestCount = 0;
  let tie = false;
  for (const [level, n] of self.levels) {
    if (n > bestCount) {
      best = level;
      bestCount = n;
      tie = false;
    } else if (n === bestCount) {
      tie = true;
    }
  }
  return tie ? null : best;
}
