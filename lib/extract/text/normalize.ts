import { codesToString, isDigitCode, isLatinCode } from "./char-codes";
import { toSimplifiedCode } from "./traditional";
import { bracketedLatinAfterCjk } from "./pinyin-annotations";

/**
 * A reading copy of a report for the rules, with a map back to the original: every evidence
 * offset the extractor returns points into the text it was given, never into this copy.
 * Full-width digits and punctuation become ASCII, traditional characters simplified, spaces
 * next to Chinese dropped (PDF text: "7700 多个"), converter pinyin removed (實現(xiàn)), and
 * line breaks inside a sentence joined (a wrapped PDF line). One pass over character codes:
 * a megabyte takes tens of milliseconds.
 */
export interface NormalizedText {
  text: string;
  /** original offset of each character of `text`; one extra entry for the end */
  toOriginal: Int32Array;
}

const SPACE = 0x20;
const TAB = 0x09;
const NEWLINE = 0x0a;

// characters that show nothing (zero-width space and joiners, word joiner, soft hyphen, BOM,
// invisible operators): a pasted or converted text carries them inside figures (4\u200b41场)
const INVISIBLE = -1;
// spaces that also serve as thousands separators (1\u2009234, 1\u00a0234): dropped between digits
const SEPARATOR_SPACE = -2;

function mapCode(code: number): number {
  if (code < 0x80) return code === 0x09 ? SPACE : code;
  if (code >= 0xff01 && code <= 0xff5e) return code - 0xfee0;
  if ((code >= 0x200b && code <= 0x200f) || (code >= 0x2060 && code <= 0x2064) || code === 0x00ad || code === 0xfeff || code === 0x180e) return INVISIBLE;
  if (code === 0x00a0 || code === 0x2007 || code === 0x2009 || code === 0x200a || code === 0x202f) return SEPARATOR_SPACE;
  if (code === 0x3000 || code === 0x2002 || code === 0x2003) return SPACE;
  if (code === 0xfe6a) return 0x25; // ﹪
  if (code === 0x2236) return 0x3a; // ∶
  if (code >= 0x4e00 && code <= 0x9fff) return toSimplifiedCode(code);
  return code;
}

const isCjk = (c: number) => (c >= 0x3400 && c <= 0x9fff) || (c >= 0x3000 && c <= 0x303f);
const isAsciiWord = (c: number) => isDigitCode(c) || isLatinCode(c);

function pinyinDrops(input: string): Uint8Array | null {
  let drop: Uint8Array | null = null;
  for (const m of bracketedLatinAfterCjk(input)) {
    // only a bracket holding a toned vowel is pinyin here: (PDF) after a character is a word
    if (!/[\u00c0-\u024f]/.test(m[0])) continue;
    drop ??= new Uint8Array(input.length);
    drop.fill(1, m.index, m.index + m[0].length);
  }
  return drop;
}

const SENTENCE_END = new Set([..."。！？!?;:"].map((c) => c.charCodeAt(0)));
const ENUMERATOR_START = /^(?:[一二三四五六七八九十]+[、是]|\(?[一二三四五六七八九十]+\)|\d+[.、)]|[①-⑳]|第[一二三四五六七八九十]+[章节部])/;
// a title line ends on what the document is
const TITLE_END = /(?:报告|要点|计划|方案|通知|意见|决定|规定|办法|总结|纲要|公告|通报)$/;
// a wrapped line is long; a heading or a title line is short
const WRAPPED_LINE = 20;
const COMMA = 0x2c;
const LIST_MARK = 0x3001; // 、

/** the next character that shows, mapped (0 at the end) */
function nextVisible(input: string, from: number): number {
  for (let j = from; j < input.length; j++) {
    const c = mapCode(input.charCodeAt(j));
    if (c !== INVISIBLE) return c;
  }
  return 0;
}

/** the next line holds a tab before its end */
function lineAheadIsTabbed(input: string, from: number): boolean {
  for (let j = from; j < input.length; j++) {
    const c = input.charCodeAt(j);
    if (c === TAB) return true;
    if (c === NEWLINE) return false;
  }
  return false;
}

/** the next line's first characters, mapped, leading spaces skipped */
function lineAhead(input: string, from: number): string {
  let s = "";
  for (let j = from; j < input.length && s.length < 8; j++) {
    const c = mapCode(input.charCodeAt(j));
    if (c === INVISIBLE) continue;
    if ((c === SPACE || c === SEPARATOR_SPACE || c === 0x0d) && s.length === 0) continue;
    if (c === SEPARATOR_SPACE) {
      s += " ";
      continue;
    }
    s += String.fromCharCode(c);
  }
  return s;
}

/**
 * A single line break inside a sentence is a wrap, not a boundary: join it when the line before
 * is long and unfinished (or ends on a comma) and the next line does not open a new item.
 */
function isWrap(out: Uint16Array, lineStart: number, len: number, input: string, at: number): boolean {
  if (len === lineStart) return false;
  const last = out[len - 1];
  if (SENTENCE_END.has(last)) return false;
  const next = lineAhead(input, at + 1);
  if (next.length === 0) return false;
  const first = next.charCodeAt(0);
  if (first === NEWLINE || !(isCjk(first) || isAsciiWord(first))) return false;
  if (ENUMERATOR_START.test(next)) return false;
  const lineHead = codesToString(out, lineStart, Math.min(len, lineStart + 8));
  if (ENUMERATOR_START.test(lineHead)) return false;
  if (TITLE_END.test(codesToString(out, Math.max(lineStart, len - 2), len))) return false;
  return last === COMMA || last === LIST_MARK || len - lineStart >= WRAPPED_LINE;
}

export function normalizeForExtraction(input: string): NormalizedText {
  const n = input.length;
  const drop = pinyinDrops(input);
  const out = new Uint16Array(n);
  const origin = new Int32Array(n + 1);
  let len = 0;
  let lineStart = 0;
  let pendingSpace = -1;
  // a line of tab-separated cells is a table row: never a wrapped line, and its cells stay apart
  let tabbed = false;
  for (let i = 0; i < n; i++) {
    if (drop && drop[i]) continue;
    if (input.charCodeAt(i) === TAB) {
      tabbed = true;
      if (len > lineStart && out[len - 1] !== SPACE) {
        out[len] = SPACE;
        origin[len++] = i;
      }
      pendingSpace = -1;
      continue;
    }
    let c = mapCode(input.charCodeAt(i));
    if (c === 0x0d || c === INVISIBLE) continue;
    if (c === SEPARATOR_SPACE) {
      if (len > lineStart && isDigitCode(out[len - 1]) && isDigitCode(nextVisible(input, i + 1))) continue;
      c = SPACE;
    }
    if (c === SPACE) {
      if (pendingSpace < 0) pendingSpace = i;
      continue;
    }
    if (c === NEWLINE) {
      pendingSpace = -1;
      const row = tabbed || lineAheadIsTabbed(input, i + 1);
      tabbed = false;
      if (!row && isWrap(out, lineStart, len, input, i)) continue;
      out[len] = NEWLINE;
      origin[len++] = i;
      lineStart = len;
      continue;
    }
    // a space survives only between two Latin letters or digits ("2020 2021", not "PDF 版本")
    if (pendingSpace >= 0 && len > lineStart && isAsciiWord(out[len - 1]) && isAsciiWord(c)) {
      out[len] = SPACE;
      origin[len++] = pendingSpace;
    }
    pendingSpace = -1;
    out[len] = c;
    origin[len++] = i;
  }
  origin[len] = n;
  return { text: codesToString(out, 0, len), toOriginal: origin.slice(0, len + 1) };
}

/** The original span of normalised [start, end): from the first character to just after the last. */
export function toOriginalSpan(n: NormalizedText, start: number, end: number): { start: number; end: number } {
  if (end <= start) {
    const at = n.toOriginal[start];
    return { start: at, end: at };
  }
  return { start: n.toOriginal[start], end: n.toOriginal[end - 1] + 1 };
}
