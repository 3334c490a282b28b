import { describe, expect, it } from "vitest";
import { splitSentences } from "./sentences";

const sentences = (text: string) => splitSentences(text).map((s) => text.slice(s.start, s.end));
const clauses = (text: string) => splitSentences(text).flatMap((s) => s.clauses.map((c) => text.slice(c.start, c.end)));

describe("splitSentences", () => {
  it("ends sentences at 。 and line breaks, numbering paragraphs", () => {
    const text = "受理20件。审结18件!\n全年办结46件";
    expect(sentences(text)).toEqual(["受理20件。", "审结18件!", "全年办结46件"]);
    expect(splitSentences(text).map((s) => s.paragraph)).toEqual([0, 0, 1]);
  });

  it("starts a new sentence at an item marker glued to the text before it", () => {
    expect(sentences("出庭应诉率均为100%二是发挥行政复议作用")).toEqual(["出庭应诉率均为100%", "二是发挥行政复议作用"]);
    expect(sentences("推进工作统一是关键")).toEqual(["推进工作统一是关键"]);
  });

  it("splits clauses at commas and semicolons, not at thousands separators", () => {
    expect(clauses("共调解纠纷1,234件,调解成功1,200件;成功率97.2%。")).toEqual(["共调解纠纷1,234件", "调解成功1,200件", "成功率97.2%"]);
  });
});
