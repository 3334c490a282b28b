import { describe, expect, it } from "vitest";
import { findDate, findDates } from "./date";
import { detectReportMeta } from "./meta";

const publishedOn = (text: string) => detectReportMeta(text).publishedOn;

describe("dates", () => {
  it.each([
    ["2025-03-28", "2025-03-28"],
    ["2025/3/8 10:00", "2025-03-08"],
    ["2022年02月15日", "2022-02-15"],
    ["2024年2月28日", "2024-02-28"],
    ["2024年三月二十八日", "2024-03-28"],
    ["2024年十二月十日", "2024-12-10"],
    ["05.06.2018 20:39", "2018-06-05"],
    ["2023年2月30日", null],
    ["2023年13月1日", null],
    ["索引号:11522/2023-00012", null],
  ])("%s -> %s", (s, iso) => {
    expect(findDate(s)?.iso ?? null).toBe(iso);
  });
});

describe("publication date", () => {
  it("from a metadata line near the top", () => {
    expect(publishedOn("某县2023年法治政府建设年度报告\n发表时间:2024-02-10 15:54 来源:某县司法局\n2023年,我县…")).toBe("2024-02-10");
    expect(publishedOn("沈阳市人民政府关于2021年法治政府建设情况的报告\n时间:2022年02月15日来源:市司法局\n2021年…")).toBe("2022-02-15");
    expect(publishedOn("黑龙江省2024年度法治政府建设情况报告\n2025-04-27 10:14 黑龙江省人民政府网\n2024年…")).toBe("2025-04-27");
  });

  it("from the date under the signature, also in Chinese numerals", () => {
    const body = "2023年,我县坚持依法行政。".repeat(500);
    expect(publishedOn(`某县人民政府关于2023年法治政府建设情况的报告\n${body}\n专此报告。\n某县人民政府\n2024年2月28日\nWord版本下载`)).toBe("2024-02-28");
    expect(publishedOn(`某县人民政府关于2023年法治政府建设情况的报告\n${body}\n某县人民政府\n二〇二四年三月二十八日`)).toBe("2024-03-28");
  });

  it("is null when the text states none, and never a related article's date", () => {
    expect(publishedOn("清远市清城区人民政府2024年\n法治政府建设年度报告\n2024年,清城区…")).toBeNull();
    const body = "2023年,我县坚持依法行政。".repeat(500);
    expect(publishedOn(`某县2023年法治政府建设年度报告\n${body}\n相关新闻\n某县召开推进会 2024-05-01`)).toBeNull();
  });
  it("a span of months is no date (2023年1-12月 is not 12 January)", () => {
    expect(findDates("2023年1-12月,全县共受理行政复议案件120件。")).toEqual([]);
    expect(findDates("2023年1月1日至2023年12月31日").map((d) => d.iso)).toEqual(["2023-01-01", "2023-12-31"]);
    expect(findDates("发布时间:2024-01-25 统计至2024/1/20").map((d) => d.iso)).toEqual(["2024-01-25", "2024-01-20"]);
  });
});

describe("a metadata table read out one cell a line (gathered/1310)", () => {
  it("takes the date under its 发布日期 label", () => {
    const text = "• 索引号\n• 01525502-2-16_C/2016-1226003\n• 发布日期\n• 2016-09-28\n• 文号\n• 保司发〔2016〕71号\n保山市司法局关于政协保山市三届五次会议第144号提案的答复\n您委在会上提出的提案收悉。";
    expect(publishedOn(text)).toBe("2016-09-28");
  });
  it("not a date under any other label", () => {
    expect(publishedOn("• 成文日期\n• 2016-09-01\n保山市司法局关于第144号提案的答复\n您委提出的提案收悉。")).toBeNull();
  });
});

describe("a report to a people's congress dated by its sitting (batch Z2: 1384)", () => {
  it("——2023年11月29日在…会议上 is its date", () => {
    const text = "重庆市人民政府关于办理代表建议情况的报告\n——2023年11月29日在市六届人大常委会第五次会议上\n市政府副市长 商 奎\n市人大常委会:\n现将有关情况报告如下。";
    expect(publishedOn(text)).toBe("2023-11-29");
  });
});

describe("a site's clock is no publication date (rules-2.10.0)", () => {
  it("passes over a header's date with its weekday and takes the page's own", () => {
    const text = "天津市宁河区人民政府\n2019年12月3日星期二\n根据《中华人民共和国政府信息公开条例》要求,编制本报告。\n发布时间:2023-03-01\n";
    expect(publishedOn(text)).toBe("2023-03-01");
  });

  it("still takes a date alone on its line, without a weekday", () => {
    expect(publishedOn("某县人民政府2022年政府信息公开工作年度报告\n2023年1月30日\n一、总体情况\n")).toBe("2023-01-30");
  });
});
