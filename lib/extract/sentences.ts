/**
 * Paragraphs, sentences and clauses of a normalised report. A sentence ends at 。！？ or a line
 * break, and before an item marker glued to the previous text ("…均为100%二是发挥…"); a clause is
 * a comma or semicolon part of a sentence, the unit one claim is made in.
 */
export interface Span {
  start: number;
  end: number;
}

export interface Sentence extends Span {
  paragraph: number;
  clauses: Span[];
}

// 二是…十是 mark a new item anywhere; 一是 only after punctuation (统一是, 唯一是 are words)
const ITEM_MARKER = /[二三四五六七八九十]是|(?<=^|[^\u4e00-\u9fff])一是/g;
const SENTENCE_END = /[。！？!?]/;
const SENTENCE_END_CHARS = new Set(["。", "！", "？", "!", "?"]);

function isThousandsComma(text: string, i: number): boolean {
  return text[i] === "," && /\d/.test(text[i - 1] ?? "") && /^\d{3}(?!\d)/.test(text.slice(i + 1, i + 5));
}

function clausesOf(text: string, start: number, end: number): Span[] {
  const out: Span[] = [];
  let from = start;
  for (let i = start; i < end; i++) {
    const ch = text[i];
    if ((ch === "," || ch === ";") && !isThousandsComma(text, i)) {
      if (i > from) out.push({ start: from, end: i });
      from = i + 1;
    }
  }
  if (end > from) out.push({ start: from, end });
  return out;
}

function trimSpan(text: string, start: number, end: number): Span {
  while (start < end && /\s/.test(text[start])) start++;
  while (end > start && /\s/.test(text[end - 1])) end--;
  return { start, end };
}

export function splitSentences(text: string): Sentence[] {
  const out: Sentence[] = [];
  let paragraph = 0;
  let lineStart = 0;
  const pushSentence = (start: number, end: number) => {
    const span = trimSpan(text, start, end);
    if (span.end <= span.start) return;
    // the closing 。 belongs to the sentence, not to its last clause
    const body = SENTENCE_END.test(text[span.end - 1]) ? span.end - 1 : span.end;
    out.push({ ...span, paragraph, clauses: clausesOf(text, span.start, body) });
  };
  for (let lineEnd = 0; lineEnd <= text.length; lineEnd++) {
    if (lineEnd < text.length && text[lineEnd] !== "\n") continue;
    const line = text.slice(lineStart, lineEnd);
    const cuts: number[] = [];
    for (const m of line.matchAll(ITEM_MARKER)) if (m.index > 0) cuts.push(lineStart + m.index);
    let nextCut = 0;
    let from = lineStart;
    for (let i = lineStart; i < lineEnd; i++) {
      while (nextCut < cuts.length && cuts[nextCut] < i) nextCut++;
      if (cuts[nextCut] === i && i > from) {
        pushSentence(from, i);
        from = i;
      }
      if (SENTENCE_END_CHARS.has(text[i])) {
        pushSentence(from, i + 1);
        from = i + 1;
      }
    }
    pushSentence(from, lineEnd);
    if (lineEnd > lineStart) paragraph++;
    lineStart = lineEnd + 1;
  }
  return out;
}
