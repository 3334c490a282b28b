import { readFileSync } from "node:fs";
import path from "node:path";
import { describe, expect, it, vi } from "vitest";
import { connectTestDatabase } from "@/tests/connect-test-database";
import { uploadReports } from "./upload-reports";

// A store that fails unexpectedly (not an AppError: a bug, or a database error nobody foresaw)
// for one text of a batch, after another was stored.
vi.mock("./save-report", async (importOriginal) => {
  const original = await importOriginal<typeof import("./save-report")>();
  return {
    ...original,
    saveReport: async (input: Parameters<typeof original.saveReport>[0]) => {
      if (input.text.includes("(故障)")) throw new TypeError("Cannot read properties of undefined (reading 'id')");
      return original.saveReport(input);
    },
  };
});

const getPrisma = connectTestDatabase();
const gbk = new Uint8Array(readFileSync(path.resolve(__dirname, "../documents/__fixtures__/report-gbk.txt")));
const FAILING = "平凉市崆峒区人民政府关于2019年度法治政府建设情况的报告\n2019年，全区共收到行政复议申请31件。(故障)";

describe("uploadReports", () => {
  it("says of each file what happened to it when another fails unexpectedly: the stored one is reported stored", async () => {
    const errors = vi.spyOn(console, "error").mockImplementation(() => {});
    const outcomes = await uploadReports(
      [
        { fileName: "good.txt", bytes: gbk },
        { fileName: "pasted.txt", text: FAILING },
      ],
      {},
      "test",
    );
    expect(outcomes.map((o) => ({ fileName: o.fileName, ok: o.ok, status: o.ok ? 201 : o.status }))).toEqual([
      { fileName: "good.txt", ok: true, status: 201 },
      { fileName: "pasted.txt", ok: false, status: 500 },
    ]);
    const failed = outcomes[1] as Extract<(typeof outcomes)[number], { ok: false; error: unknown }>;
    expect(failed.error).toEqual({ code: "internal", message: expect.stringMatching(/服务器内部错误.*Internal server error/) });
    expect(JSON.stringify(failed)).not.toMatch(/Cannot read|TypeError/);
    const stored = await getPrisma().report.findMany({ select: { id: true, fileName: true } });
    expect(stored).toEqual([{ id: (outcomes[0] as { id: number }).id, fileName: "good.txt" }]);
    expect(errors).toHaveBeenCalled();
    errors.mockRestore();
  });
});
