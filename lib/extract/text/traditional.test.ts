import { describe, expect, it } from "vitest";
import { toSimplifiedCode } from "./traditional";

const simplify = (s: string) => String.fromCharCode(...[...s].map((c) => toSimplifiedCode(c.charCodeAt(0))));

describe("toSimplifiedCode", () => {
  it("reads a traditional report's wording as simplified, one character for one", () => {
    const traditional = "強化執法監督，備案審查規範性文件，行政機關負責人出庭應訴率達到65.67%";
    const simplified = simplify(traditional);
    expect(simplified).toBe("强化执法监督，备案审查规范性文件，行政机关负责人出庭应诉率达到65.67%");
    expect(simplified).toHaveLength(traditional.length);
  });

  it("leaves simplified text and characters that are simplified words of their own as written", () => {
    const simplified = "乾隆年间覆盖全县，著名的人民调解员";
    expect(simplify(simplified)).toBe(simplified);
  });

  it("reads the variants the traditional dictionary leaves to its regional tables", () => {
    expect(simplify("叡粧隄")).toBe("睿妆堤");
  });
});
