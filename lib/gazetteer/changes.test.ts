import { describe, expect, it } from "vitest";
import { changedDivisions } from "./changes";
import data from "./divisions.json";
import { ancestors, existedIn, findByName, getByCode } from "./index";

describe("changes since 2019", () => {
  it.each([
    ["江干区", "330104", ["杭州市", "浙江省"], 2021],
    ["下城区", "330103", ["杭州市", "浙江省"], 2021],
    ["港闸区", "320611", ["南通市", "江苏省"], 2020],
    ["梅列区", "350402", ["三明市", "福建省"], 2021],
    ["长岛县", "370634", ["烟台市", "山东省"], 2020],
    ["莱芜市", "371200", ["山东省"], 2019],
    ["莱城区", "371202", ["莱芜市", "山东省"], 2019],
  ])("%s resolves for reports up to its abolition", (name, code, parents, abolished) => {
    const [found, ...rest] = findByName(name, { year: abolished - 1 });
    expect(rest).toEqual([]);
    expect(found).toMatchObject({ code, abolished });
    expect(ancestors(code).map((a) => a.name)).toEqual(parents);
    expect(findByName(name, { year: abolished + 1 })).toEqual([]);
  });

  it("keeps abolished rows apart from the current data", () => {
    const currentCodes = new Set(Object.values(data.children).flatMap((rows) => rows.map((r) => r[0])));
    for (const d of changedDivisions()) {
      // a code reused by the successor finds the current division
      if (d.code && currentCodes.has(d.code)) expect(getByCode(d.code)?.abolished).toBeUndefined();
      else if (d.code) expect(getByCode(d.code)).toEqual(d);
      expect(getByCode(d.parentCode!)).toBeDefined();
      expect(d.abolished ?? d.since).toBeGreaterThanOrEqual(2019);
    }
  });

  it("lets a successor keep the code NBS reused", () => {
    expect(getByCode("130502")?.name).toBe("襄都区");
    expect(findByName("桥东区", { year: 2019 }).some((d) => d.code === "130502")).toBe(true);
  });

  it("tells an abolished division from a current one of the same name by the year", () => {
    const qiaodong = findByName("桥东区", { year: 2019 }).map((d) => ancestors(d.code!)[0].name).sort();
    expect(qiaodong).toEqual(["张家口市", "邢台市"]);
    expect(findByName("桥东区", { year: 2022 }).map((d) => d.code)).toEqual(["130702"]);
  });

  it("knows 和安县 and 和康县 (2024) by name and parent, without an unverified code", () => {
    for (const name of ["和安县", "和康县"]) {
      const [d] = findByName(name);
      expect(d).toMatchObject({ code: null, parentCode: "653200", since: 2024, level: "county" });
      expect(existedIn(d, 2023)).toBe(false);
      expect(existedIn(d, 2025)).toBe(true);
    }
  });
});
