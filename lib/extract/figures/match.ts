import type { Quantity } from "./quantities";
import type { CountForm, CountRule, RateRule, Rule } from "./rules";
import type { Scope } from "../../indicators";

/**
 * Which catalogue keys a quantity could be, by the rule tables alone (no rejection yet).
 * A rate's name must stand right before its number; "A率及B率均为100%" gives the number to both.
 */

// what may stand between a rate's name and its number
// (败诉率下降至16.4%: the level reached; a change without 至 is rejected as a change)
// (出庭应诉率实现100%, 已达98%, 继续保持100%: how it stands, said with an adverb or 实现)
const LINK =
  "(?:均|都|分别|已|已经|继续|始终|一直|仍|仍然|持续)*(?:为|达|达到|是|实现|保持|保持在|稳定在|在|了|(?:下降|降低|降|提高|提升|上升|升|增长|增加|减少)(?:至|到))*:?";
const SHARED_VALUE = /(?:均|都)(?:为|达|达到|是|保持在?)?:?$/;

function topicHolds(topic: string | undefined, q: Quantity): boolean {
  return !topic || q.topic === topic;
}

// 人民调解委员会20家「律师事务所」: a noun right after the unit is what the number counts
const COUNTED_NOUN_AFTER = /^[\u4e00-\u9fff]{0,6}(?:事务所|中心|机构|组织|委员会|单位|部门|企业|平台|公司|人员|队伍)/;

// the words after a figure up to a breakdown of it (977件中直接纠错…, 118533人(其中专职…): what the
// breakdown names is a part, not what the figure counts
const BREAKDOWN = /^中|[(（]|其中/;

function ownTrail(trail: string): string {
  const m = BREAKDOWN.exec(trail);
  return m ? trail.slice(0, m.index) : trail;
}

function matchingForm(rule: CountRule, q: Quantity): CountForm | null {
  if (q.token.percent || !rule.units.includes(q.unit)) return null;
  if (rule.exclude && rule.exclude.test(q.lead + ownTrail(q.trail))) return null;
  for (const f of rule.forms) {
    if (f.lead && !f.lead.test(q.lead)) continue;
    if (f.trail ? !f.trail.test(q.trail) : !f.rest && COUNTED_NOUN_AFTER.test(q.trail)) continue;
    if (f.rest && !f.rest.test(q.clauseRest)) continue;
    if (f.sentence && !f.sentence.test(q.sentencePrefix)) continue;
    if (f.ahead && !f.ahead.test(q.ahead)) continue;
    if (topicHolds(f.topic, q)) return f;
  }
  return null;
}

const adjacentCache = new WeakMap<RegExp, RegExp>();

function adjacentTerm(term: RegExp): RegExp {
  let re = adjacentCache.get(term);
  if (!re) {
    re = new RegExp(`(?:${term.source})${LINK}$`);
    adjacentCache.set(term, re);
  }
  return re;
}

// 出庭应诉率由2020年的63.2%提升至95.1%: the rate's name stands before the level it started from
const FROM_LEVEL_TO = /由[^,;、]{0,12}?[\d.]+%(?:提升|提高|增加|上升|增长|下降|降低|减少)(?:至|到)$/;

function matchesRate(rule: RateRule, q: Quantity): boolean {
  if (!q.token.percent) return false;
  if (!topicHolds(rule.topic, q)) return false;
  if (rule.exclude && rule.exclude.test(q.lead)) return false;
  if (adjacentTerm(rule.term).test(q.lead)) return true;
  const from = FROM_LEVEL_TO.exec(q.clausePrefix);
  if (from && adjacentTerm(rule.term).test(q.clausePrefix.slice(0, from.index))) return true;
  // 出庭应诉率及法院生效判决履行率均为100%: every rate named in the lead shares the number
  return SHARED_VALUE.test(q.lead) && rule.term.test(q.lead);
}

export interface RuleMatch {
  rule: Rule;
  /** the words that named the figure stand in its own clause (not inherited from an earlier one) */
  namedInClause: boolean;
  /** the named noun follows the number (569名行政执法人员…) */
  usesTrail: boolean;
  /** the matching form's own default scope */
  defaultScope?: Scope;
}

export function matchingRules(q: Quantity, rules: readonly Rule[]): RuleMatch[] {
  const out: RuleMatch[] = [];
  for (const rule of rules) {
    if (rule.kind === "rate") {
      if (matchesRate(rule, q)) out.push({ rule, namedInClause: !rule.topic || q.leadTopics.size > 0, usesTrail: false });
      continue;
    }
    const form = matchingForm(rule, q);
    if (form) out.push({ rule, namedInClause: !form.topic || q.leadTopics.size > 0, usesTrail: Boolean(form.trail), defaultScope: form.defaultScope });
  }
  return out;
}
