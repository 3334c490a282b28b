import { existedIn, findPlaceNames, type Division } from "../../gazetteer";
import { matchesOf } from "../text/matches";
import { placeOfAddress, placeOfPath } from "./address-place";
import type { JurisdictionInput } from "./jurisdiction";
import { endsWithLevel, leadingPlace, type Candidate } from "./place-candidate";
import { placeMentions } from "./place-mentions";
import { dominantLevel } from "./self-reference";

// What names a page's place when its words name none in full: the organ that published it, the
// stem of a place at the level the text speaks as, the place its address names.

// stems that are also everyday words in these texts (公安局, 振兴发展, 市中级人民法院, 新华社)
const STEM_WORDS = new Set(["公安", "振兴", "市中", "和平", "新华", "城关", "长安", "开发", "高新", "新区", "中山", "人民", "平安", "安全", "文明", "和谐", "东方", "永安", "太平", "共和", "中华", "国家", "团结", "友谊", "建设"]);

/**
 * A text that names its place only by a stem (考察上海, 为大连振兴发展, 宁海): the stem of a place at
 * the level the text speaks as (全市, 我县), when one such stem stands out. Never a stem that is an
 * everyday word, nor a place at another level.
 */
export function fromStems(input: JurisdictionInput): Candidate | null {
  const level = dominantLevel(input.selfReference);
  if (!level) return null;
  const counts = new Map<Division, { name: string; n: number; apart: boolean }>();
  const body = input.bodyLines.join("\n");
  for (const m of findPlaceNames(body, { stems: true })) {
    if (m.kind !== "stem" || STEM_WORDS.has(m.text)) continue;
    const atLevel = m.entries.map((e) => e.division).filter((d) => endsWithLevel(d, level) && (input.year == null || existedIn(d, input.year)));
    if (atLevel.length !== 1) continue;
    const entry = counts.get(atLevel[0]) ?? { name: m.text, n: 0, apart: false };
    entry.n++;
    // 为大连振兴: after a word boundary or a preposition, not inside a word (最大化, 扩大化)
    entry.apart ||= m.start === 0 || !/[\u3400-\u9fff]/.test(body[m.start - 1]) || /[为在对到赴的和与及、]/.test(body[m.start - 1]);
    counts.set(atLevel[0], entry);
  }
  // a stem met once inside other words may be a piece of them: once apart, or more than once
  const ranked = [...counts].filter(([, e]) => e.apart || e.n > 1).sort((a, b) => b[1].n - a[1].n);
  if (ranked.length === 0 || (ranked.length > 1 && ranked[1][1].n === ranked[0][1].n)) return null;
  return { name: ranked[0][1].name, divisions: [ranked[0][0]] };
}

// 来源:黄石市司法局, 发布机构:XX区人民政府: the organ that published the page
const SOURCE = /(?:信息来源|来源|发布机构|发文机关|发布单位)\s*[:：]\s*([^\s|:：]{2,30})/g;

/**
 * A page whose text names no place (我市八月份…): the place of the organ that published it, as its
 * metadata line says. After the body: a city's site reposts its counties' news.
 */
export function fromSource(input: JurisdictionInput): Candidate | null {
  for (const line of input.metaLines ?? []) {
    for (const m of matchesOf(SOURCE, line)) {
      const organ = m[1];
      if (!/(?:司法局|司法厅|人民政府|政府|办公室|法制办|依法治)/.test(organ)) continue;
      const mentions = placeMentions(organ, { stems: true, year: input.year });
      if (mentions.length > 0) return leadingPlace(mentions);
    }
  }
  return null;
}

/** Last: the place the page's address names (www.jianhu.gov.cn), when its words name none. */
export function fromAddress(input: JurisdictionInput): Candidate | null {
  const d = placeOfAddress(input.sourceUrl) ?? placeOfPath(input.sourceUrl);
  return d && (input.year == null || existedIn(d, input.year)) ? { name: d.name, divisions: [d] } : null;
}

