import { describe, expect, it } from "vitest";
import { readSelection } from "./read-selection";

describe("reading the figure of a selection", () => {
  it.each([
    ["去年共收到行政复议申请2371件", 2371, false, false],
    ["调解矛盾纠纷3.63万件", 36300, false, false],
    ["化解纠纷两万余件", 20000, true, false],
    ["共办理1.2亿元", 120000000, false, false],
    ["接待群众近千人次", 1000, true, false],
    ["受理案件300多件", 300, true, false],
    ["调解成功率达百分之九十八点五", 98.5, false, true],
    ["行政复议综合纠错率为21.17%", 21.17, false, true],
    ["综合纠错率为２１．１７％", 21.17, false, true],
    ["收到申请１，１５６件", 1156, false, false],
    ["调处纠纷二十万零五件", 200005, false, false],
    ["2023年全市共受理行政复议案件56件", 56, false, false],
    ["截至12月31日,共有人民调解委员会198个", 198, false, false],
  ])("%s → %d", (text, value, approx, percent) => {
    expect(readSelection(text)).toEqual({ ok: true, value, approx, percent });
  });

  it("refuses a selection with no number, or with two, saying which", () => {
    const none = readSelection("依法受理");
    expect(none).toMatchObject({ ok: false, reason: "no_number" });
    expect(none.ok ? "" : none.message).toMatch(/没有数字.*no number/);
    const two = readSelection("受理52件,审结48件");
    expect(two).toMatchObject({ ok: false, reason: "several_numbers", found: [52, 48] });
    expect(two.ok ? "" : two.message).toMatch(/2 个数字.*52、48.*2 numbers/);
    // a year alone is a date, not a figure
    expect(readSelection("2023年")).toMatchObject({ ok: false, reason: "no_number" });
    // an ordinal is not a figure either
    expect(readSelection("第3次常务会议审议规范性文件12件")).toMatchObject({ ok: true, value: 12 });
  });
});
