import { readFileSync } from "node:fs";
import path from "node:path";
import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { cpuMs } from "@/tests/cpu-time";
import { explainReport, extractReport } from "./rules-engine";

const sample = readFileSync(path.resolve(__dirname, "../../data/samples/000_ac45cf8051bb6945.txt"), "utf8");

// report-like fragments, so generated strings reach the rules and not only the tokenizer
const fragment = fc.constantFrom(
  "全年共收到行政复议申请", "受理", "审结", "件", ",", "。", "\n", "%", "１２", "56", "1,234", "三百余", "万",
  "调解成功率", "全县", "其中", "同比下降", "市政府本级", "《", "》", "行政机关负责人出庭应诉率", "调处成功", "名", "公职律师",
);
const reportish = fc.array(fc.oneof(fragment, fc.string({ maxLength: 5 })), { maxLength: 200 }).map((parts) => parts.join(""));

describe("extractReport never fails", () => {
  it("returns for any string, with offsets that index the input", () => {
    fc.assert(
      fc.property(fc.oneof(fc.string({ maxLength: 2000 }), fc.string({ unit: "binary", maxLength: 500 }), reportish), (s) => {
        const { facts, candidates } = explainReport(s);
        for (const v of [...facts.indicators, ...candidates]) expect(s.slice(v.start, v.end)).toBe(v.evidence);
        for (const v of facts.indicators) expect(Number.isFinite(v.value)).toBe(true);
      }),
      { numRuns: 400 },
    );
  });

  it("binary junk returns at once", () => {
    const junk = String.fromCharCode(...Array.from({ length: 60_000 }, (_, i) => (i * 7919 + 13) % 65536));
    expect(cpuMs(() => expect(() => extractReport(junk)).not.toThrow())).toBeLessThan(3000);
  });

  it("a megabyte of report text, and a megabyte without a single break, in bounded time", () => {
    const big = sample.repeat(Math.ceil(1_000_000 / sample.length));
    let facts!: ReturnType<typeof extractReport>;
    expect(cpuMs(() => (facts = extractReport(big)))).toBeLessThan(5000);
    for (const v of facts.indicators) expect(big.slice(v.start, v.end)).toBe(v.evidence);

    const unbroken = "全县共调解矛盾纠纷1234件调解成功1200件".repeat(40_000);
    expect(cpuMs(() => extractReport(unbroken))).toBeLessThan(5000);
  });

  it("is deterministic", () => {
    expect(extractReport(sample)).toEqual(extractReport(sample));
  });
});
