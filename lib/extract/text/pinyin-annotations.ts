import { isHanCode } from "./char-codes";
import { matchesOf } from "./matches";

// 實現(xiàn): a converter's pinyin in brackets after a Chinese character (data/corpus/104.txt).
// The bracket is found first and the character before it checked by code: a lookbehind at the
// front of the pattern kept the engine from skipping ahead to "(" and cost ~8x on every report.
const BRACKETED_LATIN = /\([a-zA-Z\u00c0-\u024f]{1,8}\)/g;

/** Each "(latin)" right after a Chinese character, left to right; matches never overlap. */
export function* bracketedLatinAfterCjk(input: string): Generator<RegExpExecArray> {
  for (const m of matchesOf(BRACKETED_LATIN, input)) if (m.index > 0 && isHanCode(input.charCodeAt(m.index - 1))) yield m;
}

/** input without those brackets */
export function withoutBracketedLatin(input: string): string {
  let out = "";
  let from = 0;
  for (const m of bracketedLatinAfterCjk(input)) {
    out += input.slice(from, m.index);
    from = m.index + m[0].length;
  }
  return from === 0 ? input : out + input.slice(from);
}
