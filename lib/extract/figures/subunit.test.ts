import { describe, expect, it } from "vitest";
import { subUnitIn } from "./subunit";

describe("a sub-unit as the subject of a figure", () => {
  it.each([
    ["据市司法局统计,全市共调解矛盾纠纷"],
    ["记者从市司法局获悉,全市共调解矛盾纠纷"],
    ["市司法局相关负责人介绍,全市现有人民调解员"],
    ["据市司法局介绍,目前全市共有公职律师"],
  ])("who tells the figure is not whose it is: %s", (region) => {
    expect(subUnitIn(region)).toBe(false);
  });

  it.each([["城关镇司法所共调解纠纷"], ["县公安局开展普法宣传活动"], ["市司法局统计的全市矛盾纠纷中,城关镇调解"]])("still a sub-unit: %s", (region) => {
    expect(subUnitIn(region)).toBe(true);
  });
});

describe("an office speaking of itself (gathered/1142)", () => {
  it.each([["截止2023年12月31日,我办收到依法处理依申请公开"], ["本办收到政府信息公开申请"]])("a sub-unit: %s", (region) => {
    expect(subUnitIn(region)).toBe(true);
  });

  it.each([["根据本办法规定,全区共"], ["我办理的行政复议案件"]])("no office: %s", (region) => {
    expect(subUnitIn(region)).toBe(false);
  });
});

describe("a mediation centre (batch Y1: 1312) and the parts of a network (gathered/1250)", () => {
  it("one centre is a sub-unit; a network described by its parts has none as its subject; whose cases they are still counts", () => {
    expect(subUnitIn("公职律师涉税争议咨询调解中心成功调解")).toBe(true);
    expect(subUnitIn("建成以县级矛盾调解中心为重点,14个乡镇调委会为主力的人民调解组织,现有人民调解员")).toBe(false);
    expect(subUnitIn("以乡、镇政府为被告的案件")).toBe(true);
  });
});

describe("a place inside the report's own (batch AA1: 1398)", () => {
  it("我县 in a province's page is one county's figure, with the levels it names", async () => {
    const { extractReport } = await import("../index");
    const text = "海南省人民代表大会常务委员会\n关于推进我省人民调解工作的建议\n我县已经建立县、镇、村三级人民调解组织192个,有658名兼职调解员。全省共有人民调解委员会3000个。";
    const values = extractReport(text).indicators.map((v) => `${v.key}=${v.value}`);
    expect(values).not.toContain("mediation.committees=192");
    expect(values).toContain("mediation.committees=3000");
  });
});

describe("one village's committee (batch AA1: 1401)", () => {
  it("speaks for itself; every village's committees together are not one", () => {
    expect(subUnitIn("高荣村人民调解委员会")).toBe(true);
    expect(subUnitIn("全县各村人民调解委员会")).toBe(false);
  });
});
