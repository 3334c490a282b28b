import { childrenOf, findPlaceNames, lookupForm, type Division } from "../../gazetteer";
import { makesAWord } from "./word-list";
import { oneHanApart, unsure, substitute, type OcrCorrection, type ScoredText } from "./ocr-text";

/** Names shorter than this (沙县) are one character away from too many ordinary words. */
const MIN_NAME_LENGTH = 3;

/**
 * Place names OCR misread, put right from the gazetteer (only ever in OCR text):
 * 1. in context: a parent (合肥市) followed by a name one character off from exactly one of its
 *    children (户阳区 -> 庐阳区), where the read name is no division's and the differing character
 *    is in the name's stem (not its level word), and the engine was unsure of it or did not say;
 * 2. then across the document: the names so confirmed, where they stand alone misread the same
 *    way (a title's 房阳区), only for characters the engine said it was unsure of — without the
 *    parent beside them, the confidence is the guard.
 * A read name that is a real division (广阳区, in Hebei) is never changed: it may be meant; nor is
 * a character that makes a word with its neighbour (向阳区域: 向阳).
 */
export function correctPlaceNames(scored: ScoredText): { scored: ScoredText; corrections: OcrCorrection[] } {
  const corrections: OcrCorrection[] = [];
  const confirmed = new Set<string>();
  let current = scored;
  for (const match of findPlaceNames(scored.text)) {
    const parents = match.entries.filter((e) => e.kind !== "stem" && (e.division.level === "province" || e.division.level === "city"));
    if (parents.length !== 1) continue;
    const fix = childMisread(current, match.end, childrenOf(parents[0].division.code ?? ""));
    if (fix === undefined) continue;
    if (fix.exact) {
      confirmed.add(fix.name);
      continue;
    }
    corrections.push(correction(current, match.end, fix.index, fix.name));
    current = substitute(current, match.end + fix.index, fix.name[fix.index]);
    confirmed.add(fix.name);
  }
  for (const name of confirmed) {
    for (let start = 0; start + name.length <= current.text.length; start++) {
      const read = current.text.slice(start, start + name.length);
      const index = oneHanApart(read, name);
      if (index === -1 || index === name.length - 1) continue;
      if (current.confidences[start + index] === undefined || !unsure(current, start + index)) continue;
      if (lookupForm(read).length > 0 || makesAWord(current.text, start + index)) continue;
      corrections.push(correction(current, start, index, name));
      current = substitute(current, start + index, name[index]);
    }
  }
  return { scored: current, corrections };
}

/**
 * The child of a parent whose name starts at `start`: exactly as written, or else the only child
 * one unsure stem character away (and what was read there is no division's name).
 */
function childMisread(scored: ScoredText, start: number, children: readonly Division[]): { name: string; index: number; exact: boolean } | undefined {
  const near = new Map<string, number>();
  for (const child of children) {
    if (child.name.length < MIN_NAME_LENGTH) continue;
    const read = scored.text.slice(start, start + child.name.length);
    if (read === child.name) return { name: child.name, index: -1, exact: true };
    const index = oneHanApart(read, child.name);
    if (index === -1 || index === child.name.length - 1) continue;
    if (!unsure(scored, start + index) || lookupForm(read).length > 0 || makesAWord(scored.text, start + index)) continue;
    near.set(child.name, index);
  }
  if (near.size !== 1) return undefined;
  const [[name, index]] = near;
  return { name, index, exact: false };
}

function correction(scored: ScoredText, start: number, index: number, name: string): OcrCorrection {
  const confidence = scored.confidences[start + index];
  return {
    rule: "place",
    read: scored.text.slice(start, start + name.length),
    corrected: name,
    ...(confidence === undefined ? {} : { confidence }),
    at: start,
  };
}
