import type { Scope } from "../../indicators";
import type { Candidate } from "./candidates";
import type { ExtractionWarning } from "../types";

/**
 * From accepted candidates to one value per key and scope. The same figure stated twice is one
 * value; two different figures for one key and scope are a conflict: neither is kept, and a
 * warning lists both for a person to decide — unless the report's own counts and rate show which
 * one it meant (排查18020 vs 调解…: the one whose resolved/disputes matches the stated rate).
 */
export interface ResolvedValue extends Candidate {
  derived: boolean;
}

const slot = (key: string, scope: Scope) => `${key}@${scope}`;

const MAX_CHOICES = 8;

// the words a candidate came from, short enough for a message
const clip = (words: string) => (words.length > 24 ? `…${words.slice(-24)}` : words);

function describe(c: Candidate): string {
  return `${c.approx ? "约" : ""}${c.value}${c.unit === "%" ? "%" : c.unit}`;
}

function consistentDisputes(options: Candidate[], byslot: Map<string, Candidate[]>, scope: Scope): Candidate | null {
  const resolved = byslot.get(slot("mediation.resolved", scope));
  const rate = byslot.get(slot("mediation.success_rate", scope));
  if (resolved?.length !== 1 || rate?.length !== 1) return null;
  const fits = options.filter((d) => d.value > 0 && Math.abs((resolved[0].value / d.value) * 100 - rate[0].value) < 0.05);
  return fits.length === 1 ? fits[0] : null;
}

/**
 * The same figure said twice, once with whose it is (全省各级…共收到2371件) and once without (a
 * headline: 陕西省去年收到行政复议申请2371件): one figure, at the scope that was said.
 */
function withoutUnnamedRepeats(accepted: readonly Candidate[]): Candidate[] {
  const named = new Set(accepted.filter((c) => c.scopeNamed).map((c) => `${c.key}|${c.value}|${c.scope}`));
  const namedElsewhere = (c: Candidate) => (["area", "own"] as const).some((s) => s !== c.scope && named.has(`${c.key}|${c.value}|${s}`));
  return accepted.filter((c) => c.scopeNamed || !namedElsewhere(c));
}

// 各类人民调解组织188个。其中,人民调解委员会161个: the organisations counted as committees only
// where the text counts no committees as such (docs/indicators.md)
const ORGANISATIONS = /调解组织$/;
const COMMITTEES = /(?:调解委员会|调委会)$|^\d[\d.,万]*个(?:基层)?(?:人民调解委员会|调委会)/;

function committeesOverOrganisations(accepted: Candidate[], found: readonly Candidate[], evidence: (c: Candidate) => string): Candidate[] {
  const noun = (c: Candidate) => evidence(c).replace(/[\d.,万余多]*个$/, "");
  const committees = (c: Candidate) => c.key === "mediation.committees";
  // any count of committees as such, even one given as a part (其中,人民调解委员会161个)
  if (!found.some((c) => committees(c) && COMMITTEES.test(noun(c)))) return accepted;
  return accepted.filter((c) => !(committees(c) && ORGANISATIONS.test(noun(c))));
}

// 通过硚口信息网向社会主动公开信息10033条, 通过政务微博…70条: one channel's count, where the text
// also gives the year's total (全年主动公开政府信息10178条)
const THROUGH_CHANNEL = /通过[^,;。]{0,16}(?:网|微博|微信|新媒体|公众号|客户端|平台|报刊|电视|广播|公开栏|媒体)/;

function totalOverChannels(accepted: Candidate[], evidence: (c: Candidate) => string): Candidate[] {
  const disclosures = (c: Candidate) => c.key === "transparency.disclosures";
  const channel = (c: Candidate) => THROUGH_CHANNEL.test(evidence(c));
  if (!accepted.some((c) => disclosures(c) && !channel(c))) return accepted;
  return accepted.filter((c) => !(disclosures(c) && channel(c)));
}

// 门户网站共发布信息24055条 is the year's disclosures only where the text counts nothing as 公开 (主动公开政府
// 信息12917条 beside 发布信息500余条: what was released somewhere is one part of what was disclosed)
export const DISCLOSED = /公开/;

// (截至2023年底,累计主动公开政府信息64627条 turned down as several years' still says the text counts what is 公开:
// the year's release count beside it is no more the year's disclosures)
function disclosedOverReleased(accepted: Candidate[], found: readonly Candidate[], evidence: (c: Candidate) => string): Candidate[] {
  const disclosures = (c: Candidate) => c.key === "transparency.disclosures";
  // (发布信息14742条,其中政务公开信息10151条: a 公开 count given as a part of the release count is one of its columns)
  if (!found.some((c) => disclosures(c) && c.rejected !== "subtotal" && DISCLOSED.test(evidence(c)))) return accepted;
  return accepted.filter((c) => !(disclosures(c) && !DISCLOSED.test(evidence(c))));
}

// 公开政府信息11314条,在要闻栏目发布信息1156条,财政预决算栏目发布信息247条,…: a figure that the same sentence
// goes on to break down into smaller ones of its key (two or more, together no more than it) is their total; the
// parts are not the key's value, whatever scope their own words give them. The total is looked for among every
// candidate, kept or not: a total turned down (累计 since some year) still makes the rest its parts.
function totalOverItsParts(accepted: Candidate[], found: readonly Candidate[]): Candidate[] {
  const parts = new Set<Candidate>();
  const bySentence = new Map<string, Candidate[]>();
  for (const c of found) {
    if (c.sentenceIndex < 0) continue;
    const at = `${c.sentenceIndex}|${c.key}`;
    const list = bySentence.get(at);
    if (list) list.push(c);
    else bySentence.set(at, [c]);
  }
  const sum = (list: readonly Candidate[]) => list.reduce((n, c) => n + c.value, 0);
  for (const list of bySentence.values()) {
    const [total, ...rest] = list.sort((a, b) => a.start - b.start);
    if (total.unit === "%") continue;
    // (县政府本级主动公开…1200条 beside 全县…5000条: the government's own figure is no part of the area's total, a
    // figure of another scope is a value of its own)
    const sameScope = rest.filter((c) => c.scope === total.scope);
    if (sameScope.length >= 2 && sameScope.every((c) => c.value < total.value) && sum(sameScope) <= total.value) for (const c of sameScope) parts.add(c);
    // 全县累计公开政府信息21597条。县政府网公开7055条,…部门和镇(街道)共公开14542条: the next sentence's figures of
    // the key that add up to it exactly are its parts
    const next = bySentence.get(`${total.sentenceIndex + 1}|${total.key}`);
    if (rest.length === 0 && next && next.length >= 2 && sum(next) === total.value) for (const c of next) parts.add(c);
  }
  return parts.size === 0 ? accepted : accepted.filter((c) => !parts.has(c));
}

/**
 * `found`: every candidate, kept or not (a count given as a part still says what the text counts);
 * `evidence`: the words of a candidate's span.
 */
// 行政机关总败诉率为14.2%, 综合纠错率20.1%, 全年共…: of figures that disagree, the one stated as
// the total (the catalogue: 综合纠错率 is the correction rate)
const TOTAL_MARK = /(?:总|综合)[\u4e00-\u9fff]{0,4}率|全年共|合计|共计|总计|总数/;

// 共受理…59件 beside 新收到…47件: the year's new ones, the count the national format asks for, not
// a figure that takes in last year's carried over (the received keys only)
const NEW_THIS_YEAR_KEYS = /^(?:transparency\.requests|reconsideration\.received)$/;
const NEW_THIS_YEAR = /新收|本年新|本年度新/;

// 共收到政府信息公开申请27件,依法办理…25件,结转下年度2件: the requests received are the year's requests (docs/indicators.md),
// what was handled or answered of them an outcome
const REQUESTS_RECEIVED = /收到|新收|接收|受理/;
const REQUESTS_HANDLED = /办理|办结|答复|处理/;

// 区政府收到行政复议申请281件 beside a figure that is the government's only by default: the one
// whose clause names the government (or 本级) as its subject is the government's own
const GOVERNMENT_NAMED = /本级|[省市区县州](?:人民)?政府/;
// 全年…, 本年度…, 2023年全市…: the one said to be the year's, beside figures of a channel, a campaign or a
// part that no word marked
const WHOLE_YEAR = /全年|本年度?|(?:19|20)\d{2}年度?,?(?:全|共|我)/;
// 主动公开各类政府信息3925条 beside 公开公共资源配置信息79条: information of every kind, beside one kind
const ALL_KINDS = /各类(?:政府)?信息/;
// reviews are told by kind of thing reviewed (规范性文件639件, 决策685件, 协议8963件): a subject or a
// year named with one kind does not make it the total
const LISTED_BY_KIND = /^legality_review\./;

/** a resolver's warning: the candidates that disagree ride along, in reading-copy offsets */
export type ResolverWarning = ExtractionWarning & { conflicting?: Candidate[] };

export function resolveCandidates(
  all: readonly Candidate[],
  evidence: (c: Candidate) => string = () => "",
  found: readonly Candidate[] = all,
): { values: ResolvedValue[]; warnings: ResolverWarning[] } {
  const accepted = disclosedOverReleased(
    totalOverChannels(committeesOverOrganisations(totalOverItsParts(withoutUnnamedRepeats(all), found), found, evidence), evidence),
    found,
    evidence,
  );
  const byslot = new Map<string, Candidate[]>();
  const seen = new Set<string>();
  for (const c of accepted) {
    const at = slot(c.key, c.scope);
    const list = byslot.get(at) ?? [];
    // the same figure said again (a summary and its detail) is one value: keep the first
    if (!seen.has(`${at}|${c.value}`)) list.push(c);
    seen.add(`${at}|${c.value}`);
    byslot.set(at, list);
  }
  const values: ResolvedValue[] = [];
  const warnings: ResolverWarning[] = [];
  for (const list of byslot.values()) {
    const { key, scope } = list[0];
    if (list.length === 1) {
      values.push({ ...list[0], derived: false });
      continue;
    }
    // a person reads the first few; a text with hundreds of figures for one key says how many more
    const shown = list.slice(0, MAX_CHOICES);
    const stated = shown.map((c) => `${describe(c)}(${clip(evidence(c))})`).join(" / ") + (list.length > MAX_CHOICES ? ` … (+${list.length - MAX_CHOICES})` : "");
    const consistent = key === "mediation.disputes" ? consistentDisputes(list, byslot, scope) : null;
    // in order: the one stated as the total, the year's new ones, the one naming the government
    const preferences: [Candidate[], string][] = [
      [list.filter((c) => TOTAL_MARK.test(evidence(c))), "取表述为总数的 … Several values; kept the one stated as the total."],
      [
        NEW_THIS_YEAR_KEYS.test(key) ? list.filter((c) => NEW_THIS_YEAR.test(evidence(c))) : [],
        "取本年新收的 … Several values; kept the one new this year (not taking in last year's carried over).",
      ],
      [
        key === "transparency.requests" ? list.filter((c) => REQUESTS_RECEIVED.test(evidence(c)) && !REQUESTS_HANDLED.test(evidence(c))) : [],
        "取收到的申请数 … Several values; kept the requests received (the year's requests), not those handled or answered.",
      ],
      [
        scope === "own" && !LISTED_BY_KIND.test(key) ? list.filter((c) => GOVERNMENT_NAMED.test(evidence(c))) : [],
        "取写明政府本身的 … Several values; kept the one whose clause names the government itself.",
      ],
      [LISTED_BY_KIND.test(key) ? [] : list.filter((c) => WHOLE_YEAR.test(evidence(c))), "取写明全年的 … Several values; kept the one said to be the whole year's."],
      [
        key === "transparency.disclosures" ? list.filter((c) => ALL_KINDS.test(evidence(c))) : [],
        "取写明各类信息的 … Several values; kept the one counting information of every kind.",
      ],
    ];
    const preferred = preferences.find(([fits]) => fits.length === 1);
    const chosen = consistent ?? preferred?.[0][0] ?? null;
    if (chosen) {
      values.push({ ...chosen, derived: false });
      const why = consistent ? "按调解成功数与成功率取 … Several values; kept the one consistent with the stated success rate." : preferred![1];
      warnings.push({
        code: "conflicting_values_resolved",
        message: `${key}(${scope}) 有多个数值 ${stated},${why.replace("…", describe(chosen) + "。")}`,
        keys: [key],
        conflicting: shown,
      });
      continue;
    }
    warnings.push({
      code: "conflicting_values",
      message: `${key}(${scope}) 有多个不同数值 ${stated},均未采用,请人工确认。Different values for one indicator and scope; none was kept: pick one.`,
      keys: [key],
      conflicting: shown,
    });
  }
  return { values: values.sort((a, b) => a.start - b.start), warnings };
}
