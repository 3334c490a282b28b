import type { Quantity } from "./quantities";
import type { CountRule, RateRule, Rule } from "./rules";

/**
 * Which catalogue keys a quantity could be, by the rule tables alone (no rejection yet).
 * A rate's name must stand right before its number; "A率及B率均为100%" gives the number to both.
 */

// what may stand between a rate's name and its number
const LINK = "(?:均|都|分别)?(?:为|达|达到|是|保持|保持在|稳定在|在|了)*:?";
const SHARED_VALUE = /(?:均|都)(?:为|达|达到|是|保持在?)?:?$/;

function topicHolds(topic: string | undefined, q: Quantity): boolean {
  return !topic || q.topic === topic;
}

function matchesCount(rule: CountRule, q: Quantity): boolean {
  if (q.token.percent || !rule.units.includes(q.unit)) return false;
  const formMatches = rule.forms.some(
    (f) => (!f.lead || f.lead.test(q.lead)) && (!f.trail || f.trail.test(q.trail)) && topicHolds(f.topic, q),
  );
  if (!formMatches) return false;
  return !rule.exclude || !rule.exclude.test(q.lead + q.trail);
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

function matchesRate(rule: RateRule, q: Quantity): boolean {
  if (!q.token.percent) return false;
  if (!topicHolds(rule.topic, q)) return false;
  if (rule.exclude && rule.exclude.test(q.lead)) return false;
  if (adjacentTerm(rule.term).test(q.lead)) return true;
  // 出庭应诉率及法院生效判决履行率均为100%: every rate named in the lead shares the number
  return SHARED_VALUE.test(q.lead) && rule.term.test(q.lead);
}

export function matchingRules(q: Quantity, rules: readonly Rule[]): Rule[] {
  return rules.filter((r) => (r.kind === "count" ? matchesCount(r, q) : matchesRate(r, q)));
}
