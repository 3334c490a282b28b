import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { matchesOf } from "./matches";

const asPlain = (ms: RegExpMatchArray[]) => ms.map((m) => ({ index: m.index, groups: [...m] }));

describe("matchesOf", () => {
  it("gives what matchAll gives, empty matches and groups included", () => {
    const patterns = [/(\d+)年/g, /a*/g, /(?<=x)y|z/g, /\u{1f600}?/gu, /[省市]?(政府)/g];
    const text = fc.array(fc.constantFrom("1", "2", "年", "a", "x", "y", "z", "😀", "市", "政府"), { maxLength: 20 }).map((cs) => cs.join(""));
    fc.assert(
      fc.property(fc.constantFrom(...patterns), text, (pattern, s) => {
        expect(asPlain(matchesOf(pattern, s))).toEqual(asPlain([...s.matchAll(pattern)]));
        expect(pattern.lastIndex).toBe(0);
      }),
      { numRuns: 2000 },
    );
  });

  it("refuses a pattern without the g flag, as matchAll does", () => {
    expect(() => matchesOf(/a/, "a")).toThrow(TypeError);
  });
});
