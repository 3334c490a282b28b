import { readCandidate, type Candidate } from "./candidates";

/**
 * The tables of a 政府信息公开工作年度报告 (the national format, 国办公开办函〔2021〕30号), flattened
 * into rows of numbers as pages and PDFs give them:
 * - 本年新收政府信息公开申请数量 120 4 0 0 2 0 126: the applications received, by kind of applicant,
 *   the last column their total (transparency.requests);
 * - 行政规范性文件 5 2 36: documents made this year, repealed, in force (normative_docs.issued is
 *   the first), in the 第二十条第(一)项 table of what the reporting government itself issued.
 * Its 行政复议/行政诉讼 table counts only disputes about disclosure: never read here.
 */
// cells apart by tabs, spaces or pipes, or one to a line as a page's table flattens them
const ROW_NUMBERS = "((?:[\\s|｜]*\\d+)(?:[\\s|｜]+\\d+){2,})(?![\\d.])";
const REQUESTS_ROW = new RegExp(`本年新收政府信息公开申请数量${ROW_NUMBERS}`, "g");
const DOCUMENTS_ROW = new RegExp(`(?:^|\\n)[ \\t]*行政规范性文件${ROW_NUMBERS}`, "g");

// the same row with its cells run together by a crawler that dropped the table's markup
// (本年新收政府信息公开申请数量713000074: 71, 3, 0, 0, 0, 0 and their total 74)
const REQUESTS_RUN = /本年新收政府信息公开申请数量[ \t|｜]*(\d{7,16})(?![\d.])/g;
const APPLICANT_KINDS = 6;

/**
 * The total of a run of seven cells (six kinds of applicant, then their sum) whose separators were
 * lost: the last cell when every way of cutting the digits into cells that add up gives the same
 * one, else null. Written by hand: no parser splits a number by a sum.
 */
export function totalOfRunTogetherRow(digits: string): number | null {
  const totals = new Set<number>();
  const cut = (from: number, cells: number[]): void => {
    if (cells.length === APPLICANT_KINDS) {
      const rest = digits.slice(from);
      if (rest.length === 0 || (rest.length > 1 && rest[0] === "0")) return;
      const sum = cells.reduce((a, b) => a + b, 0);
      if (Number(rest) === sum) totals.add(sum);
      return;
    }
    // a cell is 0 alone, or a number that does not open on 0
    const longest = digits[from] === "0" ? 1 : digits.length - from - (APPLICANT_KINDS - cells.length);
    for (let len = 1; len <= longest; len++) cut(from + len, [...cells, Number(digits.slice(from, from + len))]);
  };
  cut(0, []);
  return totals.size === 1 ? [...totals][0] : null;
}

function numbersOf(cells: string): number[] {
  return cells.split(/[\s|｜]+/).filter(Boolean).map(Number);
}


/**
 * Figures of the format's tables in the reading copy, with the row as their evidence: the reporting organ's
 * own counts, so a department's report keeps none of them (no scope word named).
 */
export function disclosureTableCandidates(text: string): Candidate[] {
  if (!/本年新收政府信息公开申请数量|本年制发件数/.test(text)) return [];
  const out: Candidate[] = [];
  for (const m of text.matchAll(REQUESTS_ROW)) {
    const cells = numbersOf(m[1]);
    out.push(readCandidate("transparency.requests", cells[cells.length - 1], "件", "area", m.index, m.index + m[0].length));
  }
  for (const m of text.matchAll(REQUESTS_RUN)) {
    const total = totalOfRunTogetherRow(m[1]);
    if (total !== null) out.push(readCandidate("transparency.requests", total, "件", "area", m.index, m.index + m[0].length));
  }
  // the issued-documents row only under its own header (本年制发件数 | 本年废止件数 | 现行有效件数)
  if (/本年制发件数/.test(text)) {
    for (const m of text.matchAll(DOCUMENTS_ROW)) {
      const cells = numbersOf(m[1]);
      if (cells.length !== 3) continue;
      const start = m.index + (m[0].startsWith("\n") ? 1 : 0);
      out.push(readCandidate("normative_docs.issued", cells[0], "件", "own", start, m.index + m[0].length));
    }
  }
  return out;
}
