import { readFileSync } from "node:fs";
import path from "node:path";
import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { extractReport } from "../index";
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

  // hardening issue, finding 9: invisible characters split figures (4\u200b41场 read as 1)
  const INVISIBLES = ["\u200b", "\u200c", "\u200d", "\u2060", "\u00ad", "\ufeff"];
  const SEPARATOR_SPACES = ["\u00a0", "\u2009", "\u202f", "\u2007"];

  it.each([...INVISIBLES, ...SEPARATOR_SPACES].map((c) => [JSON.stringify(c), c]))("a figure with %s inside is one figure, its evidence exact", (_name, ch) => {
    const text = `瑞安市人民政府关于2023年法治政府建设情况的报告\n全年共开展普法活动4${ch}41场,调解纠纷1${ch}200件,调解成功1${ch}180件。`;
    const facts = extractReport(text);
    expect(Object.fromEntries(facts.indicators.map((v) => [v.key, v.value]))).toMatchObject({ "legal_education.events": 441, "mediation.disputes": 1200, "mediation.resolved": 1180 });
    for (const v of facts.indicators) expect(text.slice(v.start, v.end)).toBe(v.evidence);
  });

  it("invisible characters anywhere in a real sample change none of its values", () => {
    const sample = readFileSync(path.resolve(__dirname, "../../../data/samples/000_ac45cf8051bb6945.txt"), "utf8");
    const plain = extractReport(sample).indicators.map((v) => `${v.key}@${v.scope}=${v.value}`);
    fc.assert(
      fc.property(fc.array(fc.tuple(fc.nat({ max: sample.length }), fc.constantFrom(...INVISIBLES)), { minLength: 1, maxLength: 40 }), (inserts) => {
        let text = sample;
        for (const [at, ch] of [...inserts].sort((a, b) => b[0] - a[0])) text = text.slice(0, at) + ch + text.slice(at);
        const facts = extractReport(text);
        expect(facts.indicators.map((v) => `${v.key}@${v.scope}=${v.value}`)).toEqual(plain);
        for (const v of facts.indicators) expect(text.slice(v.start, v.end)).toBe(v.evidence);
      }),
      { numRuns: 40 },
    );
  });
});

