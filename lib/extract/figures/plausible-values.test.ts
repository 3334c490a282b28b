import { describe, expect, it } from "vitest";
import { extractReport } from "../index";
import { reportText, valueMap } from "../testing";

describe("values outside their key's plausible range", () => {
  it("are withheld with a warning naming the key", () => {
    const facts = extractReport(reportText("全年聘请法律顾问100000000000000000名,共有人民调解委员会3000000个。"));
    expect(valueMap(facts)).toEqual({});
    const warned = facts.warnings.filter((w) => w.code === "implausible_value");
    expect(warned.flatMap((w) => w.keys).sort()).toEqual(["legal_advisors.count", "mediation.committees"]);
    expect(warned[0].message).toMatch(/未采用.*left out/);
  });

  it("leave ordinary figures alone, however large for a county", () => {
    const facts = extractReport(reportText("全年聘请法律顾问6名,开展普法活动300万场。"));
    expect(valueMap(facts)).toMatchObject({ "legal_advisors.count@own": 6, "legal_education.events@area": 3_000_000 });
    expect(facts.warnings.filter((w) => w.code === "implausible_value")).toEqual([]);
  });
});
