import type { Quantity } from "./quantities";

/**
 * 行政机关负责人出庭应诉率、胜诉率分别为100%、95%; 承办人大代表建议和政协委员提案分别为128件和156件
 * (or 人大代表建议、政协委员提案128件、156件):
 * names listed before 分别, then as many figures in the same order. Each figure is read with its
 * own name as its lead, as if it stood alone. Only where the counts agree, the figures follow one
 * another with nothing but a list word between them, and all are rates or all counts in one unit;
 * anything else stays as it was (turned down as listed separately).
 */
const SEPARATELY = /分别(?:为|是|达|达到|有)?:?$/;
const LIST_WORD = /、|和|与|及/;
const BETWEEN = /^(?:、|和|与|及|以及)$/;
const MAX_ITEMS = 4;

function sameKind(a: Quantity, b: Quantity): boolean {
  return a.token.percent === b.token.percent && a.unit === b.unit;
}

export function alignListedSeparately(quantities: readonly Quantity[]): Quantity[] {
  const out = [...quantities];
  for (let i = 0; i < out.length; i++) {
    const first = out[i];
    // 共承办人大代表建议、政协委员提案128件、156件: the names, then the figures, without 分别
    const marker = SEPARATELY.exec(first.lead) ?? (LIST_WORD.test(first.lead) ? { index: first.lead.length } : null);
    if (!marker) continue;
    const run = [first];
    while (run.length < MAX_ITEMS) {
      const next = out[i + run.length];
      if (!next || next.clause !== first.clause || !BETWEEN.test(next.lead) || !sameKind(first, next)) break;
      run.push(next);
    }
    const names = first.lead.slice(0, marker.index).split(LIST_WORD);
    if (run.length < 2 || names.length !== run.length || names.some((n) => n.length === 0)) continue;
    run.forEach((q, k) => {
      // the last figure keeps the words after it; the others end at the list word
      out[i + k] = { ...q, lead: names[k], trail: k === run.length - 1 ? q.trail : "" };
    });
    i += run.length - 1;
  }
  return out;
}
