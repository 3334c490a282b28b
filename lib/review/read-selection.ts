import { scanNumbers, type NumberToken } from "../extract/figures/numbers";
import { toAsciiDigits } from "../extract/figures/numerals";

/**
 * The figure in a passage a person selected in a report, read by the extractor's own number
 * reader (Arabic and full-width digits, thousands separators, Chinese numerals, 万/亿,
 * 余/多/近/约, 百分之…, %), so the review reads a selection exactly as extraction reads text.
 * Dates are not figures: 2023年, 12月, 5日 around the figure are passed over.
 */
export type SelectionReading =
  | { ok: true; value: number; approx: boolean; percent: boolean }
  | { ok: false; reason: "no_number" | "several_numbers"; found: number[]; message: string };

const YEAR = /^年/;
const MONTH = /^(?:月|份)/;
const DAY = /^[日号]/;

function isDate(text: string, t: NumberToken): boolean {
  if (t.percent || t.approx || !Number.isInteger(t.value)) return false;
  const after = text.slice(t.end, t.end + 1);
  if (YEAR.test(after)) return t.value >= 1900 && t.value <= 2100;
  if (MONTH.test(after)) return t.value >= 1 && t.value <= 12;
  if (DAY.test(after)) return t.value >= 1 && t.value <= 31;
  return false;
}

export function readSelection(selected: string): SelectionReading {
  // one code unit for one: offsets in the reading are offsets in the selection
  const reading = toAsciiDigits(selected).replace(/\uff05/g, "%");
  const figures = scanNumbers(reading).filter((t) => !t.ordinal && !isDate(reading, t));
  if (figures.length === 1) {
    const [t] = figures;
    return { ok: true, value: t.value, approx: t.approx, percent: t.percent };
  }
  const found = figures.map((t) => t.value);
  if (figures.length === 0) {
    return {
      ok: false,
      reason: "no_number",
      found,
      message: "选中的文字里没有数字,请选中含有该数字的文字。The selection holds no number: select the text with the figure.",
    };
  }
  const list = found.slice(0, 5).join("、");
  return {
    ok: false,
    reason: "several_numbers",
    found,
    message: `选中的文字里有 ${found.length} 个数字(${list}),请只选中一个数字所在的文字。The selection holds ${found.length} numbers (${found.slice(0, 5).join(", ")}): select text with one figure only.`,
  };
}
