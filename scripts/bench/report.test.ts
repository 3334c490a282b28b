import { describe, expect, it } from "vitest";
import { TARGETS, buildTable, type BenchResult } from "./report";

const base: BenchResult = {
  extraction: { p50: 1, p95: 2, p50Per15KB: 1, perSecond: 900, regexP50: 0.01, medianBytes: 14_000 } as BenchResult["extraction"],
  import: { created: 100, values: 1000, failed: 0, seconds: 0.2 },
  copy: { ms: 50, error: null },
  timings: [],
  memory: { serverPeakBytes: 1, dbPeakBytes: null, importerPeakBytes: null },
};
const afterWrite = (worst: number) => ({
  uploadMs: [400, 420],
  pages: [
    { name: "overview /", path: "/", samples: [40, worst] },
    { name: "profile", path: "/jurisdictions/340103", samples: [20, 30] },
  ],
});
const row = (table: string) => table.split("\n").find((l) => l.includes("first request after a write"));

describe("the bench's first-request-after-a-write row", () => {
  it("passes when every page's slowest first request is within the target, and names each", () => {
    const { table, failed } = buildTable({ ...base, afterWrite: afterWrite(TARGETS.afterWriteMs - 1) });
    expect(row(table)).toMatch(/overview 299 ms · profile 30(\.0)? ms.*≤ 300 ms.*PASS/);
    expect(failed).toBe(false);
  });

  it("fails when one is slower", () => {
    const { table, failed } = buildTable({ ...base, afterWrite: afterWrite(TARGETS.afterWriteMs + 1) });
    expect(row(table)).toContain("FAIL");
    expect(failed).toBe(true);
  });
});
