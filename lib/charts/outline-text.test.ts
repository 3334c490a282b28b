import { describe, expect, it, vi } from "vitest";

vi.mock("server-only", () => ({}));
const { outlineFamily, outlineTexts } = await import("./outline-text");

describe("outlining a chart's text", () => {
  it.skipIf(outlineFamily() === null)("turns Chinese text into path data that covers its glyphs", () => {
    const [title, digits, empty] = outlineTexts([
      { text: "调解成功率 · 庆阳市", size: 14, bold: false },
      { text: "98.5%", size: 12, bold: true },
      { text: " ", size: 12, bold: false },
    ])!;
    expect(title).toMatch(/^M[\d.-]+ [\d.-]+/);
    // glyphs sit above the baseline (negative y) and to the right of the start
    const ys = [...title.matchAll(/[ML]([\d.-]+) ([\d.-]+)/g)].map((m) => Number(m[2]));
    expect(Math.min(...ys)).toBeLessThan(-5);
    expect(digits.length).toBeGreaterThan(50);
    expect(empty).toBe("");
  });

  it.skipIf(outlineFamily() === null)("keeps every script of a mixed line (Skia alone dropped what followed a change of script)", () => {
    const [mixed, chinese] = outlineTexts([
      { text: "来源 Source: 法治", size: 14, bold: false },
      { text: "来源", size: 14, bold: false },
    ])!;
    const right = (d: string) => Math.max(...[...d.matchAll(/[ML]([\d.-]+) /g)].map((m) => Number(m[1])));
    expect(right(mixed)).toBeGreaterThan(right(chinese) + 50);
  });
});
