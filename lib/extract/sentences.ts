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
// Character codes, not one-character strings: this runs over every character of every report, and
// text[i] of a Chinese character allocates a string each time (a tenth of extraction went here).
const COMMA = 0x2c;
const SEMICOLON = 0x3b;
const NEWLINE = 0x0a;

/** 。！？!? */
function isSentenceEnd(code: number): boolean {
  return code === 0x3002 || code === 0xff01 || code === 0xff1f || code === 0x21 || code === 0x3f;
}

const isDigit = (code: number) => code >= 0x30 && code <= 0x39;

/** exactly what /\s/ matches */
function isSpace(code: number): boolean {
  return (
    (code >= 0x09 && code <= 0x0d) ||
    code === 0x20 ||
    code === 0xa0 ||
    code === 0x1680 ||
    (code >= 0x2000 && code <= 0x200a) ||
    code === 0x2028 ||
    code === 0x2029 ||
    code === 0x202f ||
    code === 0x205f ||
    code === 0x3000 ||
    code === 0xfeff
  );
}

/** 1,234: a digit before, exactly three after */
function isThousandsComma(text: string, i: number): boolean {
  return (
    i > 0 &&
    isDigit(text.charCodeAt(i - 1)) &&
    isDigit(text.charCodeAt(i + 1)) &&
    isDigit(text.charCodeAt(i + 2)) &&
    isDigit(text.charCodeAt(i + 3)) &&
    !isDigit(text.charCodeAt(i + 4))
  );
}

function clausesOf(text: string, start: number, end: number): Span[] {
  const out: Span[] = [];
  let from = start;
  for (let i = start; i < end; i++) {
    const code = text.charCodeAt(i);
    if ((code === COMMA && !isThousandsComma(text, i)) || code === SEMICOLON) {
      if (i > from) out.push({ start: from, end: i });
      from = i + 1;
    }
  }
  if (end > from) out.push({ start: from, end });
  return out;
}

function trimSpan(text: string, start: number, end: number): Span {
  while (start < end && isSpace(text.charCodeAt(start))) start++;
  while (end > start && isSpace(text.charCodeAt(end - 1))) end--;
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
    const body = isSentenceEnd(text.charCodeAt(span.end - 1)) ? span.end - 1 : span.end;
    out.push({ start: span.start, end: span.end, paragraph, clauses: clausesOf(text, span.start, body) });
  };
  for (let lineEnd = 0; lineEnd <= text.length; lineEnd++) {
    if (lineEnd < text.length && text.charCodeAt(lineEnd) !== NEWLINE) continue;
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
      if (isSentenceEnd(text.charCodeAt(i))) {
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
