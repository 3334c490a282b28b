import { describe, expect, it } from "vitest";
import { withinMs } from "@/tests/within-time";
import { MAX_BINS, histogram, outlierFences, outlierSide, wantsLogScale } from "./distribution";

describe("histogram", () => {
  it("counts every value once in round-width bins covering min to max", () => {
    const values = [91.2, 95, 97.5, 98, 99, 99.5, 100, 100];
    const bins = histogram(values, true);
    expect(bins.reduce((n, b) => n + b.count, 0)).toBe(values.length);
    expect(bins[0].from).toBeLessThanOrEqual(91.2);
    expect(bins.at(-1)!.to).toBeGreaterThanOrEqual(100);
    const width = bins[0].to - bins[0].from;
    expect([0.5, 1, 2, 2.5, 5]).toContain(width);
    for (const b of bins) expect(b.to - b.from).toBeCloseTo(width, 9);
  });

  it("uses 1–2–5 log bins when counts span orders of magnitude, keeping empty bins", () => {
    const values = [3, 12, 15, 40, 410, 5200];
    const bins = histogram(values, false);
    expect(bins.reduce((n, b) => n + b.count, 0)).toBe(values.length);
    expect(bins.map((b) => b.from).slice(0, 4)).toEqual([2, 5, 10, 20]);
    expect(bins.some((b) => b.count === 0)).toBe(true);
    expect(bins.at(-1)!.to).toBeGreaterThan(5200);
  });

  // values a page once spun on at 100 % CPU: a step below the float spacing near max, and a
  // decade that underflows to 0 on the log scale
  it.each([
    ["two counts 32 apart near 1e17", [1e17, 1e17 + 32]],
    ["a count near 2^53 and its neighbour", [2 ** 53, 2 ** 53 + 2, 2 ** 53 + 4]],
    ["the smallest positive double beside ordinary counts", [5e-324, 1e-320, 3e-320]],
    ["the smallest positive double and 100", [5e-324, 100]],
    ["a huge range", [1e-300, 1e300]],
  ])("ends with a bounded number of bins for %s", (_name, values) => {
    const bins = withinMs(2_000, () => histogram(values, false));
    expect(bins.length).toBeGreaterThan(0);
    expect(bins.length).toBeLessThanOrEqual(MAX_BINS);
    expect(bins.reduce((n, b) => n + b.count, 0)).toBe(values.length);
  });

  it("handles one value and no values", () => {
    expect(histogram([7, 7, 7], false)).toEqual([{ from: 7, to: 7, count: 3 }]);
    expect(histogram([], false)).toEqual([]);
  });
});

describe("outliers", () => {
  it("flags values beyond Tukey's fences, on a log scale for wide-ranging counts", () => {
    const counts = [20, 25, 30, 31, 35, 40, 44, 50, 60, 4000];
    expect(wantsLogScale(counts, false)).toBe(true);
    const fences = outlierFences(counts, false)!;
    expect(fences.log).toBe(true);
    expect(outlierSide(4000, fences, false)).toBe("high");
    expect(outlierSide(20, fences, false)).toBeNull();
  });

  it("flags a low rate among high ones, and any rate outside 0–100 %", () => {
    const rates = [96, 97, 98, 98.5, 99, 99, 100, 100, 62];
    const fences = outlierFences(rates, true)!;
    expect(outlierSide(62, fences, true)).toBe("low");
    expect(outlierSide(98, fences, true)).toBeNull();
    expect(outlierSide(130, null, true)).toBe("high");
  });

  it("does not flag anything among too few places", () => {
    expect(outlierFences([1, 2, 1000], false)).toBeNull();
    expect(outlierSide(1000, null, false)).toBeNull();
  });
});

describe("a rate's histogram", () => {
  it("has no bin past 100 %, and one value is a bin of that value", () => {
    expect(histogram([100], true)).toEqual([{ from: 100, to: 100, count: 1 }]);
    expect(histogram([100, 100, 100], true)).toEqual([{ from: 100, to: 100, count: 3 }]);
    for (const values of [[95, 100], [98.34, 98.56, 100], [0, 50, 100], [59.5, 100]]) {
      const bins = histogram(values, true);
      expect(bins.at(-1)!.to, String(values)).toBeLessThanOrEqual(100);
      expect(bins.reduce((n, b) => n + b.count, 0)).toBe(values.length);
    }
  });
});
