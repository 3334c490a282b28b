import type { NumberToken } from "./numbers";
import type { Sentence, Span } from "./sentences";
import { topicAt, topicsWithin, type TopicId, type TopicMention } from "./topics";

/**
 * A number with its unit and the words around it inside its clause: the `lead` (back to the
 * previous counted quantity or the clause start) and the `trail` (up to the next list item or
 * number). Rules look only at these, so each test reads a few dozen characters.
 */
export interface Quantity {
  token: NumberToken;
  unit: string;
  /** end of the unit (or of the number when the noun is the unit: 221案卷) */
  unitEnd: number;
  approx: boolean;
  /** "以上" after the unit: a lower bound */
  atLeast: boolean;
  lead: string;
  leadStart: number;
  trail: string;
  trailEnd: number;
  clause: Span;
  clauseIndex: number;
  sentence: Sentence;
  /** clause start to the number (at most PREFIX_CAP characters) */
  clausePrefix: string;
  /** sentence start to the number (at most PREFIX_CAP characters) */
  sentencePrefix: string;
  /** the sentence's opening clause, where its subject usually stands */
  sentenceSubject: string;
  topic: TopicId | null;
  leadTopics: Set<TopicId>;
}

const PREFIX_CAP = 120;
const LEAD_CAP = 40;
const TRAIL_CAP = 24;

// longest first: 场次 before 场, 人次 before 人
const UNITS = ["件次", "人次", "场次", "件", "条", "名", "个", "场", "次", "宗", "卷", "份", "人", "项", "家", "起", "位", "期", "篇", "户", "册", "元", "批", "部", "所", "处"];
const COUNTED = new Set(UNITS);
const NOUN_AS_UNIT = /^(?:案卷|卷宗)/;

function readUnit(text: string, at: number): { unit: string; end: number } {
  if (NOUN_AS_UNIT.test(text.slice(at, at + 2))) return { unit: "卷", end: at };
  for (const u of UNITS) if (text.startsWith(u, at)) return { unit: u, end: at + u.length };
  return { unit: "", end: at };
}

function isCounted(q: { unit: string; token: NumberToken }): boolean {
  return q.token.percent || COUNTED.has(q.unit);
}

function capStart(from: number, to: number, cap: number): number {
  return Math.max(from, to - cap);
}

/** The quantities of one sentence; `tokens` are the numbers inside it, in order. */
export function quantitiesOf(text: string, sentence: Sentence, tokens: NumberToken[], mentions: readonly TopicMention[]): Quantity[] {
  const out: Quantity[] = [];
  const firstClause = sentence.clauses[0] ?? sentence;
  const sentenceSubject = text.slice(firstClause.start, Math.min(firstClause.end, firstClause.start + PREFIX_CAP));
  sentence.clauses.forEach((clause, clauseIndex) => {
    const inClause = tokens.filter((t) => t.start >= clause.start && t.end <= clause.end);
    let boundary = clause.start;
    inClause.forEach((token, k) => {
      const { unit, end: unitEnd } = token.percent ? { unit: "%", end: token.end } : readUnit(text, token.end);
      let after = unitEnd;
      let approx = token.approx;
      if (text.startsWith("左右", after)) {
        approx = true;
        after += 2;
      }
      const atLeast = text.startsWith("以上", after);
      const nextToken = inClause[k + 1];
      let trailEnd = Math.min(clause.end, nextToken ? nextToken.start : clause.end, unitEnd + TRAIL_CAP);
      const listBreak = text.indexOf("、", unitEnd);
      if (listBreak >= 0 && listBreak < trailEnd) trailEnd = listBreak;
      const leadStart = capStart(boundary, token.start, LEAD_CAP);
      const q: Quantity = {
        token,
        unit,
        unitEnd,
        approx,
        atLeast,
        lead: text.slice(leadStart, token.start),
        leadStart,
        trail: text.slice(unitEnd, trailEnd),
        trailEnd,
        clause,
        clauseIndex,
        sentence,
        clausePrefix: text.slice(capStart(clause.start, token.start, PREFIX_CAP), token.start),
        sentencePrefix: text.slice(capStart(sentence.start, token.start, PREFIX_CAP), token.start),
        sentenceSubject,
        topic: topicAt(mentions, token.start),
        leadTopics: topicsWithin(mentions, leadStart, token.start),
      };
      out.push(q);
      if (isCounted(q)) boundary = unitEnd;
    });
  });
  return out;
}
