import { toSimplifiedChar } from "./meta-traditional";

/**
 * A reading copy of a report for the rules, with a map back to the original: every evidence
 * offset the extractor returns points into the text it was given, never into this copy.
 * Full-width digits and punctuation become ASCII, traditional characters simplified, spaces
 * between Chinese and digits dropped (PDF text: "7700 多个"), converter pinyin removed
 * (實現(xiàn)), and line breaks inside a sentence joined (a wrapped PDF line).
 */
export interface NormalizedText {
  text: string;
  /** original offset of each character of `text`; one extra entry for the end */
  toOriginal: Int32Array;
}

interface Chars {
  chars: string[];
  origin: number[];
}

function mapChar(ch: string): string {
  const code = ch.charCodeAt(0);
  if (code < 0x80) return ch === "\t" ? " " : ch;
  if (code >= 0xff01 && code <= 0xff5e) return String.fromCharCode(code - 0xfee0);
  if (code === 0x3000 || code === 0x00a0 || code === 0x2002 || code === 0x2003 || code === 0x200b) return " ";
  if (code === 0xfe6a) return "%";
  if (code === 0x2236) return ":";
  return toSimplifiedChar(ch);
}

function isCjk(ch: string | undefined): boolean {
  if (ch === undefined) return false;
  const code = ch.charCodeAt(0);
  return (code >= 0x3400 && code <= 0x9fff) || (code >= 0x3000 && code <= 0x303f);
}

function isAsciiWord(ch: string | undefined): boolean {
  return ch !== undefined && /[A-Za-z0-9]/.test(ch);
}

// 實現(xiàn): pinyin inserted after a character by a converter
const PINYIN_AFTER_CJK = /(?<=[\u3400-\u9fff])\([a-zA-Z\u00c0-\u024f]{1,8}\)/g;

function firstPass(input: string): Chars {
  const chars: string[] = [];
  const origin: number[] = [];
  const drop = new Uint8Array(input.length);
  for (const m of input.matchAll(PINYIN_AFTER_CJK)) {
    // only when the bracket holds a toned vowel: (xiàn) is pinyin, (PDF) is not
    if (/[\u00c0-\u024f]/.test(m[0])) drop.fill(1, m.index, m.index + m[0].length);
  }
  for (let i = 0; i < input.length; i++) {
    if (drop[i] || input[i] === "\r") continue;
    chars.push(mapChar(input[i]));
    origin.push(i);
  }
  return { chars, origin };
}

/** Spaces survive only between two Latin letters or digits ("PDF 版本" loses it, "2020 2021" keeps one). */
function collapseSpaces({ chars, origin }: Chars): Chars {
  const out: Chars = { chars: [], origin: [] };
  for (let i = 0; i < chars.length; i++) {
    if (chars[i] !== " ") {
      out.chars.push(chars[i]);
      out.origin.push(origin[i]);
      continue;
    }
    let j = i;
    while (chars[j] === " ") j++;
    const prev = out.chars[out.chars.length - 1];
    if (isAsciiWord(prev) && isAsciiWord(chars[j])) {
      out.chars.push(" ");
      out.origin.push(origin[i]);
    }
    i = j - 1;
  }
  return out;
}

const SENTENCE_END = /[。！？!?;:]/;
const ENUMERATOR_START = /^(?:[一二三四五六七八九十]+[、是]|\(?[一二三四五六七八九十]+\)|\d+[.、)]|[①-⑳]|第[一二三四五六七八九十]+[章节部])/;
// a wrapped line is long; a heading or a title line is short
const WRAPPED_LINE = 20;

/**
 * A single line break inside a sentence is a wrap, not a boundary: join it when the line before
 * is long and unfinished (or ends on a comma) and the next line does not open a new item.
 */
function joinWrappedLines({ chars, origin }: Chars): Chars {
  const out: Chars = { chars: [], origin: [] };
  let lineStart = 0;
  for (let i = 0; i < chars.length; i++) {
    if (chars[i] !== "\n") {
      out.chars.push(chars[i]);
      out.origin.push(origin[i]);
      continue;
    }
    const line = out.chars.slice(lineStart).join("");
    const next = chars.slice(i + 1, i + 8).join("");
    const last = line[line.length - 1];
    const join =
      line.length > 0 &&
      next.length > 0 &&
      next[0] !== "\n" &&
      !SENTENCE_END.test(last) &&
      !ENUMERATOR_START.test(line) &&
      !ENUMERATOR_START.test(next) &&
      (isCjk(next[0]) || isAsciiWord(next[0])) &&
      (last === "," || last === "、" || line.length >= WRAPPED_LINE);
    if (!join) {
      out.chars.push("\n");
      out.origin.push(origin[i]);
      lineStart = out.chars.length;
    }
  }
  return out;
}

export function normalizeForExtraction(input: string): NormalizedText {
  const result = joinWrappedLines(collapseSpaces(firstPass(input)));
  const toOriginal = new Int32Array(result.origin.length + 1);
  toOriginal.set(result.origin);
  toOriginal[result.origin.length] = input.length;
  return { text: result.chars.join(""), toOriginal };
}

/** The original span of normalised [start, end): from the first character to just after the last. */
export function toOriginalSpan(n: NormalizedText, start: number, end: number): { start: number; end: number } {
  if (end <= start) {
    const at = n.toOriginal[start];
    return { start: at, end: at };
  }
  return { start: n.toOriginal[start], end: n.toOriginal[end - 1] + 1 };
}
