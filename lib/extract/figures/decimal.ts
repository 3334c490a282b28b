/**
 * Exact decimals for number parsing: 3.63万 must be 36300 and 0.57*100 must be 57, which binary
 * floating point does not give (0.57 * 100 === 56.99999999999999). A value is mantissa × 10^-exp.
 */
export interface Decimal {
  mantissa: bigint;
  exp: number;
}

export const ZERO: Decimal = { mantissa: BigInt(0), exp: 0 };

const TEN = BigInt(10);

function pow10(n: number): bigint {
  let r = BigInt(1);
  for (let i = 0; i < n; i++) r *= TEN;
  return r;
}

/** "1,156.25" -> 115625e-2; separators are dropped, anything else must be digits and one dot. */
export function decimalFromString(s: string): Decimal | null {
  const clean = s.replace(/,/g, "");
  if (!/^\d+(\.\d+)?$/.test(clean)) return null;
  const dot = clean.indexOf(".");
  if (dot < 0) return { mantissa: BigInt(clean), exp: 0 };
  return { mantissa: BigInt(clean.slice(0, dot) + clean.slice(dot + 1)), exp: clean.length - dot - 1 };
}

export function decimalFromInt(n: number): Decimal {
  return { mantissa: BigInt(n), exp: 0 };
}

function align(a: Decimal, b: Decimal): [bigint, bigint, number] {
  if (a.exp === b.exp) return [a.mantissa, b.mantissa, a.exp];
  if (a.exp > b.exp) return [a.mantissa, b.mantissa * pow10(a.exp - b.exp), a.exp];
  return [a.mantissa * pow10(b.exp - a.exp), b.mantissa, b.exp];
}

export function add(a: Decimal, b: Decimal): Decimal {
  const [x, y, exp] = align(a, b);
  return { mantissa: x + y, exp };
}

export function multiply(a: Decimal, b: Decimal): Decimal {
  return { mantissa: a.mantissa * b.mantissa, exp: a.exp + b.exp };
}

/** × 10^power without rounding: shifting the decimal point, never a float multiplication */
export function shift(a: Decimal, power: number): Decimal {
  if (power <= a.exp) return { mantissa: a.mantissa, exp: a.exp - power };
  return { mantissa: a.mantissa * pow10(power - a.exp), exp: 0 };
}

export function isZero(a: Decimal): boolean {
  return a.mantissa === BigInt(0);
}

/** The double nearest to the exact value: the same double parsing its decimal string would give. */
export function toNumber(a: Decimal): number {
  if (a.exp === 0) return Number(a.mantissa);
  const digits = a.mantissa.toString().padStart(a.exp + 1, "0");
  return Number(`${digits.slice(0, digits.length - a.exp)}.${digits.slice(digits.length - a.exp)}`);
}
