import { readdirSync, readFileSync } from "node:fs";
import path from "node:path";
import { describe, expect, it } from "vitest";
import { explainReport } from "../extract";
import { TURNED_DOWN_REASONS, turnedDownReason } from "./turned-down-reasons";

const real = path.resolve(__dirname, "../../data/real");
const texts = (dir: string): string[] =>
  readdirSync(dir, { withFileTypes: true }).flatMap((e) =>
    e.isDirectory() ? texts(path.join(dir, e.name)) : e.name.endsWith(".txt") ? [readFileSync(path.join(dir, e.name), "utf8")] : [],
  );

describe("the reasons a figure was turned down, in words", () => {
  it("has words in both languages for every reason the extractor gives on the real pages", () => {
    const codes = new Set(texts(real).flatMap((t) => explainReport(t).candidates.flatMap((c) => (c.rejected ? [c.rejected] : []))));
    expect(codes.size).toBeGreaterThan(5);
    const missing = [...codes].filter((c) => !(c in TURNED_DOWN_REASONS));
    expect(missing).toEqual([]);
    for (const c of codes) expect(turnedDownReason(c)).toEqual({ zh: expect.stringMatching(/[\u4e00-\u9fff]/), en: expect.stringMatching(/[a-z]/) });
  });

  it("says a reason it does not know yet in general words, with its code", () => {
    expect(turnedDownReason("new_rule")).toEqual({ zh: "规则未采用(new_rule)", en: "turned down by a rule (new_rule)" });
  });
});
