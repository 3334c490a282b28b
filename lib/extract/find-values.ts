import { getIndicator } from "../indicators";
import { splitSentences } from "./clauses";
import { rejectReason } from "./claim-filters";
import { INDICATOR_RULES, type IndicatorRule } from "./indicator-rules";
import { readNumber, readPercentWords, type ParsedNumber } from "./number-parse";
import { scopeMarker, scopeOfClaim } from "./scope-of-claim";
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
  const rest = text.slice(n.end, n.end + 40);
  if (viaPercentWords) return { unit: "%", rest };
  return { unit: rest, rest: rest.replace(/^(%|人次|[件名个场次条宗卷份人项家所起部位期本])(\(次\))?/, "") };
}

const REACHED = /^%?(提升|提高|上升|下降|降低|增加|减少|增长)(至|到)$/;
const UNIT_CHAR = /^[件名个场次条宗卷份人项家所起部位期本余多]/;

function matches(rule: IndicatorRule, unit: string, localBefore: string, sentenceBefore: string, rest: string, afterFigure: boolean): boolean {
  if (!rule.unit.test(unit)) return false;
  // what rules a key out is read in the nearest list item: "讲座、培训、宣传580余场" is 宣传's figure
  const nearest = localBefore.slice(localBefore.lastIndexOf("、") + 1);
  // a noun right after another figure is that figure's ("13家人民调解委员会20家律师事务所")
  const nounOfPrevious = rule.nounBefore && afterFigure && nearest === localBefore && UNIT_CHAR.test(nearest);
  const byBefore = !nounOfPrevious && rule.before.test(rule.nounBefore ? nearest : localBefore);
  const byAfter = rule.after ? rule.after.test(rest) : false;
  if (!byBefore && !byAfter) return false;
  if (rule.topic && !rule.topic.test(sentenceBefore + rest.slice(0, 8))) return false;
  if (rule.exclude && (rule.exclude.test(nearest) || (byAfter && !byBefore && rule.exclude.test(rest)))) return false;
  if (rule.excludeAfter?.test(rest)) return false;
  return true;
}

/** "出庭应诉率、复议决定履行率、法院生效判决履行率均为100%": every listed catalogue rate */
function sharedRates(localBefore: string, sentenceBefore: string, rest: string): IndicatorRule[] {
  const items = localBefore.replace(SHARED_FIGURE, "").split(/、|以及|及|和/);
  return INDICATOR_RULES.filter((r) => r.unit.test("%") && items.some((item) => matches(r, "%", item, sentenceBefore, rest, false)));
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
    // a sub-unit named as the subject holds for the rest of its sentence ("…调解室调解纠纷37件,成功率100%")
    let subUnitSubject = false;
    // a subject named in the sentence before holds only within its paragraph
    if (sentence.paragraph !== previousParagraph) previousSentence = "";
    for (const clause of sentence.clauses) {
      let localStart = clause.start;
      for (const n of numbersIn(text, clause.start, clause.end)) {
        const viaPercentWords = text.startsWith("百分之", n.start);
        const { unit, rest } = unitAfter(text, n, viaPercentWords);
        // "出庭应诉率由2020年的63.2%提升至95.1%": the measure word stands before 由
        const reached = REACHED.test(text.slice(localStart, n.start)) && /由[^,]*$/.test(text.slice(clause.start, n.start));
        const localBefore = reached ? text.slice(clause.start, n.start).replace(/由[^,]*$/, "") : text.slice(localStart, n.start);
        const afterFigure = localStart !== clause.start;
        localStart = n.end;
        const clauseBefore = text.slice(clause.start, n.start);
        const sentenceBefore = text.slice(sentence.start, n.start);
        const rules = INDICATOR_RULES.filter((r) => matches(r, unit, localBefore, sentenceBefore, rest, afterFigure));
        const chosen = unit.startsWith("%") && SHARED_FIGURE.test(localBefore) ? sharedRates(localBefore, sentenceBefore, rest) : rules.slice(0, 1);
        for (const rule of chosen) {
          const claim = toValue(original, rule, n, mapped, clause, previousSentence, clauseBefore, sentenceBefore);
          const reason =
            rejectReason({ localBefore, clauseBefore, sentenceBefore, after: rest, reportYear, key: rule.key }) ??
            (subUnitSubject && !scopeMarker(clauseBefore) ? "sub_unit" : null);
          if (reason === "sub_unit") subUnitSubject = true;
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

