import { describe, expect, it } from "vitest";
import { titleFromText } from "./title-from-text";

describe("a title from the text", () => {
  it.each([
    ["西峰区召开2023年法治政府建设工作推进会\n发布时间:2023-05-06\n会议指出,……。", "西峰区召开2023年法治政府建设工作推进会"],
    ["\n\n  来源:庆阳市司法局\n庆阳市深入推进依法行政\n正文。", "庆阳市深入推进依法行政"],
    ["2023年,全市坚持以习近平新时代中国特色社会主义思想为指导,深入推进法治政府建设。", null],
    ["", null],
  ])("%j → %s", (text, title) => {
    expect(titleFromText(text)).toBe(title);
  });
});
