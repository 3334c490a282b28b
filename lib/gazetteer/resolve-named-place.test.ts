import { describe, expect, it } from "vitest";
import { resolveNamedPlace } from "./resolve-named-place";

describe("resolveNamedPlace", () => {
  it.each([
    [{ name: "庆阳市", level: "city", parents: ["甘肃省"] }, "621000"],
    [{ name: "鼓楼区", level: "district", parents: ["南京市", "江苏省"] }, "320106"],
    [{ name: "鼓楼区", level: "district", parents: ["福州市"] }, "350102"],
    [{ name: "昌吉州", officialName: "昌吉回族自治州", level: "city", parents: ["新疆维吾尔自治区"] }, "652300"],
    // a county-level city renamed a district in 2020: found by its stem under the same parents
    [{ name: "海门市", level: "county", parents: ["南通市", "江苏省"] }, "320614"],
  ] as const)("%o is %s", (place, code) => {
    expect(resolveNamedPlace({ ...place, parents: [...place.parents] }, 2019)?.code).toBe(code);
  });

  it("gives the parents, nearest first", () => {
    expect(resolveNamedPlace({ name: "庐阳区", level: "district", parents: ["合肥市", "安徽省"] })?.parents.map((p) => p.code)).toEqual(["340100", "340000"]);
  });

  it("answers null for a name several places share when no parent settles it, and for an unknown name", () => {
    expect(resolveNamedPlace({ name: "鼓楼区", level: "district", parents: [] })).toBeNull();
    expect(resolveNamedPlace({ name: "不存在县", level: "county", parents: ["甘肃省"] })).toBeNull();
    expect(resolveNamedPlace({ name: "庆阳市", level: "city", parents: ["江苏省"] })).toBeNull();
  });
});
