import type { OcrCorrection, ScoredText } from "./ocr-text";

/** How far to look for the quote mark that pairs with a straight one. */
const REACH = 60;

/**
 * Straight double quotes OCR reads for Chinese curly ones (“法律七进” read "法律七进”), put back by
 * their partner: a " after an opening “ (the nearest quote mark before it) closes (”); a " before
 * a closing ” opens (“). A straight quote with no partner in reach, or between “ and ”, is left as
 * read. The extractor takes an unpaired quote for an unfinished quotation.
 */
export function correctQuotes(scored: ScoredText): { scored: ScoredText; corrections: OcrCorrection[] } {
  const corrections: OcrCorrection[] = [];
  // quote marks are single UTF-16 units
  const units = scored.text.split("");
  for (let i = 0; i < units.length; i++) {
    if (units[i] !== '"') continue;
    const before = nearestQuote(units, i, -1);
    const after = nearestQuote(units, i, 1);
    // after an opening “ it closes, unless a ” follows too (then the text does not say)
    const curly = before === "“" ? (after === "”" ? undefined : "”") : after === "”" ? "“" : undefined;
    if (!curly) continue;
    corrections.push({ rule: "quote", read: '"', corrected: curly, at: i });
    units[i] = curly;
  }
  return { scored: corrections.length ? { text: units.join(""), confidences: scored.confidences } : scored, corrections };
}

function nearestQuote(units: string[], from: number, step: 1 | -1): string | undefined {
  for (let i = from + step, n = 0; i >= 0 && i < units.length && n < REACH; i += step, n++) {
    if (units[i] === "“" || units[i] === "”" || units[i] === '"') return units[i];
  }
  return undefined;
}
