import { describe, expect, it } from "vitest";
import { compareLabels } from "./agreement";
import { parseLabels } from "./labels";

const label = (over: Record<string, unknown>) =>
  parseLabels({
    jurisdiction: { name: "博乐市", level: "county", parents: ["博尔塔拉蒙古自治州", "新疆维吾尔自治区"] },
    year: 2021,
    kind: "other",
    indicators: { "mediation.disputes": { value: 4398, evidence: "调解纠纷4398件", scope: "area" } },
    ...over,
  });

describe("compareLabels", () => {
  it("agrees with itself", () => {
    const a = compareLabels(label({}), label({}));
    expect(a).toMatchObject({ jurisdiction: true, year: true, kind: true, agreeingValues: 1, disagreements: [] });
  });

  it("names every disagreement, and tells an ambiguous figure from a missing one", () => {
    const second = label({
      year: 2022,
      indicators: { "mediation.committees": { value: 181, evidence: "181个人民调解组织", scope: "area" } },
      ambiguous: { "mediation.disputes": { value: 4398 } },
    });
    const a = compareLabels(label({}), second);
    expect(a.year).toBe(false);
    expect(a.agreeingValues).toBe(0);
    expect(a.disagreements).toEqual(["year 2021 / 2022", "mediation.disputes@area 4398 / ambiguous", "mediation.committees@area — / 181"]);
  });

  it("takes a name as written and the official name for one place", () => {
    const written = label({ jurisdiction: { name: "金平县", level: "county", parents: ["红河哈尼族彝族自治州", "云南省"] } });
    const official = label({ jurisdiction: { name: "金平苗族瑶族傣族自治县", level: "county", parents: ["红河哈尼族彝族自治州", "云南省"] } });
    expect(compareLabels(written, official).jurisdiction).toBe(true);
    const elsewhere = label({ jurisdiction: { name: "金平区", level: "district", parents: ["汕头市", "广东省"] } });
    expect(compareLabels(written, elsewhere).jurisdiction).toBe(false);
  });
});
