import { isDigitCode } from "../text/char-codes";

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

// 二是…十是 mark a new item anywhere; 一是 only where no Chinese character comes before
// (统一是, 唯一是 are words)
const IS = "是";
const ONE = "一".charCodeAt(0);
const ITEM_NUMERAL = new Set(Array.from("二三四五六七八九十", (c) => c.charCodeAt(0)));
// Character codes, not one-character strings: this runs over every character of every report, and
// text[i] of a Chinese character allocates a string each time (a tenth of extraction went here).
const COMMA = 0x2c;
const SEMICOLON = 0x3b;
const NEWLINE = 0x0a;

/** 。！？!? */
function isSentenceEnd(code: number): boolean {
  return code === 0x3002 || code === 0xff01 || code === 0xff1f || code === 0x21 || code === 0x3f;
}

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
    isDigitCode(text.charCodeAt(i - 1)) &&
    isDigitCode(text.charCodeAt(i + 1)) &&
    isDigitCode(text.charCodeAt(i + 2)) &&
    isDigitCode(text.charCodeAt(i + 3)) &&
    !isDigitCode(text.charCodeAt(i + 4))
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

function pushSentence(out: Sentence[], text: string, from: number, to: number, paragraph: number): void {
  let start = from;
  let end = to;
  while (start < end && isSpace(text.charCodeAt(start))) start++;
  while (end > start && isSpace(text.charCodeAt(end - 1))) end--;
  if (end <= start) return;
  // the closing 。 belongs to the sentence, not to its last clause
  const body = isSentenceEnd(text.charCodeAt(end - 1)) ? end - 1 : end;
  out.push({ start, end, paragraph, clauses: clausesOf(text, start, body) });
}

const isCjkIdeograph = (code: number) => code >= 0x4e00 && code <= 0x9fff;

/**
 * Where an item marker glued to the text before starts a new sentence, ascending. Found from
 * each 是 looking back: the regular expression /[二…十]是|(?<=^|[^\u4e00-\u9fff])一是/ says the
 * same, but its lookbehind kept the engine from skipping ahead, and it took half of this file's time.
 */
function itemCuts(text: string): number[] {
  const cuts: number[] = [];
  for (let at = text.indexOf(IS, 1); at >= 0; at = text.indexOf(IS, at + 1)) {
    const marker = at - 1;
    const numeral = text.charCodeAt(marker);
    const isMarker = ITEM_NUMERAL.has(numeral) || (numeral === ONE && (marker === 0 || !isCjkIdeograph(text.charCodeAt(marker - 1))));
    // a marker at the start of a line starts its sentence anyway
    if (isMarker && marker > 0 && text.charCodeAt(marker - 1) !== NEWLINE) cuts.push(marker);
  }
  return cuts;
}

export function splitSentences(text: string): Sentence[] {
  const out: Sentence[] = [];
  const cuts = itemCuts(text);
  cuts.push(text.length + 1); // a sentinel: the loop never reads past the end
  let nextCut = 0;
  let paragraph = 0;
  let lineStart = 0;
  let from = 0;
  for (let i = 0; i <= text.length; i++) {
    const code = i < text.length ? text.charCodeAt(i) : NEWLINE;
    if (code === NEWLINE) {
      pushSentence(out, text, from, i, paragraph);
      if (i > lineStart) paragraph++;
      lineStart = from = i + 1;
      continue;
    }
    if (i === cuts[nextCut]) {
      nextCut++;
      if (i > from) {
        pushSentence(out, text, from, i, paragraph);
        from = i;
      }
    }
    if (isSentenceEnd(code)) {
      pushSentence(out, text, from, i + 1, paragraph);
      from = i + 1;
    }
  }
  return out;
}
