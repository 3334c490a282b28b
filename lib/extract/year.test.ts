import { describe, expect, it } from "vitest";
import { detectReportMeta } from "./meta";
import { detectYear } from "./year";

const yearOf = (text: string) => detectReportMeta(text).year;

describe("the year a report is about", () => {
  it.each([
    ["庆阳市人民政府关于2023年法治政府建设情况的报告\n…\n庆阳市人民政府\n2024年2月28日", 2023],
    ["红寺堡区2024年法治政府建设的年度报告\n时间:2025-03-28 来源:红寺堡区人民政府办公室\n2024年红寺堡区…", 2024],
    ["某县2018年法治政府建设工作要点\n发布日期:2018年3月2日\n为做好2018年工作…", 2018],
    ["某县人民政府关于二〇二二年度法治政府建设情况的报告\n二〇二三年二月十日", 2022],
    ["某市2022年度法治政府建设工作总结和2023年工作计划", 2022],
  ])("from the title: %s", (text, year) => {
    expect(yearOf(text)).toBe(year);
  });

  it("never from the publication date when the text says which year it covers", () => {
    expect(yearOf("法治政府建设年度报告\n发布时间:2024-03-01 09:00\n2023年,我县坚持依法行政。")).toBe(2023);
    expect(yearOf("梁子湖区出台法治政府建设工作要点为全年工作指明方向\n05.06.2018 20:39\n日前,梁子湖区出台2018年法治政府建设工作要点及任务分解。")).toBe(2018);
  });

  it("from the opening of an untitled text, after a yearbook heading", () => {
    expect(detectYear(null, ["【行政复议】2020年,县司法局收到行政复议申请12件。"])).toBe(2020);
    expect(detectYear(null, ["2024年,我市坚持以习近平新时代中国特色社会主义思想为指导。"])).toBe(2024);
  });

  it("ignores spans and dates", () => {
    expect(detectYear("关于《法治政府建设实施纲要(2021-2025年)》落实情况的报告", ["2022年,我区…"])).toBe(2022);
    expect(detectYear(null, ["今年以来,我县贯彻《纲要(2021—2025年)》,2024年3月召开会议,现将2023年度法治政府建设情况报告如下"])).toBe(2023);
  });

  it("falls back to the year written most often, and to null", () => {
    expect(detectYear(null, ["今年以来,围绕2021年目标,2021年工作稳步推进,谋划2022年。"])).toBe(2021);
    expect(detectYear(null, ["今年以来,全县上下坚持依法行政。"])).toBeNull();
    expect(detectYear(null, [])).toBeNull();
  });
});
