import { ancestorsOf, existedIn, findPlaceNames, isWithin, type Division } from "../../gazetteer";
import { matchesOf } from "../text/matches";
import { placeOfAddress } from "./address-place";
import { countNamedDivisions, placeMentions, type PlaceMention } from "./place-mentions";
import { dominantLevel, type SelfReference } from "./self-reference";
import type { JurisdictionDetection, ResolvedJurisdiction } from "../types";

// The jurisdiction a report is ABOUT, in order of trust:
// 1. the title's issuer (庆阳市人民政府关于…, 中共XX区委 XX区人民政府…, 清远市清城区人民政府2024年…):
//    the first place named and the places under it that follow;
// 2. the signature at the end (XX县人民政府 above the date) when the title names no place;
// 3. the body: the place the text speaks as (我市/全县 give the level), named most often, and
//    first of all in the opening sentence — not merely the first place that appears, since reports
//    name their parents (在市委的领导下), their towns (定安县新竹镇) and places they learnt from.
// A name several divisions share (鼓楼区 ×4) is settled by the parents the text names, then by the
// level it speaks as; otherwise it is returned as ambiguous with the candidates, never guessed.

export interface JurisdictionInput {
  /** normalized title, or null */
  title: string | null;
  /** normalized body lines after the title (metadata and site furniture left out) */
  bodyLines: string[];
  /** normalized last lines of the text */
  tailLines: string[];
  /** normalized text the parents and levels are counted in */
  supportText: string;
  /** the page's metadata lines (来源: 黄石市司法局, 发布机构: …) */
  metaLines?: string[];
  /** the address the page was published at, when known */
  sourceUrl?: string | null;
  year: number | null;
  selfReference: SelfReference;
}

interface Candidate {
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

// page footers name the site's owner, not the report's author
const SITE_FOOTER = /[:：]|主办|承办|版权|备案|技术支持|地址|电话|网站|网$/;
const SIGNATURE = /(人民政府|政府|[省市县区州旗盟]委|委员会|办公室|司法局)$/;

function fromSignature(tailLines: string[], year: number | null): Candidate | null {
  const last = tailLines.filter((l) => l.length > 0).slice(-12);
  for (let i = last.length - 1; i >= 0; i--) {
    const line = last[i].replace(/(?:19|20)\d{2}\s*年.*$/, "").trim();
    if (line.length === 0 || line.length > 30 || SITE_FOOTER.test(line)) continue;
    const mentions = placeMentions(line, { year });
    if (mentions.length > 0 && (SIGNATURE.test(line) || mentions[mentions.length - 1].end === line.length)) {
      return leadingPlace(mentions);
    }
  }
  return null;
}

function endsWithLevel(d: Division, level: string): boolean {
  return d.name.endsWith(level);
}

function fromBody(input: JurisdictionInput): Candidate | null {
  const body = input.bodyLines.join("\n");
  const mentions = placeMentions(body, { year: input.year });
  if (mentions.length === 0) return null;
  const opening = input.bodyLines.find((l) => l.length > 0) ?? "";
  const openingEnd = Math.min(opening.length, 60);

  const bySurface = new Map<string, { candidate: Candidate; score: number; first: number }>();
  for (const m of mentions) {
    let entry = bySurface.get(m.text);
    if (!entry) {
      entry = { candidate: { name: m.text, divisions: m.divisions }, score: 0, first: m.start };
      bySurface.set(m.text, entry);
    }
    entry.score += 1;
    if (m.start < openingEnd) entry.score += 3;
    if (/^(人民政府|政府|[省市县区州旗盟]委)/.test(body.slice(m.end, m.end + 4))) entry.score += 2;
  }

  let pool = [...bySurface.values()];
  const level = dominantLevel(input.selfReference);
  if (level) {
    const atLevel = pool
      .map((e) => ({ ...e, candidate: { ...e.candidate, divisions: e.candidate.divisions.filter((d) => endsWithLevel(d, level)) } }))
      .filter((e) => e.candidate.divisions.length > 0);
    if (atLevel.length > 0) {
      pool = atLevel;
    } else {
      // the text names only places below itself (its districts): the common parent at that level
      const implied = new Map<Division, number>();
      for (const e of pool) {
        for (const d of e.candidate.divisions) {
          for (const a of ancestorsOf(d)) if (endsWithLevel(a, level)) implied.set(a, (implied.get(a) ?? 0) + e.score);
        }
      }
      if (implied.size > 0) {
        pool = [...implied].map(([d, score]) => ({ candidate: { name: d.name, divisions: [d] }, score, first: 0 }));
      }
    }
  }
  pool.sort((a, b) => b.score - a.score || a.first - b.first);
  return pool[0]?.candidate ?? null;
}

// stems that are also everyday words in these texts (公安局, 振兴发展, 市中级人民法院, 新华社)
const STEM_WORDS = new Set(["公安", "振兴", "市中", "和平", "新华", "城关", "长安", "开发", "高新", "新区", "中山", "人民", "平安", "安全", "文明", "和谐", "东方", "永安", "太平", "共和", "中华", "国家", "团结", "友谊", "建设"]);

/**
 * A text that names its place only by a stem (考察上海, 为大连振兴发展, 宁海): the stem of a place at
 * the level the text speaks as (全市, 我县), when one such stem stands out. Never a stem that is an
 * everyday word, nor a place at another level.
 */
function fromStems(input: JurisdictionInput): Candidate | null {
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
function fromSource(input: JurisdictionInput): Candidate | null {
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
function fromAddress(input: JurisdictionInput): Candidate | null {
  const d = placeOfAddress(input.sourceUrl);
  return d && (input.year == null || existedIn(d, input.year)) ? { name: d.name, divisions: [d] } : null;
}

/** Settles a shared name by the parents the text names, then by the level it speaks as. */
function narrow(divisions: Division[], input: JurisdictionInput): Division[] {
  if (divisions.length <= 1) return divisions;
  const named = countNamedDivisions(input.supportText);
  // a parent all candidates share tells nothing; nor does a candidate that is another's parent
  // (吉林 is 吉林省 or 吉林市: the text naming 吉林 is no evidence for the city)
  const uninformative = new Set<Division>(divisions);
  for (const a of ancestorsOf(divisions[0])) if (divisions.every((d) => ancestorsOf(d).includes(a))) uninformative.add(a);
  const support = divisions.map((d) =>
    ancestorsOf(d)
      .filter((a) => !uninformative.has(a))
      .reduce((sum, a) => sum + (named.get(a) ?? 0), 0),
  );
  const best = Math.max(...support);
  const second = Math.max(0, ...support.filter((s) => s < best));
  let pool = divisions;
  if (best > 0) {
    const top = divisions.filter((_, i) => support[i] === best);
    // a clear lead settles it; a close one only drops the candidates the text never points to
    pool = top.length === 1 && best >= 2 * second ? top : divisions.filter((_, i) => support[i] > 0);
  }
  if (pool.length === 1) return pool;

  const level = dominantLevel(input.selfReference);
  if (level) {
    const atLevel = pool.filter((d) => endsWithLevel(d, level));
    if (atLevel.length === 1) return atLevel;
  }
  return pool;
}

export function toResolved(name: string, division: Division): ResolvedJurisdiction | null {
  if (division.code === null) return null;
  return {
    name,
    officialName: division.name,
    level: division.level,
    code: division.code,
    parents: ancestorsOf(division).map((a) => ({ code: a.code!, name: a.name, level: a.level })),
  };
}

export function detectJurisdiction(input: JurisdictionInput): JurisdictionDetection {
  const fromTitle = input.title ? leadingPlace(placeMentions(input.title, { stems: true, year: input.year })) : null;
  const candidate = fromTitle ?? fromSignature(input.tailLines, input.year) ?? fromBody(input) ?? fromSource(input) ?? fromStems(input) ?? fromAddress(input);
  if (!candidate) return { jurisdiction: null };

  const divisions = narrow(candidate.divisions, input);
  if (divisions.length === 1) {
    const resolved = toResolved(candidate.name, divisions[0]);
    // a division newer than the data has no verified code: a person gives it
    if (resolved) return { jurisdiction: resolved };
    return { jurisdiction: null, ambiguous: { name: candidate.name, candidates: [] } };
  }
  const candidates = divisions.map((d) => toResolved(candidate.name, d)).filter((r): r is ResolvedJurisdiction => r !== null);
  return { jurisdiction: null, ambiguous: { name: candidate.name, candidates } };
}
