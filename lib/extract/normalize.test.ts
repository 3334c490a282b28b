import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { normalizeForExtraction, toOriginalSpan } from "./normalize";

const norm = (s: string) => normalizeForExtraction(s).text;

describe("normalizeForExtraction", () => {
  it("turns full-width digits and punctuation into ASCII", () => {
    expect(norm("受理２０件，审结１８件；结案率９０％（含上年）")).toBe("受理20件,审结18件;结案率90%(含上年)");
  });

  it("drops spaces next to Chinese but keeps one between two Latin words or numbers", () => {
    expect(norm("7700 多个政务服务事项　实现 PDF 下载")).toBe("7700多个政务服务事项实现PDF下载");
    expect(norm("2020 2021 Word 版本")).toBe("2020 2021 Word版本");
  });

  it("simplifies traditional characters and removes converter pinyin", () => {
    expect(norm("推動法治政府建設實現(xiàn)新突破")).toBe("推动法治政府建设实现新突破");
    expect(norm("调解(PDF)")).toBe("调解(PDF)");
  });

  it("joins a line wrapped inside a sentence, keeps headings and titles apart", () => {
    expect(norm("2023年,县政府全年共收到行政复议申请56件,依法受理行政复\n议案件52件。")).toBe(
      "2023年,县政府全年共收到行政复议申请56件,依法受理行政复议案件52件。",
    );
    expect(norm("一、主要举措和成效\n全年共收到申请56件。")).toBe("一、主要举措和成效\n全年共收到申请56件。");
    expect(norm("安远县人民政府关于2023年法治政府建设情况的报告\n2023年,全县...")).toContain("报告\n2023年");
    expect(norm("全年共收到行政复议申请56件。\n二是加强行政应诉工作")).toContain("\n二是");
  });

  it("maps every normalised character back to the original", () => {
    const original = "受理　２０ 件，\r\n审结１８件。實現(xiàn)";
    const n = normalizeForExtraction(original);
    const at = n.text.indexOf("审结");
    const span = toOriginalSpan(n, at, at + "审结18件".length);
    expect(original.slice(span.start, span.end)).toBe("审结１８件");
  });

  it("offsets are monotonic and in range for any input", () => {
    fc.assert(
      fc.property(fc.string({ maxLength: 300 }), (s) => {
        const n = normalizeForExtraction(s);
        expect(n.toOriginal.length).toBe(n.text.length + 1);
        for (let i = 1; i < n.toOriginal.length; i++) expect(n.toOriginal[i]).toBeGreaterThan(n.toOriginal[i - 1]);
        expect(n.toOriginal[n.text.length]).toBe(s.length);
      }),
      { numRuns: 300 },
    );
  });
});
