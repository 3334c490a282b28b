import { describe, expect, it } from "vitest";
import { extractBody } from "../testing";

// names listed before 分别, then the figures in the same order
describe("figures listed separately (分别)", () => {
  it.each([
    [
      "two proposals' counts",
      "全年共承办县人大代表建议和县政协委员提案分别为128件和156件,办复率均为100%。",
      { "supervision.npc_proposals@own": 128, "supervision.cppcc_proposals@own": 156 },
    ],
    ["two rates", "行政机关负责人出庭应诉率、胜诉率分别为100%、95%。", { "litigation.head_appearance_rate@area": 100, "litigation.win_rate@area": 95 }],
    [
      "three measures sharing their noun",
      "全年收到、受理、审结行政复议案件分别为56件、52件、49件。",
      { "reconsideration.received@own": 56, "reconsideration.accepted@own": 52, "reconsideration.concluded@own": 49 },
    ],
    [
      "names then figures without 分别",
      "共承办人大代表建议、政协委员提案128件、156件。受理和审结行政复议案件56件、52件。",
      { "supervision.npc_proposals@own": 128, "supervision.cppcc_proposals@own": 156, "reconsideration.accepted@own": 56, "reconsideration.concluded@own": 52 },
    ],
    ["a rate beside one no key counts", "全县人民调解组织共调解纠纷5000件,调解成功率和群众满意率分别为99%和98%。", { "mediation.disputes@area": 5000, "mediation.success_rate@area": 99 }],
  ])("%s", (_name, body, expected) => {
    expect(extractBody(body)).toEqual(expected);
  });

  it.each([
    ["more figures than names", "全年收到、受理行政复议申请分别为56件、52件、49件。"],
    ["changes listed separately", "受理行政复议案件、行政应诉案件同比分别上升76.9%和60.5%。"],
  ])("stays turned down: %s", (_name, body) => {
    expect(extractBody(body)).toEqual({});
  });
});
