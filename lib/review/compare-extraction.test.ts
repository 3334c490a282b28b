import { describe, expect, it } from "vitest";
import { compareWithExtraction } from "./compare-extraction";

const text = [
  "平凉市崆峒区人民政府关于2021年度法治政府建设情况的报告",
  "2021年，全区共收到行政复议申请56件，依法受理52件。全区人民调解组织共调解矛盾纠纷1200件，调解成功1180件。",
].join("\n");

describe("what the extractor reads against what a reviewer kept", () => {
  it("tells same, corrected, not kept and added apart, per key and scope", () => {
    const rows = compareWithExtraction(text, [
      { key: "reconsideration.received", scope: "area", value: 56 },
      { key: "reconsideration.accepted", scope: "area", value: 50 },
      { key: "litigation.cases", scope: "area", value: 9 },
    ]);
    const status = Object.fromEntries(rows.map((r) => [`${r.key}|${r.scope}`, r.status]));
    expect(status["reconsideration.received|area"]).toBe("same");
    expect(rows.find((r) => r.key === "reconsideration.accepted")).toMatchObject({ extracted: 52, kept: 50, status: "corrected" });
    expect(status["litigation.cases|area"]).toBe("added");
    expect(status["mediation.disputes|area"]).toBe("not_kept");
  });
});
