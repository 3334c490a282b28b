/**
 * Sentences and clauses of a normalised text. A clause is the unit of one claim
 * ("受理20件,已结案16件,结案率80%" is three); a sentence is what a clause inherits its topic
 * and scope from; a paragraph (a line) is where a subject named once (区政府…) still holds.
 */
export interface Clause {
  start: number;
  end: number;
  text: string;
}

export interface Sentence {
  start: number;
  end: number;
  text: string;
  paragraph: number;
  clauses: Clause[];
}

const SENTENCE_END = new Set(["。", "!", "?", "!", "?", ";", "\n"]);
// "、" joins list items that share one verb ("审查文件、合同、协议等27件"): not a clause end
const CLAUSE_END = new Set([",", ":"]);
// "2,300" (or "２，３００") is one number, not two clauses
const THOUSANDS = /\d,\d{3}(?!\d)/y;
// a list item marker ("二是…") inside a run-on line starts a new sentence
const ITEM_START = /[一二三四五六七八九十]是/y;

export function splitSentences(text: string): Sentence[] {
  const sentences: Sentence[] = [];
  let paragraph = 0;
  let start = 0;
  let clauses: Clause[] = [];
  let clauseStart = 0;
  const closeClause = (end: number) => {
    if (end > clauseStart) clauses.push({ start: clauseStart, end, text: text.slice(clauseStart, end) });
    clauseStart = end + 1;
  };
  const closeSentence = (end: number, next: number) => {
    closeClause(end);
    if (end > start) sentences.push({ start, end, text: text.slice(start, end), paragraph, clauses });
    clauses = [];
    start = next;
    clauseStart = next;
  };
  for (let i = 0; i < text.length; i++) {
    const ch = text[i];
    if (SENTENCE_END.has(ch)) {
      closeSentence(i, i + 1);
      if (ch === "\n") paragraph++;
    } else if (CLAUSE_END.has(ch)) {
      THOUSANDS.lastIndex = i - 1;
      if (!(ch === "," && i > 0 && THOUSANDS.test(text))) closeClause(i);
    } else if (i > start + 1 && /\d|%/.test(text[i - 1]) && (ITEM_START.lastIndex = i, ITEM_START.test(text))) {
      // "…均为100%二是发挥…": scraped text lost the full stop
      closeSentence(i, i);
    }
  }
  closeSentence(text.length, text.length);
  return sentences;
}
