/**
 * Character accuracy of OCR text against the text it was printed from: 1 − (edit distance /
 * length of the truth), compared after NFKC (full-width and ASCII punctuation alike) and without
 * white space, which layout changes freely. Levenshtein over two rows of typed arrays.
 */
export function characterAccuracy(ocr: string, truth: string): number {
  const a = [...squeeze(ocr)];
  const b = [...squeeze(truth)];
  if (b.length === 0) return a.length === 0 ? 1 : 0;
  let previous = new Int32Array(b.length + 1).map((_, j) => j);
  let current = new Int32Array(b.length + 1);
  for (let i = 1; i <= a.length; i++) {
    current[0] = i;
    for (let j = 1; j <= b.length; j++) {
      const substitution = previous[j - 1] + (a[i - 1] === b[j - 1] ? 0 : 1);
      current[j] = Math.min(substitution, previous[j] + 1, current[j - 1] + 1);
    }
    [previous, current] = [current, previous];
  }
  return Math.max(0, 1 - previous[b.length] / b.length);
}

function squeeze(text: string): string {
  return text.normalize("NFKC").replace(/\s+/g, "");
}
