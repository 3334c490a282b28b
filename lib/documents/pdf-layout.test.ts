import { describe, expect, it } from "vitest";
import { layoutPdfText, type PdfTextItem } from "./pdf-layout";

/** One run of text at (x, y), 12 pt, each CJK character 12 wide and each ASCII one 6. */
const run = (str: string, x: number, y: number, hasEOL = false): PdfTextItem => ({
  str,
  x,
  y,
  width: [...str].reduce((w, ch) => w + (ch.charCodeAt(0) < 0x80 ? 6 : 12), 0),
  size: 12,
  hasEOL,
});

describe("layoutPdfText", () => {
  it("joins wrapped lines of a paragraph and starts a new one at an indent or a short line", () => {
    const page = [
      run("市人大常委会:", 60, 800, true),
      run("全年受理行政复议案件", 84, 780, true), // indented first line, reaches the right edge (204)
      run("二百件全部审结完毕了", 60, 760, true), // continues: not indented, full
      run("结案率100%。", 60, 740, true), // short: paragraph ends
      run("下一段落的第一行文字", 84, 720, true),
    ];
    expect(layoutPdfText([{ items: page }])).toBe("市人大常委会:\n全年受理行政复议案件二百件全部审结完毕了结案率100%。\n下一段落的第一行文字");
  });

  it("drops the spaces PDF.js puts where the font switches between Chinese and digits", () => {
    const page = [run("全区建有 ", 60, 800), run("198", 114, 800), run(" 个人民调解委员会", 135, 800, true)];
    expect(layoutPdfText([{ items: page }])).toBe("全区建有198个人民调解委员会");
  });

  it("keeps a number broken over two lines whole, and Latin words apart", () => {
    const full = "调处各类纠纷排查调处成功";
    const pages = [[run(full, 60, 800, true), run(`${full}17`, 60, 780, true), run("723件。", 60, 760, true)]];
    expect(layoutPdfText(pages.map((items) => ({ items })))).toContain("调处成功17723件。");
  });

  it("turns wide gaps on a line into tabs (table columns) and never joins table rows", () => {
    const page = [run("指标", 60, 800), run("数值", 150, 800, true), run("法律顾问", 60, 780), run("6名", 150, 780, true)];
    expect(layoutPdfText([{ items: page }])).toBe("指标\t数值\n法律顾问\t6名");
  });

  it("on a short document, uses the page box: a title is not a full line", () => {
    const items = [run("庆阳市人民政府关于2023年法治政府建设情况的报告", 57, 800, true), run("市人大常委会:", 57, 772, true)];
    expect(layoutPdfText([{ items, box: { left: 0, right: 595 } }])).toBe("庆阳市人民政府关于2023年法治政府建设情况的报告\n市人大常委会:");
    expect(layoutPdfText([{ items }])).toBe("庆阳市人民政府关于2023年法治政府建设情况的报告市人大常委会:");
  });

  it("drops a bare page number at the foot of a page", () => {
    const pages = [
      [run("第一页的正文是很长的一行文字", 60, 800, true), run("第一页结束。", 60, 780, true), run("- 1 -", 280, 40, true)],
      [run("第二页的正文内容。", 84, 800, true)],
    ];
    expect(layoutPdfText(pages.map((items) => ({ items })))).toBe("第一页的正文是很长的一行文字第一页结束。\n第二页的正文内容。");
  });
});
