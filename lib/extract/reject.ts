import type { Quantity } from "./quantities";
import { subUnitIn } from "./subunit";

/**
 * Reasons a figure that looks like an indicator is not this year's achievement for the whole
 * jurisdiction. Each test reads the words before the number within its clause or sentence; the
 * first reason found is kept so a reviewer can see why a figure was left out.
 */
export type RejectReason =
  | "ordinal"
  | "target"
  | "change"
  | "cumulative"
  | "other_year"
  | "subtotal"
  | "sub_unit"
  | "topical_subset"
  | "lower_bound"
  | "listed_separately";

export interface YearContext {
  /** the year the report is about, when known */
  year: number | null;
}

// 确保了 is an achievement; 要 only as a modal (要达到, 要完成), not inside 重要/主要/需要
const TARGET_IN_CLAUSE =
  /确保(?!了)|力争|争取|目标|预计|不低于|不少于|至少|每年|每季度|每半年|每月|每周|应当|必须|(?<![重主需纪首只必摘提])要(?=[达实完做确在])|将(?=[达实完力])|计划(?=[在到于])/;
const TARGET_IN_SENTENCE = /力争|争取|目标(?:是|为)|预计|计划(?:到|于|在)(?:20)?\d/;
const CHANGE = /同比|环比|较上年|较去年|比上年|比去年|较20\d\d|比20\d\d|增长|增加|减少|下降|上升|降低|提高|提升|增幅|降幅|翻番|增至|降至/;
const CUMULATIVE = /累计|近[一二三两四五六七八九十\d]+年|[一二三两四五六七八九十\d]+年来|历年|多年来|以来|截至目前|迄今|至今|总计历/;
const THIS_YEAR_CUMULATIVE = /(?:全年|今年|本年度?|当年|年内|年度)累计|(?:今年|本年|年初)以来/g;
const PREVIOUS_YEAR = /上年|去年|上一年|前年/;
const YEAR_MENTION = /(?<![\d—\-~至到])((?:19|20)\d{2})(?:年)(?!\d)/g;
const SUBTOTAL = /其中(?!(?:本年度?|今年|当年|全年|年内|新|(?:19|20)\d{2}年))/;
const TOPICAL_SUBSET = /疫情|涉疫|防疫|抗疫|新冠/;

function lastYear(text: string): number | null {
  let year: number | null = null;
  for (const m of text.matchAll(YEAR_MENTION)) year = Number(m[1]);
  return year;
}

function isCumulative(prefix: string, year: number | null): boolean {
  const own = year === null ? "" : `|${year}年(?:初)?以来|${year}年(?:度)?累计`;
  const cleared = prefix.replace(THIS_YEAR_CUMULATIVE, "").replace(own ? new RegExp(own.slice(1), "g") : /$^/, "");
  return CUMULATIVE.test(cleared);
}

/** 其中 in an earlier clause still governs a later one, until a clause brings its own topic */
function underSubtotal(q: Quantity, text: string): boolean {
  if (SUBTOTAL.test(q.clausePrefix)) return true;
  const before = text.slice(q.sentence.start, q.clause.start);
  return SUBTOTAL.test(before) && q.leadTopics.size === 0;
}

export function rejectReason(q: Quantity, text: string, ctx: YearContext, allowsPreviousYear: boolean): RejectReason | null {
  if (q.token.ordinal) return "ordinal";
  if (TARGET_IN_CLAUSE.test(q.clausePrefix) || TARGET_IN_SENTENCE.test(q.sentencePrefix)) return "target";
  if (q.token.percent && q.atLeast) return "lower_bound";
  if (CHANGE.test(q.lead) || /^个?百分点/.test(text.slice(q.token.end, q.token.end + 4))) return "change";
  if (/分别/.test(q.lead)) return "listed_separately";
  if (isCumulative(q.sentencePrefix, ctx.year)) return "cumulative";
  if (!allowsPreviousYear && PREVIOUS_YEAR.test(q.clausePrefix)) return "other_year";
  const mentioned = lastYear(q.sentencePrefix);
  if (ctx.year !== null && mentioned !== null && mentioned !== ctx.year) return "other_year";
  if (underSubtotal(q, text)) return "subtotal";
  if (TOPICAL_SUBSET.test(q.sentenceSubject) || TOPICAL_SUBSET.test(q.clausePrefix)) return "topical_subset";
  if (subUnitIn(q.clausePrefix) || (q.clauseIndex > 0 && subUnitIn(q.sentenceSubject))) return "sub_unit";
  return null;
}
