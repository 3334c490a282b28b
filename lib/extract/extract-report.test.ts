import { readFileSync } from "node:fs";
import path from "node:path";
import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { cpuMs } from "@/tests/cpu-time";
import { normalizeReportText } from "../documents/normalize-report-text";
import { extractReport } from "./index";

const sampleText = normalizeReportText(readFileSync(path.resolve(__dirname, "../../data/samples/000_ac45cf8051bb6945.txt"), "utf8"));

// a report opening that names a real county, so values are read as that jurisdiction's
const report = (body: string, year = 2023) => `瑞安市人民政府关于${year}年法治政府建设情况的报告\n${body}`;
const values = (body: string, year = 2023) => extractReport(report(body, year)).indicators.map((v) => ({ key: v.key, value: v.value, scope: v.scope, approx: v.approx, derived: v.derived }));
const keyed = (body: string, year = 2023) => Object.fromEntries(values(body, year).map((v) => [`${v.key}@${v.scope}`, v.value]));

describe("hard cases", () => {
  it("reads a list of figures in one sentence, each with the sentence's topic", () => {
    expect(keyed("全年共收到行政复议申请56件,受理52件,审结49件,结案率94.2%,综合纠错率12.5%。")).toEqual({
      "reconsideration.received@own": 56,
      "reconsideration.accepted@own": 52,
      "reconsideration.concluded@own": 49,
      "reconsideration.conclusion_rate@own": 94.2,
      "reconsideration.correction_rate@own": 12.5,
    });
  });

  it("does not take year-over-year changes, targets or previous years for values", () => {
    expect(keyed("办理行政应诉案件45件,同比下降12.5%。")).toEqual({ "litigation.cases@area": 45 });
    expect(keyed("力争行政机关负责人出庭应诉率达到100%。")).toEqual({});
    expect(keyed("上年度办理行政应诉案件60件。")).toEqual({});
    expect(keyed("2022年收到行政复议申请30件。")).toEqual({});
    expect(keyed("较上年增加公职律师15名。")).toEqual({});
  });

  it("does not take a sub-unit's or a cumulative figure for the jurisdiction's", () => {
    expect(keyed("其中,全县12个驻所调解室共调处矛盾纠纷300件,调处成功290件,成功率96.7%。")).toEqual({});
    expect(keyed("城关镇调解委员会调解纠纷80件。")).toEqual({});
    expect(keyed("近三年累计调解矛盾纠纷9000件。")).toEqual({});
    expect(keyed("自2019年以来,共发布行政规范性文件40件。")).toEqual({});
  });

  it("tells applications received from cases where the government is the respondent", () => {
    expect(keyed("收到行政被复议案件20件,已结案16件,结案率80%。")).toEqual({});
  });

  it("keeps the whole area's and the government's own figures apart", () => {
    expect(keyed("市政府本级制定行政规范性文件6件,全市各级政府制定行政规范性文件38件。")).toEqual({
      "normative_docs.issued@own": 6,
      "normative_docs.issued@area": 38,
    });
  });

  it("reads full-width digits and punctuation and text without punctuation", () => {
    expect(keyed("全县共调解矛盾纠纷１，２３４件，调解成功１，２００件，调解成功率９７．２％。")).toMatchObject({
      "mediation.disputes@area": 1234,
      "mediation.resolved@area": 1200,
      "mediation.success_rate@area": 97.2,
    });
  });

  it("reads Chinese numerals and approximate figures", () => {
    const v = values("全年主动公开政府信息1.2万余条,开展法治宣传活动三百余场。");
    expect(v).toContainEqual(expect.objectContaining({ key: "transparency.disclosures", value: 12000, approx: true }));
    expect(v).toContainEqual(expect.objectContaining({ key: "legal_education.events", value: 300, approx: true }));
  });

  it("derives a mediation success rate from its counts, flagged, when the report gives none", () => {
    expect(values("全县共排查调解矛盾纠纷400件,调解成功380件。")).toContainEqual(
      expect.objectContaining({ key: "mediation.success_rate", value: 95, derived: true }),
    );
  });

  it("warns about a stated rate that disagrees with its own counts and a rate over 100", () => {
    const facts = extractReport(report("全县共调解矛盾纠纷400件,调解成功380件,调解成功率99%。行政机关负责人出庭应诉率达120%。"));
    expect(facts.warnings.map((w) => w.code).sort()).toEqual(["rate_disagrees_with_counts", "rate_over_100"]);
  });

  it("takes nothing from a work plan", () => {
    const plan = "瑞安市2024年法治政府建设工作要点\n全面落实行政规范性文件合法性审核机制,审核率达到100%,行政机关负责人出庭应诉率100%。";
    const facts = extractReport(plan);
    expect(facts.kind).toBe("work_plan");
    expect(facts.indicators).toEqual([]);
  });

  it("reads people and organisations written number first", () => {
    expect(keyed("全县建有人民调解委员会215个,共聘请法律顾问12名,完成300名行政执法人员培训。")).toMatchObject({
      "mediation.committees@area": 215,
      "legal_advisors.count@own": 12,
      "enforcement.officers_trained@area": 300,
    });
  });
});

describe("phrasing seen in other places", () => {
  it("keeps thousands separators inside one number", () => {
    expect(keyed("全年培训执法人员2,300余名,评查行政执法案卷1,036卷。")).toEqual({
      "enforcement.officers_trained@area": 2300,
      "enforcement.case_files_reviewed@area": 1036,
    });
  });

  it("gives a figure shared by a list of rates to each of them", () => {
    expect(keyed("全县行政机关负责人出庭应诉率、行政复议决定履行率、法院生效判决履行率均为100%。")).toEqual({
      "litigation.head_appearance_rate@area": 100,
      "litigation.judgment_fulfillment_rate@area": 100,
    });
  });

  it("keeps the verb shared by a list of reviewed items", () => {
    expect(keyed("县司法局全年审查县政府规范性文件、合同、协议等涉法事项186件。")).toEqual({ "legality_review.items@own": 186 });
  });

  it("does not take a named department's or specialised committee's figure for the area's", () => {
    expect(keyed("其中县市场监管局评查案卷120卷。")).toEqual({});
    expect(keyed("县医疗纠纷人民调解委员会调解医疗纠纷29件,调解成功28件,成功率96.6%。")).toEqual({});
    expect(keyed("全县各级人民调解委员会调解矛盾纠纷1,200件。")).toEqual({ "mediation.disputes@area": 1200 });
  });

  it("reads where a rate stands now in 由…提升至…", () => {
    expect(keyed("行政机关负责人出庭应诉率由2020年的63.2%提升至95.1%。", 2021)).toEqual({ "litigation.head_appearance_rate@area": 95.1 });
  });

  it("takes no figure from a department's own report, but what it says of the whole place", () => {
    const text = "瑞安市市场监督管理局2022年工作总结\n全年制定规范性文件3件,办理政府信息公开申请12件,聘请法律顾问2名。";
    expect(extractReport(text).indicators).toEqual([]);
    expect(extractReport(text).byDepartment).toBe(true);
    // the 司法局 hears reconsideration for the government (gathered/565: its legality review)
    const justice = "瑞安市司法局2022年工作总结\n全年共受理行政复议案件23件,办结21件。";
    expect(extractReport(justice).indicators.map((v) => `${v.key}@${v.scope}=${v.value}`)).toEqual(["reconsideration.accepted@own=23", "reconsideration.concluded@own=21"]);
    // the catalogue: the subject decides, not the issuer (data/real/gathered/350: 赣州市司法局)
    const whole = "瑞安市司法局2022年工作总结\n全市各级人民调解组织共调解矛盾纠纷3200件,调解成功3180件。我局受理行政复议案件23件。";
    expect(extractReport(whole).indicators.map((v) => `${v.key}@${v.scope}=${v.value}`)).toEqual(["mediation.disputes@area=3200", "mediation.resolved@area=3180", "mediation.success_rate@area=99.38"]);
  });

  it("tells information requests from disclosures, and a floor from a figure", () => {
    expect(keyed("全年主动公开政府信息3,200条,办理政府信息公开申请142件。")).toEqual({
      "transparency.disclosures@area": 3200,
      "transparency.requests@area": 142,
    });
    expect(keyed("全县调解成功率保持在97%以上。")).toEqual({});
  });

  it("does not read words like 三项制度 as figures, nor document titles in 《》", () => {
    expect(keyed("全面落实重大执法决定法制审核“三项制度”。")).toEqual({});
    expect(keyed("贯彻《2019年行政复议工作要点》,全年受理行政复议案件12件。")).toEqual({ "reconsideration.accepted@own": 12 });
  });
});

describe("robustness", () => {
  it("returns for any string without throwing", () => {
    fc.assert(
      fc.property(fc.string({ maxLength: 2000 }), (s) => {
        const facts = extractReport(s);
        for (const v of facts.indicators) expect(s.slice(v.start, v.end)).toBe(v.evidence);
      }),
      { numRuns: 300 },
    );
  });

  it("returns for binary junk and a megabyte of text in bounded time", () => {
    const junk = String.fromCharCode(...Array.from({ length: 50_000 }, (_, i) => (i * 7919) % 65535));
    expect(() => extractReport(junk)).not.toThrow();
    const big = sampleText.repeat(Math.ceil(1_000_000 / sampleText.length));
    expect(cpuMs(() => extractReport(big))).toBeLessThan(5_000);
  });
});
