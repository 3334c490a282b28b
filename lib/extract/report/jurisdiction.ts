import { ancestorsOf, existedIn, type Division } from "../../gazetteer";
import { placeOfAddress, placeOfParentAndName, placesOfAddress, settledByAddress } from "./address-place";
import { fromAddress, fromSource, fromStems } from "./jurisdiction-fallbacks";
import { endsWithLevel, leadingPlace, type Candidate } from "./place-candidate";
import { countNamedDivisions, placeMentions } from "./place-mentions";
import { dominantLevel, type SelfReference } from "./self-reference";
import type { JurisdictionDetection, ResolvedJurisdiction } from "../types";

// The jurisdiction a report is ABOUT, in order of trust:
// 1. the title's issuer (庆阳市人民政府关于…, 中共XX区委 XX区人民政府…, 清远市清城区人民政府2024年…):
//    the first place named and the places under it that follow;
// 2. the signature at the end (XX县人民政府 above the date) when the title names no place;
// 3. the body: the place the text speaks as (我市/全县 give the level), named most often, and
//    first of all in the opening sentence — not merely the first place that appears, since reports
//    name their parents (在市委的领导下), their towns (定安县新竹镇) and places they learnt from;
// 4. when the words name no place in full: the page's publishing organ, a stem at the level the
//    text speaks as, the place its address names (jurisdiction-fallbacks.ts).
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


const REPORT_OF_PLACE = /^(?:人民政府|政府)?(?:19|20)\d{2}年度?[^。,\n]{0,24}?(?:报告|总结)/;

const OPENING_SUBJECT = /^((?:19|20)\d{2}年度?[,，、]?)/;
const SUBJECT_VERB = /^(?:人民政府|政府)?(?:坚持|以|始终|深入|全面|认真|紧紧|紧扣|紧紧围绕|围绕|聚焦|牢牢)/;

function fromBody(input: JurisdictionInput): Candidate | null {
  const body = input.bodyLines.join("\n");
  const mentions = placeMentions(body, { year: input.year });
  if (mentions.length === 0) return null;
  const opening = input.bodyLines.find((l) => l.length > 0) ?? "";
  const openingEnd = Math.min(opening.length, 60);

  // 现公布南昌市青山湖区人民政府2022年政府信息公开工作年度报告: the opening names the report's own place
  // with its year and kind, whatever higher offices the text goes on to serve (省委、省政府)
  for (const [i, m] of mentions.entries()) {
    const next = mentions[i + 1];
    if (m.start >= openingEnd || (next && next.start === m.end)) continue;
    if (REPORT_OF_PLACE.test(body.slice(m.end, m.end + 40))) return { name: m.text, divisions: m.divisions };
  }

  // 2024年,房山区坚持以…为指导 / 2020年,通州区以…: a body that opens on its year and a place as the subject of its
  // first sentence is that place's report, whatever places (北京市's plans, a 京冀 partner) it goes on to name
  const subject = OPENING_SUBJECT.exec(opening);
  if (subject) {
    const m = mentions.find((x) => x.start === subject[1].length);
    // (2023年,南宁市坚持… and then 马山县's work all through: the text is about the place below it it names most)
    const below = m ? mentions.filter((x) => x.divisions.some((d) => ancestorsOf(d).some((a) => m.divisions.includes(a)))).length : 0;
    const itself = m ? mentions.filter((x) => x.text === m.text).length : 0;
    if (m && SUBJECT_VERB.test(body.slice(m.end, m.end + 12)) && below <= itself) return { name: m.text, divisions: m.divisions };
  }

  const bySurface = new Map<string, { candidate: Candidate; score: number; first: number }>();
  for (const [i, m] of mentions.entries()) {
    // 深圳市坪山区法律援助中心: a parent written before its own child is the child's address, not a
    // place the text speaks of
    const next = mentions[i + 1];
    if (next && next.start === m.end && next.divisions.some((d) => ancestorsOf(d).some((a) => m.divisions.includes(a)))) continue;
    let entry = bySurface.get(m.text);
    if (!entry) {
      entry = { candidate: { name: m.text, divisions: m.divisions }, score: 0, first: m.start };
      bySurface.set(m.text, entry);
    }
    entry.score += 1;
    if (m.start < openingEnd) entry.score += 3;
    // the place an organ is named for (广西梧州市司法局, 深圳市福田区人民政府): the last of the chain
    if (/^(人民政府|政府|[省市县区州旗盟]委|司法局|司法厅|依法治)/.test(body.slice(m.end, m.end + 4))) entry.score += 2;
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

/** Settles a shared name by the parents the text names, then by the level it speaks as, then by its address. */
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
  const byAddress = settledByAddress(input.sourceUrl, pool);
  return byAddress ? [byAddress] : pool;
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

function speaksAsAddressPlace(input: JurisdictionInput, named: Division): ResolvedJurisdiction | null {
  const level = dominantLevel(input.selfReference);
  if (!level || named.name.endsWith(level)) return null;
  const site = placeOfAddress(input.sourceUrl) ?? placeOfParentAndName(input.sourceUrl);
  if (!site || !site.name.endsWith(level) || !ancestorsOf(site).includes(named)) return null;
  if (input.year != null && !existedIn(site, input.year)) return null;
  return toResolved(site.name, site);
}

export function detectJurisdiction(input: JurisdictionInput): JurisdictionDetection {
  const fromTitle = input.title ? leadingPlace(placeMentions(input.title, { stems: true, year: input.year })) : null;
  const fromHeading = fromTitle ?? fromSignature(input.tailLines, input.year);
  const candidate = fromHeading ?? fromBody(input) ?? fromSource(input) ?? fromStems(input) ?? fromAddress(input);
  if (!candidate) return { jurisdiction: null };

  const divisions = narrow(candidate.divisions, input);
  // a page of a place the text names below the one it names most (四川省…广元市利州区人民政府办公室 on
  // lzq.gov.cn): the address's place, when the text names it and it lies under the candidate; never
  // over a title's or signature's issuer (a city's notice reposted on its county's site)
  if (divisions.length === 1 && !fromHeading) {
    const below = placesOfAddress(input.sourceUrl).filter((d) => ancestorsOf(d).includes(divisions[0]));
    if (below.length > 0) {
      const named = placeMentions(input.bodyLines.join("\n"), { year: input.year }).filter((m) => m.divisions.some((d) => below.includes(d)));
      const places = new Set(named.flatMap((m) => m.divisions.filter((d) => below.includes(d))));
      if (places.size === 1) {
        const [d] = places;
        const resolved = toResolved(named[0].text, d);
        if (resolved) return { jurisdiction: resolved };
      }
    }
  }
  // 我县… on wuyi's site, the province named in passing (浙江省…): a text speaking as a county on a county's site
  // is that county's, when the place it names most lies above it
  if (divisions.length === 1 && !fromHeading) {
    const own = speaksAsAddressPlace(input, divisions[0]);
    if (own) return { jurisdiction: own };
  }
  if (divisions.length === 1) {
    const resolved = toResolved(candidate.name, divisions[0]);
    // a division newer than the data has no verified code: a person gives it
    if (resolved) return { jurisdiction: resolved };
    return { jurisdiction: null, ambiguous: { name: candidate.name, candidates: [] } };
  }
  const candidates = divisions.map((d) => toResolved(candidate.name, d)).filter((r): r is ResolvedJurisdiction => r !== null);
  return { jurisdiction: null, ambiguous: { name: candidate.name, candidates } };
}
