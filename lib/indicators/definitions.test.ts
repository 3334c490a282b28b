import { readFileSync } from "node:fs";
import path from "node:path";
import { describe, expect, it } from "vitest";
import { DEFINITIONS, definitionRows, definitionText } from "./definitions";
import { INDICATORS } from ".";

const doc = readFileSync(path.resolve(__dirname, "../../docs/indicators.md"), "utf8");

describe("indicator definitions", () => {
  it("every indicator has one, in both languages, and nothing else has", () => {
    expect(Object.keys(DEFINITIONS).sort()).toEqual(INDICATORS.map((d) => d.key).sort());
    for (const d of INDICATORS) {
      const m = DEFINITIONS[d.key];
      for (const text of [m.counts, m.excludes]) {
        expect(text.zh, d.key).toMatch(/[\u4e00-\u9fff]/);
        expect(text.en, d.key).toMatch(/^[^\u4e00-\u9fff]*[A-Za-z]/);
      }
    }
  });

  it("are docs/indicators.md's Definitions word for word", () => {
    for (const d of INDICATORS) {
      const m = DEFINITIONS[d.key];
      const section = doc.split(`### ${d.key} · ${d.zh} · ${d.en}\n`)[1];
      expect(section, `docs/indicators.md has a heading for ${d.key}`).toBeDefined();
      const [counts, excludes] = section.split("\n");
      expect(counts).toBe(`- 计 counts: ${m.counts.zh} ${m.counts.en}`);
      expect(excludes).toBe(`- 不计 not counted: ${m.excludes.zh} ${m.excludes.en}`);
    }
  });

  it("say which direction a carried-over count runs and that the mediation count merges screening with mediation", () => {
    expect(definitionText("reconsideration.carried_over")!.zh).toMatch(/上年结转.*结转下年/);
    expect(definitionText("mediation.disputes")!.en).toMatch(/screened/);
    expect(definitionText("normative_docs.issued")!.en).toMatch(/each labelled with its scope/);
    expect(definitionText("no.such_key")).toBeNull();
  });
});

describe("the definitions' CSV rows", () => {
  it("give every indicator of the catalogue a definition in both languages", () => {
    const rows = definitionRows();
    expect(rows.map((r) => r.key)).toEqual(INDICATORS.map((d) => d.key));
    for (const r of rows) {
      expect(r.definitionZh, r.key).toMatch(/不计/);
      expect(r.definitionEn, r.key).toMatch(/Not counted/);
    }
  });
});
