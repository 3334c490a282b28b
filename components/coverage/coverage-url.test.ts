import { describe, expect, it } from "vitest";
import { mapQuery, parseCoverageState } from "./coverage-url";

describe("coverage URL state", () => {
  it("keeps valid settings and drops the rest", () => {
    expect(parseCoverageState({ province: "340000", k: "mediation.success_rate", year: "2022", scope: "area", level: "county" })).toEqual({
      province: "340000",
      indicator: "mediation.success_rate",
      year: 2022,
      scope: "area",
      level: "county",
    });
    expect(parseCoverageState({ province: "34", k: "no.such", year: "twenty", scope: "all", level: "village" })).toEqual({
      province: undefined,
      indicator: undefined,
      year: undefined,
      scope: undefined,
      level: undefined,
    });
  });

  it("round-trips the map settings through a tile's link", () => {
    const state = { indicator: "litigation.cases", year: 2021, scope: "area" as const, level: "city" as const };
    const params = Object.fromEntries(new URLSearchParams(mapQuery(state).slice(1)));
    expect(parseCoverageState(params)).toEqual({ ...state, province: undefined });
    expect(mapQuery({ year: 2021 })).toBe("");
  });
});
