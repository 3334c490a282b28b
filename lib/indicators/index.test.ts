import { readFileSync } from "node:fs";
import path from "node:path";
import { describe, expect, it } from "vitest";
import { INDICATORS, INDICATOR_GROUPS, getIndicator, isPlausibleValue } from ".";

// The catalogue table in docs/indicators.md is the contract; lib/indicators/index.ts must not drift from it.
const doc = readFileSync(path.resolve(__dirname, "../../docs/indicators.md"), "utf8");
const documented = doc
  .split("\n")
  .filter((line) => /^\|\s*[a-z_]+\.[a-z_]+\s*\|/.test(line))
  .map((line) => {
    const [key, zh, unit] = line.split("|").slice(1, 4).map((c) => c.trim());
    return { key, zh, unit };
  });

describe("indicator catalogue", () => {
  it("has exactly the keys of docs/indicators.md, in its order", () => {
    expect(documented.length).toBeGreaterThan(20);
    expect(INDICATORS.map((d) => d.key)).toEqual(documented.map((d) => d.key));
  });

  it.each(documented)("$key has the documented Chinese label and unit", ({ key, zh, unit }) => {
    const def = getIndicator(key);
    expect(def?.zh).toBe(zh);
    expect(def?.unit).toBe(unit);
  });

  it("puts every indicator in a known group with an English label", () => {
    const groups = new Set(INDICATOR_GROUPS.map((g) => g.id));
    for (const d of INDICATORS) {
      expect(groups.has(d.group)).toBe(true);
      expect(d.en).toMatch(/[A-Za-z]/);
    }
  });

  it("treats rates as percentages and counts as units", () => {
    for (const d of INDICATORS) {
      expect(d.unit === "%").toBe(d.key.endsWith("_rate"));
    }
  });

  it("bounds every key: rates 0–100, counts from 0 to a finite ceiling", () => {
    for (const d of INDICATORS) {
      expect(d.range.min).toBe(0);
      if (d.unit === "%") expect(d.range.max).toBe(100);
      else expect(d.range.max).toBeGreaterThanOrEqual(100_000);
      expect(Number.isFinite(d.range.max)).toBe(true);
    }
  });

  it.each([
    ["legal_advisors.count", 6, true],
    ["legal_advisors.count", 1e17, false],
    ["mediation.disputes", 9_000_000, true],
    ["mediation.success_rate", 100, true],
    ["mediation.success_rate", 100.5, false],
    ["mediation.success_rate", 5e-324, true],
    ["legal_advisors.count", 5e-324, false],
    ["legal_advisors.count", 6.5, false],
    ["litigation.cases", -1, false],
    ["litigation.cases", Number.NaN, false],
    ["no.such_key", 1, false],
  ])("%s = %d is plausible: %s", (key, value, plausible) => {
    expect(isPlausibleValue(key, value)).toBe(plausible);
  });
});
