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
  /** the sentence's opening clause up to its first counted figure, where its subject stands */
  sentenceSubject: string;
  topic: TopicId | null;
  leadTopics: Set<TopicId>;
  /** the sentence's topic words */
  mentions: readonly TopicMention[];
  /** after the figure to the end of its clause (at most PREFIX_CAP characters) */
  clauseRest: string;
  /** after the figure to the end of its paragraph (at most AHEAD_CAP characters) */
  ahead: string;
}

const PREFIX_CAP = 120;
const LEAD_CAP = 40;
const TRAIL_CAP = 40;

// longest first: 场次 before 场, 人次 before 人
const UNITS = ["件次", "人次", "场次", "件", "条", "名", "个", "场", "次", "宗", "卷", "份", "人", "项", "家", "起", "位", "期", "篇", "户", "册", "元", "批", "部", "所", "处"];
const COUNTED = new Set(UNITS);
const NOUN_AS_UNIT = /^(?:案卷|卷宗)/;

function readUnit(text: string, at: number): { unit: string; end: number } {
  if (NOUN_AS_UNIT.test(text.slice(at, at + 2))) return { unit: "卷", end: at };
  for (const u of UNITS) if (text.startsWith(u, at)) return { unit: u, end: at + u.length };
  return { unit: "", end: at };
}

/** the figure's unit ("%" for a percentage) and where it ends */
export function unitOf(text: string, token: NumberToken): { unit: string; end: number } {
  return token.percent ? { unit: "%", end: token.end } : readUnit(text, token.end);
}

function isCounted(text: string, token: NumberToken): boolean {
  return token.percent || COUNTED.has(readUnit(text, token.end).unit);
}

/** 全区建有198个人民调解委员会、8个驻所调解室: what follows the first figure is its object */
function subjectOf(text: string, clause: Span, tokens: NumberToken[]): string {
  const first = tokens.find((t) => t.start >= clause.start && t.end <= clause.end && isCounted(text, t));
  const end = first ? first.start : clause.end;
  return text.slice(clause.start, Math.min(end, clause.start + PREFIX_CAP));
}

function capStart(from: number, to: number, cap: number): number {
  return Math.max(from, to - cap);
}

/**
 * The quantities of one sentence; `tokens` are the numbers inside it, in order. Only those whose
 * unit is `wanted` are built (every token still bounds its neighbours' words).
 */
export function quantitiesOf(
  text: string,
  sentence: Sentence,
  tokens: NumberToken[],
  mentions: readonly TopicMention[],
  wanted: (unit: string) => boolean = () => true,
): Quantity[] {
  const out: Quantity[] = [];
  const sentenceSubject = subjectOf(text, sentence.clauses[0] ?? sentence, tokens);
  let next = 0;
  sentence.clauses.forEach((clause, clauseIndex) => {
    while (next < tokens.length && tokens[next].start < clause.start) next++;
    const inClause: NumberToken[] = [];
    for (let k = next; k < tokens.length && tokens[k].start < clause.end; k++) if (tokens[k].end <= clause.end) inClause.push(tokens[k]);
    let boundary = clause.start;
    inClause.forEach((token, k) => {
      const { unit, end: unitEnd } = unitOf(text, token);
      if (!wanted(unit)) {
        if (COUNTED.has(unit)) boundary = unitEnd;
        return;
      }
      let after = unitEnd;
      let approx = token.approx;
      if (text.startsWith("左右", after)) {
        approx = true;
        after += 2;
      }
      const atLeast = text.startsWith("以上", after);
      const nextToken = inClause[k + 1];
      let trailEnd = Math.min(clause.end, nextToken ? nextToken.start : clause.end, unitEnd + TRAIL_CAP);
      for (let k = unitEnd; k < trailEnd; k++) {
        if (text[k] === "、") {
          trailEnd = k;
          break;
        }
      }
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
        mentions,
        clauseRest: text.slice(unitEnd, Math.min(clause.end, unitEnd + PREFIX_CAP)),
        ahead: aheadOf(text, unitEnd),
      };
      out.push(q);
      if (token.percent || COUNTED.has(unit)) boundary = unitEnd;
    });
  });
  return out;
}

// how far on a form may look for what the text goes on to say of a figure (立案236件…提案已全部办结)
const AHEAD_CAP = 240;

function aheadOf(text: string, from: number): string {
  const words = text.slice(from, from + AHEAD_CAP);
  const end = words.indexOf("\n");
  return end < 0 ? words : words.slice(0, end);
}
