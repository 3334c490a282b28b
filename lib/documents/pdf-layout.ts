/**
 * PDF text items (positioned runs of glyphs) back into paragraphs. A PDF has no paragraphs, only
 * lines placed on a page; a line that reaches the right margin and is followed by an unindented
 * line is a wrapped line of one paragraph, anything else ends a paragraph. Chinese needs no space
 * where lines are joined, and PDF.js puts spaces where fonts switch (CJK ↔ digits) that the
 * author never typed: both are undone here, because "全区建有 198 个" and "年\n度" break extraction.
 */
export interface PdfTextItem {
  str: string;
  /** left edge, PDF units */
  x: number;
  /** baseline, PDF units, growing upwards */
  y: number;
  width: number;
  /** font size (height of the text matrix) */
  size: number;
  hasEOL: boolean;
}

/** One page's text items, and the horizontal extent of its page box when known. */
export interface PdfPageText {
  items: PdfTextItem[];
  box?: { left: number; right: number };
}

interface Line {
  text: string;
  left: number;
  right: number;
  size: number;
  /** where a full line of this page ends */
  fullAt?: number;
}

const CJK = "\\u2e80-\\u2fdf\\u3000-\\u303f\\u3040-\\u30ff\\u3100-\\u312f\\u3400-\\u4dbf\\u4e00-\\u9fff\\uf900-\\ufaff\\ufe30-\\ufe4f\\uff00-\\uffef";
// Between Chinese and Latin words a space may be the author's (使用 PDF 格式): only spaces
// touching digits and Chinese go.
const SPACE_AFTER_CJK = new RegExp(`([${CJK}]) +(?=[${CJK}0-9])`, "g");
const SPACE_BEFORE_CJK = new RegExp(`([${CJK}0-9%,.;:)]) +(?=[${CJK}])`, "g");
const PAGE_NUMBER = /^(?:[-－—–\s]*\d{1,4}[-－—–\s]*|第\s*\d{1,4}\s*页(?:\s*[,，]?\s*共\s*\d{1,4}\s*页)?|\d{1,4}\s*\/\s*\d{1,4})$/;

/** Gaps wider than this many font sizes between runs on one line are table columns. */
const COLUMN_GAP = 1.5;
/** A line ending this close (font sizes) to the text's right edge is full, i.e. wraps on. */
const FULL_SLACK = 2;
/** A line starting this far (font sizes) right of the text's left edge opens a paragraph. */
const INDENT = 1.5;

export function layoutPdfText(pages: PdfPageText[]): string {
  const pageLines = pages.map((page) => dropPageNumbers(toLines(page.items)));
  const body = pageLines.flat().filter((l) => l.text.length >= 5);
  const leftEdge = percentile(body.map((l) => l.left), 0.1);
  const rightEdge = percentile(body.map((l) => l.right), 0.9);
  // The widest lines alone mislead on a short document (a one-line title is then "full"). Margins
  // are near-symmetric in practice (GB/T 9704: 28 mm left, 26 mm right), so a full line also
  // reaches the mirror of the left margin.
  pages.forEach((page, i) => {
    const mirrored = page.box ? page.box.left + page.box.right - leftEdge : 0;
    for (const line of pageLines[i]) line.fullAt = Math.max(rightEdge, mirrored);
  });

  let out = "";
  let previous: Line | undefined;
  for (const line of pageLines.flat()) {
    if (previous) out += wraps(previous, line, leftEdge) ? glue(previous.text, line.text) : "\n";
    out += line.text;
    previous = line;
  }
  return out
    .split("\n")
    .map((l) => l.replace(SPACE_AFTER_CJK, "$1").replace(SPACE_BEFORE_CJK, "$1"))
    .join("\n");
}

function toLines(items: PdfTextItem[]): Line[] {
  const lines: Line[] = [];
  let current: PdfTextItem[] = [];
  const flush = () => {
    const line = lineOf(current);
    if (line) lines.push(line);
    current = [];
  };
  for (const item of items) {
    const last = current[current.length - 1];
    if (last && Math.abs(item.y - last.y) > 0.5 * Math.max(item.size, last.size, 1)) flush();
    if (item.str) current.push(item);
    if (item.hasEOL) flush();
  }
  flush();
  return lines;
}

function lineOf(items: PdfTextItem[]): Line | undefined {
  const runs = items.filter((i) => i.str.trim().length > 0);
  if (runs.length === 0) return undefined;
  const size = Math.max(...runs.map((r) => r.size), 1);
  let text = "";
  let end: number | undefined;
  for (const run of runs) {
    if (end !== undefined) {
      const gap = run.x - end;
      if (gap > COLUMN_GAP * size) text += "\t";
      else if (gap > 0.2 * size && !/\s$/.test(text) && !/^\s/.test(run.str)) text += " ";
    }
    text += run.str;
    end = run.x + run.width;
  }
  const last = runs[runs.length - 1];
  return { text: text.replace(/[ \u00a0]+/g, " ").trim(), left: runs[0].x, right: last.x + last.width, size };
}

function dropPageNumbers(lines: Line[]): Line[] {
  return lines.filter((l, i) => !((i === 0 || i === lines.length - 1) && PAGE_NUMBER.test(l.text)));
}

function wraps(line: Line, next: Line, leftEdge: number): boolean {
  if (line.text.includes("\t") || next.text.includes("\t")) return false;
  const full = line.right >= (line.fullAt ?? 0) - FULL_SLACK * line.size;
  const indented = next.left > leftEdge + INDENT * next.size;
  return full && !indented;
}

const HAS_CJK = new RegExp(`[${CJK}]`);

/**
 * Chinese joins directly at a line break, and so does a number broken over two lines of Chinese
 * text (17 | 723 is 17723, not "17 723"); Latin words that meet there keep a space.
 */
function glue(before: string, after: string): string {
  if (/\d$/.test(before) && /^\d/.test(after)) return HAS_CJK.test(before) ? "" : " ";
  return /[A-Za-z0-9]$/.test(before) && /^[A-Za-z0-9]/.test(after) ? " " : "";
}

function percentile(values: number[], p: number): number {
  if (values.length === 0) return 0;
  const sorted = [...values].sort((a, b) => a - b);
  return sorted[Math.min(sorted.length - 1, Math.floor(p * sorted.length))];
}
