import { describe, expect, it } from "vitest";
import { extractBody } from "../testing";

// the measure before the number, what it counts after it
describe("the counted noun after the number", () => {
  it.each([
    ["received", "全年共收到56件行政复议申请,依法受理48件。", { "reconsideration.received@own": 56, "reconsideration.accepted@own": 48 }],
    ["concluded", "全年共办结45件行政复议案件。", { "reconsideration.concluded@own": 45 }],
    ["disputes", "全年共排查化解3200件矛盾纠纷。", { "mediation.disputes@area": 3200 }],
    ["events", "全年共组织开展120场普法宣传活动。", { "legal_education.events@area": 120 }],
    ["disclosures", "全年共主动公开3456条政府信息。", { "transparency.disclosures@area": 3456 }],
    ["documents issued", "全年共发布12件行政规范性文件。", { "normative_docs.issued@own": 12 }],
    ["suits", "全年共办理89件行政应诉案件。", { "litigation.cases@area": 89 }],
    ["officers trained", "全年共培训1200名行政执法人员。", { "enforcement.officers_trained@area": 1200 }],
  ])("%s", (_name, body, expected) => {
    expect(extractBody(body)).toEqual(expected);
  });

  it.each([
    ["a time the text speaks of (gathered/427)", "2024年,宁夏司法厅办结2件行政复议案件时,发现相关厅局在承办审批过程中存在问题。"],
    ["what some of them became, one kind of them (gathered/573)", "王垠方、袁能、戴志、李俊彦、马年丰5人被聘为专职法律顾问。"],
    ["a second claim run on without its comma", "全县调解矛盾纠纷4276件成功化解4113件。"],
  ])("not a count of the noun: %s", (_name, body) => {
    const values = extractBody(body);
    expect(values["reconsideration.concluded@own"]).toBeUndefined();
    expect(values["legal_advisors.count@own"]).toBeUndefined();
    expect(values["mediation.resolved@area"] ?? 4113).toBe(4113);
  });
});
