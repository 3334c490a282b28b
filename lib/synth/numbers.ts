import type { Rng } from "./random";

/**
 * Writing a figure as reports do: 1036, 1,036, １０３６, 2.16万, 2,300余, 近1.9万, 约1500, 1700多,
 * 三百余, 两; rates as 98.35% or ９８.３５％. A figure returns what the text states: the stated
 * number (2.16万 states 21600, whatever the exact count was) and whether it is approximate.
 */
export interface Written {
  text: string;
  value: number;
  approx: boolean;
}

const FULL_WIDTH_DIGITS = "０１２３４５６７８９";

export function toFullWidth(s: string): string {
  return s.replace(/[0-9%]/g, (c) => (c === "%" ? "％" : FULL_WIDTH_DIGITS[Number(c)]));
}

export function withThousands(n: number): string {
  return String(n).replace(/\B(?=(\d{3})+(?!\d))/g, ",");
}

const DIGITS = "零一二三四五六七八九";
const SMALL_UNITS = ["", "十", "百", "千"];

/** 0 < n < 100000 in Chinese numerals: 12 -> 十二, 205 -> 二百零五, 2 -> 两 when alone. */
export function toChinese(n: number): string {
  if (n === 2) return "两";
  const wan = Math.floor(n / 10000);
  const rest = n % 10000;
  const below = (m: number): string => {
    const digits = String(m).split("").map(Number);
    let out = "";
    let zero = false;
    digits.forEach((d, i) => {
      const unit = SMALL_UNITS[digits.length - 1 - i];
      if (d === 0) zero = out.length > 0;
      else {
        out += (zero ? "零" : "") + DIGITS[d] + unit;
        zero = false;
      }
    });
    return out.replace(/^一十/, "十");
  };
  if (wan === 0) return below(rest);
  return `${below(wan)}万${rest === 0 ? "" : (rest < 1000 ? "零" : "") + below(rest).replace(/^十/, "一十")}`;
}

/** 2 significant digits for big numbers, tens for small ones: the round figure a report gives with 余. */
function roundDown(n: number): number {
  const step = n >= 1000 ? 10 ** (String(n).length - 2) : 10;
  return Math.max(step, Math.floor(n / step) * step);
}

function roundUp(n: number): number {
  const step = n >= 1000 ? 10 ** (String(n).length - 2) : 10;
  return Math.ceil(n / step) * step;
}

function wanText(n: number, decimals: number): { text: string; value: number } {
  const w = Math.round((n / 10000) * 10 ** decimals) / 10 ** decimals;
  return { text: `${w}万`, value: Math.round(w * 10000) };
}

export interface CountStyle {
  /** chance of a stated approximation (余, 多, 近, 约) */
  approx: number;
  /** chance of full-width digits for this figure */
  fullWidth: number;
  /** chance of thousands separators for figures ≥ 1000 */
  thousands: number;
}

export function writeCount(rng: Rng, n: number, style: CountStyle): Written {
  // 余/多/近/约 go with round figures: 50余件, 2,300余名, never 76多件
  if (n >= 30 && rng.chance(style.approx)) {
    const kind = rng.weighted([[5, "余"], [2, "多"], [1.5, "近"], [1.5, "约"]] as const);
    const stated = kind === "近" ? roundUp(n) : kind === "约" ? (rng.chance(0.5) ? roundUp(n) : roundDown(n)) : roundDown(n);
    if (stated >= 10000 && rng.chance(0.7)) {
      const w = wanText(stated, stated % 10000 === 0 ? 0 : stated % 1000 === 0 ? 1 : 2);
      const text = kind === "余" || kind === "多" ? `${w.text}${kind}` : `${kind}${w.text}`;
      return { text, value: w.value, approx: true };
    }
    if (stated < 1000 && stated >= 100 && stated % 100 === 0 && kind === "余" && rng.chance(0.25)) {
      return { text: `${toChinese(stated)}余`, value: stated, approx: true };
    }
    const digits = stated >= 1000 && rng.chance(style.thousands) ? withThousands(stated) : String(stated);
    const text = kind === "余" || kind === "多" ? `${digits}${kind}` : `${kind}${digits}`;
    return { text: rng.chance(style.fullWidth) ? toFullWidth(text) : text, value: stated, approx: true };
  }
  if (n >= 10000 && rng.chance(0.35)) {
    const w = wanText(n, rng.chance(0.7) ? 2 : 1);
    return { text: w.text, value: w.value, approx: false };
  }
  if (n <= 20 && rng.chance(0.05)) return { text: toChinese(n), value: n, approx: false };
  const digits = n >= 1000 && rng.chance(style.thousands) ? withThousands(n) : String(n);
  return { text: rng.chance(style.fullWidth) ? toFullWidth(digits) : digits, value: n, approx: false };
}

export function writeRate(rng: Rng, x: number, style: CountStyle): Written {
  const text = `${x}%`;
  return { text: rng.chance(style.fullWidth) ? toFullWidth(text) : text, value: x, approx: false };
}
