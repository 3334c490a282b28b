import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { cpuMs } from "@/tests/cpu-time";
import { detectReportMeta } from "./meta";

const KINDS = ["annual_report", "work_plan", "other"];

function wellFormed(meta: ReturnType<typeof detectReportMeta>) {
  expect(KINDS).toContain(meta.kind);
  expect(meta.year === null || (Number.isInteger(meta.year) && meta.year >= 1990 && meta.year <= 2100)).toBe(true);
  expect(meta.publishedOn === null || /^\d{4}-\d{2}-\d{2}$/.test(meta.publishedOn)).toBe(true);
  if (meta.jurisdiction) expect(meta.jurisdiction.code).toMatch(/^\d{6}$/);
}

// pieces of real reports, so generated texts reach the interesting paths, not just the empty ones
const piece = fc.constantFrom(
  "庆阳市人民政府关于2023年法治政府建设情况的报告", "鼓楼区", "福州市", "二〇二三年", "年度报告", "工作要点",
  "发布时间:", "2024-02-28", "05.06.2018", "【人民调解】", "全县", "我市", "\n", " ", "(xiàn)", "實現", "《", "》",
  "2021-2025年", "人民政府", "中共", "区委", "政府信息公开", "江干区", "和安县", "司法局",
);
const text = fc.array(fc.oneof(piece, fc.string(), fc.string({ unit: "binary" })), { maxLength: 60 }).map((parts) => parts.join(""));

describe("detectReportMeta on any input", () => {
  it("returns a well-formed result and never throws", () => {
    fc.assert(
      fc.property(text, (t) => {
        wellFormed(detectReportMeta(t));
      }),
      { numRuns: 500 },
    );
  });

  it("copes with binary junk", () => {
    fc.assert(
      fc.property(fc.uint8Array({ maxLength: 20_000 }), (bytes) => {
        wellFormed(detectReportMeta(new TextDecoder("utf-8").decode(bytes)));
        wellFormed(detectReportMeta(String.fromCharCode(...bytes.slice(0, 5000))));
      }),
      { numRuns: 100 },
    );
  });

  it("reads 1 MB texts in bounded time", () => {
    const inputs = [
      "法治政府建设".repeat(200_000),
      "庆阳市人民政府关于2023年法治政府建设情况的报告\n" + "鼓楼区2023年,".repeat(100_000),
      " ".repeat(1_000_000),
      "\n".repeat(1_000_000),
      "2023年".repeat(200_000),
      "(".repeat(500_000) + "年",
      "\uD800".repeat(1_000_000),
    ];
    for (const input of inputs) {
      expect(cpuMs(() => wellFormed(detectReportMeta(input)))).toBeLessThan(500);
    }
  });

  it("returns the empty result for empty and non-string input", () => {
    expect(detectReportMeta("")).toEqual({ jurisdiction: null, year: null, kind: "other", title: null, publishedOn: null, byDepartment: false });
    expect(detectReportMeta(undefined as unknown as string).kind).toBe("other");
  });
});
