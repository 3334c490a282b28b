import { describe, expect, it } from "vitest";
import { resolveCode } from "./jurisdiction-picker";

const hongsibao = { code: "640303", name: "红寺堡区", level: "district" as const };
const qingcheng = { code: "441802", name: "清城区", level: "district" as const };

describe("resolveCode", () => {
  it("takes the code from a chosen suggestion, or the one candidate that carries the name", () => {
    expect(resolveCode("庐阳区 340103", [])).toBe("340103");
    expect(resolveCode("清城", [qingcheng])).toBe("441802");
    expect(resolveCode("清城区", [qingcheng, hongsibao])).toBe("441802");
  });

  it("ignores suggestions left over from what was typed before", () => {
    expect(resolveCode("清城", [hongsibao])).toBeNull();
  });
});
