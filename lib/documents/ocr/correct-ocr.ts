import { correctCatalogueTerms } from "./correct-catalogue-terms";
import { correctPlaceNames } from "./correct-place-names";
import { correctQuotes } from "./correct-quotes";
import type { OcrLine } from "./ocr-engine";
import type { OcrCorrection, ScoredText } from "./ocr-text";

export interface OcrPage {
  lines: OcrLine[];
  width: number;
  height: number;
}

/**
 * A scan's pages with misread place names, catalogue terms and straight quotes put right
 * (correct-place-names.ts, correct-catalogue-terms.ts, correct-quotes.ts), every change listed. The lines are joined in reading order so
 * a name broken over two lines is seen whole; each correction swaps one character for one, so the
 * joined text is cut back into the same lines.
 */
export function correctOcrPages(pages: readonly OcrPage[]): { pages: OcrPage[]; corrections: OcrCorrection[] } {
  const ordered = pages.map((page) => ({ ...page, lines: [...page.lines].sort((a, b) => a.top - b.top || a.left - b.left) }));
  const lines = ordered.flatMap((page) => page.lines);
  const joined: ScoredText = { text: lines.map((line) => line.text).join(""), confidences: lines.flatMap(unitConfidences) };
  const places = correctPlaceNames(joined);
  const terms = correctCatalogueTerms(places.scored);
  const quotes = correctQuotes(terms.scored);
  const corrections = [...places.corrections, ...terms.corrections, ...quotes.corrections];
  if (corrections.length === 0) return { pages: ordered, corrections };
  let at = 0;
  const text = quotes.scored.text;
  return {
    pages: ordered.map((page) => ({
      ...page,
      lines: page.lines.map((line) => {
        const corrected = text.slice(at, at + line.text.length);
        at += line.text.length;
        return corrected === line.text ? line : { ...line, text: corrected };
      }),
    })),
    corrections,
  };
}

/** The line's character confidences for each UTF-16 unit (a character outside the BMP has two). */
function unitConfidences(line: OcrLine): (number | undefined)[] {
  const out: (number | undefined)[] = [];
  const characters = [...line.text];
  const known = line.characterConfidences?.length === characters.length ? line.characterConfidences : undefined;
  characters.forEach((character, i) => {
    for (let unit = 0; unit < character.length; unit++) out.push(known?.[i]);
  });
  return out;
}
