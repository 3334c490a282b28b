import { describe, expect, it } from "vitest";
import { valueAxis } from "./axis";

describe("a value axis", () => {
  it("runs a rate from 0 to 100 % unless zoomed", () => {
    expect(valueAxis([98.34, 98.56], { isRate: true })).toEqual({ domain: [0, 100], ticks: [0, 20, 40, 60, 80, 100] });
  });

  it("zoomed, has round ticks and stays within 0–100 %", () => {
    const { ticks, domain } = valueAxis([98.34, 98.56], { isRate: true, zoom: true });
    expect(ticks.every((t) => Number.isInteger(Math.round(t * 100)) && String(t).length <= 5)).toBe(true);
    expect(domain[0]).toBeLessThanOrEqual(98.34);
    expect(domain[1]).toBeGreaterThanOrEqual(98.56);
    expect(domain[1]).toBeLessThanOrEqual(100);
    expect(valueAxis([59.5, 100], { isRate: true, zoom: true }).domain[1]).toBe(100);
  });

  it("starts a count at 0 with round ticks", () => {
    const axis = valueAxis([218, 1156, 2779], { isRate: false });
    expect(axis.domain[0]).toBe(0);
    expect(axis.domain[1]).toBeGreaterThanOrEqual(2779);
    expect(axis.ticks.every((t) => t % 500 === 0)).toBe(true);
  });
});
