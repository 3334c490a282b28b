import { existedIn, findPlaceNames, type Division } from "../../gazetteer";
import { matchesOf } from "../text/matches";
import { placeOfAddress, placeOfParentAndName, placeOfPath } from "./address-place";
import type { JurisdictionInput } from "./jurisdiction";
import { endsWithLevel, leadingPlace, type Candidate } from "./place-candidate";
import { placeMentions, type PlaceMention } from "./place-mentions";
import { dominantLevel } from "./self-reference";

// What names a page's place when its words name none in full: the organ that published it, the
// stem of a place at the level the text speaks as, the place its address names.

// stems that are also everyday words in these texts (公安局, 振兴发展, 市中级人民法院, 新华社, 会同有关部门,
// 畅通渠道和通道, 光明日报, 新兴产业, 政府信息公开平台)
const STEM_WORDS = new Set(["公安", "振兴", "市中", "和平", "新华", "城关", "长安", "开发", "高新", "新区", "中山", "人民", "平安", "安全", "文明", "和谐", "东方", "永安", "太平", "共和", "中华", "国家", "团结", "友谊", "建设", "会同", "通道", "光明", "新兴", "开平"]);

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

const NEXT_LABEL = /(?:发布时间|发布日期|发表时间|更新时间|时间|日期|作者|责任编辑|编辑|点击|浏览|访问).*$/;
const OTHER_SOURCE = /(?:局|委|院|人大|政协|中心|电视台|新闻网|日报|长安网)/;
const MEDIA = /(?:电视台|新闻网|日报|晚报|长安网|融媒体中心|新闻中心|网)/;

// a local outlet named by its place's stem (蒙城广播电视台, 运城长安网, 西安新闻网)
const OUTLET = /^(?:广播电视台|电视台|新闻网|日报|晚报|长安网|融媒体中心|新闻中心|发布)$/;

function outletPlace(organ: string, year: number | null): PlaceMention | null {
  const first = findPlaceNames(organ, { stems: true })[0];
  if (!first || first.start !== 0 || first.kind !== "stem" || STEM_WORDS.has(first.text) || !OUTLET.test(organ.slice(first.end))) return null;
  const divisions = first.entries.map((e) => e.division).filter((d) => d.code !== null && (year == null || existedIn(d, year)));
  return divisions.length > 0 ? { start: 0, end: first.end, text: first.text, divisions } : null;
}

/**
 * A page whose text names no place (我市八月份…): the place of the organ that published it, as its
 * metadata line says. After the body: a city's site reposts its counties' news.
 */
export function fromSource(input: JurisdictionInput): Candidate | null {
  for (const line of input.metaLines ?? []) {
    for (const m of matchesOf(SOURCE, line)) {
      // the line's next label, run on once the spaces are gone (蒙城广播电视台发布时间)
      const organ = m[1].replace(NEXT_LABEL, "");
      const mentions = placeMentions(organ, { stems: true, year: input.year });
      if (mentions.length === 0) {
        const outlet = outletPlace(organ, input.year);
        if (outlet) mentions.push(outlet);
        else continue;
      }
      if (/(?:司法局|司法厅|人民政府|政府|办公室|法制办|依法治)/.test(organ)) return leadingPlace(mentions);
      // another organ (某县人大, 某市中级人民法院) or a local outlet (蒙城广播电视台, 运城长安网): only when its
      // place is at the level the text speaks as (a province's paper never names a county's news); an
      // organ also when the text speaks as no level
      if (!OTHER_SOURCE.test(organ)) continue;
      const place = leadingPlace(mentions);
      const level = dominantLevel(input.selfReference);
      const media = MEDIA.test(organ);
      const atLevel = !place ? [] : level ? place.divisions.filter((d) => endsWithLevel(d, level)) : media ? [] : place.divisions;
      if (place && atLevel.length > 0) return { name: place.name, divisions: atLevel };
    }
  }
  return null;
}

/** Last: the place the page's address names (www.jianhu.gov.cn), when its words name none. */
export function fromAddress(input: JurisdictionInput): Candidate | null {
  const d = placeOfAddress(input.sourceUrl) ?? placeOfPath(input.sourceUrl) ?? placeOfParentAndName(input.sourceUrl);
  return d && (input.year == null || existedIn(d, input.year)) ? { name: d.name, divisions: [d] } : null;
}

