import { getIndicator } from "../indicators";
import { splitSentences } from "./clauses";
import { rejectReason } from "./claim-filters";
import { INDICATOR_RULES, type IndicatorRule } from "./indicator-rules";
import { readNumber, readPercentWords, type ParsedNumber } from "./number-parse";
import { scopeOfClaim } from "./scope-of-claim";
import { mapText, originalSpan, type MappedText } from "./text-map";
import type { ExtractedValue } from "./types";

export interface RejectedClaim {
  key: string;
  value: number;
  reason: string;
  evidence: string;
}

const NUMERAL_START = /[\d零〇一二两三四五六七八九十百千]/;
const INSIDE_NUMBER = /[\d.,零〇一二两三四五六七八九十百千万亿点]/;
// "行政机关负责人出庭应诉率及法院生效判决履行率均为100%": one figure, several rates
const SHARED_FIGURE = /均为|均达|均是|均保持|都达到|均实现/;

function* numbersIn(text: string, from: number, to: number): Generator<ParsedNumber> {
  for (let i = from; i < to; i++) {
    if (!NUMERAL_START.test(text[i]) && !text.startsWith("百分之", i)) continue;
    if (i > from && INSIDE_NUMBER.test(text[i - 1])) continue;
    const n = readPercentWords(text, i) ?? readNumber(text, i);
    if (!n || n.end > to + 4) continue;
    yield n;
    i = n.end - 1;
  }
}

function unitAfter(text: string, n: ParsedNumber, viaPercentWords: boolean): { unit: string; rest: string } {
  const rest = text.slice(n.end, n.end + 16);
  if (viaPercentWords) return { unit: "%", rest };
  return { unit: rest, rest: rest.replace(/^(%|人次|[件名个场次条宗卷份人项家所起部位期本])(\(次\))?/, "") };
}

const UNIT_CHAR = /^[件名个场次条宗卷份人项家所起部位期本余多]/;

function matches(rule: IndicatorRule, unit: string, localBefore: string, sentenceBefore: string, rest: string, afterFigure: boolean): boolean {
  if (!rule.unit.test(unit)) return false;
  const nounOfPrevious = rule.nounBefore && afterFigure && UNIT_CHAR.test(localBefore);
  const byBefore = !nounOfPrevious && rule.before.test(localBefore);
  const byAfter = rule.after ? rule.after.test(rest) : false;
  if (!byBefore && !byAfter) return false;
  if (rule.topic && !rule.topic.test(sentenceBefore + rest.slice(0, 8))) return false;
  if (rule.exclude && (rule.exclude.test(localBefore) || (byAfter && !byBefore && rule.exclude.test(rest)))) return false;
  return true;
}

/** Every catalogue figure in a report text with its scope and evidence, and the figures turned down. */
export function findValues(original: string, reportYear: number | null): { values: ExtractedValue[]; rejected: RejectedClaim[] } {
  const mapped = mapText(original);
  const { text } = mapped;
  const values: ExtractedValue[] = [];
  const rejected: RejectedClaim[] = [];
  let previousSentence = "";
  let previousParagraph = -1;
  for (const sentence of splitSentences(text)) {
    // a subject named in the sentence before holds only within its paragraph
    if (sentence.paragraph !== previousParagraph) previousSentence = "";
    for (const clause of sentence.clauses) {
      let localStart = clause.start;
      for (const n of numbersIn(text, clause.start, clause.end)) {
        const viaPercentWords = text.startsWith("百分之", n.start);
        const { unit, rest } = unitAfter(text, n, viaPercentWords);
        const localBefore = text.slice(localStart, n.start);
        const afterFigure = localStart !== clause.start;
        localStart = n.end;
        const clauseBefore = text.slice(clause.start, n.start);
        const sentenceBefore = text.slice(sentence.start, n.start);
        const rules = INDICATOR_RULES.filter((r) => matches(r, unit, localBefore, sentenceBefore, rest, afterFigure));
        const chosen = rules.length > 1 && unit.startsWith("%") && SHARED_FIGURE.test(localBefore) ? rules : rules.slice(0, 1);
        for (const rule of chosen) {
          const claim = toValue(original, rule, n, mapped, clause, previousSentence, clauseBefore, sentenceBefore);
          const reason = rejectReason({ localBefore, clauseBefore, sentenceBefore, after: rest, reportYear, key: rule.key });
          if (reason) rejected.push({ key: rule.key, value: claim.value, reason, evidence: claim.evidence });
          else values.push(claim);
        }
      }
    }
    previousSentence = sentence.text;
    previousParagraph = sentence.paragraph;
  }
  return { values, rejected };
}

function toValue(
  original: string,
  rule: IndicatorRule,
  n: ParsedNumber,
  mapped: MappedText,
  clause: { start: number; end: number },
  previousSentence: string,
  clauseBefore: string,
  sentenceBefore: string,
): ExtractedValue {
  const def = getIndicator(rule.key)!;
  const span = originalSpan(mapped, clause.start, clause.end);
  const scope = scopeOfClaim(
    { clause: clauseBefore, sentence: sentenceBefore, previous: previousSentence },
    def.defaultScope,
    rule.scopeFromClauseOnly ?? false,
  );
  return {
    key: rule.key,
    value: n.value,
    unit: def.unit,
    scope,
    approx: n.approx,
    derived: false,
    evidence: original.slice(span.start, span.end),
    start: span.start,
    end: span.end,
  };
}

