/**
 * OCR text with each UTF-16 unit's confidence (0–1, undefined where the engine did not say), the
 * form corrections work on. Corrections only substitute one character for one, so the text keeps
 * its length and its lines can be cut back apart.
 */
export interface ScoredText {
  text: string;
  confidences: (number | undefined)[];
}

/** One character OCR read that a correction replaced, kept so a reviewer can see it. */
export interface OcrCorrection {
  /** "place": a place name in its parent's context; "term": an indicator catalogue term; "quote": a straight quote made curly */
  rule: "place" | "term" | "quote";
  /** what OCR read (the whole name or term) */
  read: string;
  /** what it became */
  corrected: string;
  /** the engine's confidence in the replaced character, when it said */
  confidence?: number;
  /** offset of the name or term in the scan's text before layout (page lines joined) */
  at: number;
}

/** Confidences below this are "unsure": corrections change only such characters (docs/ocr.md). */
export const UNSURE_BELOW = 0.9;

/** A single Han character, the only kind a correction replaces or writes. */
export function isHan(character: string): boolean {
  return /^\p{Script=Han}$/u.test(character);
}

/**
 * The one position at which `a` and `b` (same length) differ, when they differ at exactly one and
 * both characters there are Han; otherwise -1.
 */
export function oneHanApart(a: string, b: string): number {
  if (a.length !== b.length) return -1;
  let at = -1;
  for (let i = 0; i < a.length; i++) {
    if (a[i] === b[i]) continue;
    if (at !== -1) return -1;
    at = i;
  }
  return at !== -1 && isHan(a[at]) && isHan(b[at]) ? at : -1;
}

/** Whether the character at `index` may be replaced: the engine was unsure of it, or did not say. */
export function unsure(scored: ScoredText, index: number): boolean {
  const confidence = scored.confidences[index];
  return confidence === undefined || confidence < UNSURE_BELOW;
}

/** `scored` with the character at `index` replaced by `character` (one UTF-16 unit for one). */
export function substitute(scored: ScoredText, index: number, character: string): ScoredText {
  return { text: scored.text.slice(0, index) + character + scored.text.slice(index + 1), confidences: scored.confidences };
}
