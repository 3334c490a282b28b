import { mkdtempSync, readdirSync, readFileSync } from "node:fs";
import os from "node:os";
import path from "node:path";
import { describe, expect, it } from "vitest";
import { getByCode } from "../gazetteer";
import { parseLabels } from "../eval/labels";
import { readManifest, manifestMatches } from "./manifest";
import { generateReport } from "./report";
import { selectJurisdictions } from "./select";
import { figuresFor } from "./values";
import { writeSet } from "./write-set";

const SEED = "test";
const places = selectJurisdictions(60, { seed: SEED });
const reports = places.flatMap((d) => [2016, 2020, 2024].map((y) => generateReport(SEED, d, y)));

// words that mark a figure as a target, a change, an earlier year's or a sub-unit's
const NOT_A_VALUE = /力争|确保|不少于|同比|较上年|比上年|上年为|\d{4}年为|其中|街道|镇|派出所|医疗纠纷|被申请|被复议|局评查/;

describe("synthetic reports", () => {
  it("are the same for the same seed, place and year, and differ for another seed", () => {
    const d = getByCode("340103")!;
    expect(generateReport("a", d, 2021)).toEqual(generateReport("a", d, 2021));
    expect(generateReport("b", d, 2021).text).not.toEqual(generateReport("a", d, 2021).text);
  });

  it("give labels that parse, for the place and year they were made for", () => {
    for (const r of reports) {
      const labels = parseLabels(r.labels);
      expect(labels.year).toBe(r.year);
      expect(labels.kind).toBe(r.kind);
      expect(labels.jurisdiction?.officialName ?? labels.jurisdiction?.name).toBe(getByCode(r.code)!.name);
    }
  });

  it("label only figures whose evidence stands verbatim in the text", () => {
    let values = 0;
    for (const r of reports) {
      for (const v of parseLabels(r.labels).values) {
        values++;
        expect(r.text, `${r.code}-${r.year} ${v.key}`).toContain(v.evidence);
      }
    }
    expect(values).toBeGreaterThan(reports.length * 5);
  });

  it("write targets, changes, earlier years and sub-units into the text but never label them", () => {
    const sentences = reports.flatMap((r) => r.text.split(/[。\n]/));
    for (const marker of ["力争", "确保", "不少于", "同比", "较上年", "其中", "街道", "被申请"]) {
      expect(sentences.some((s) => s.includes(marker) && /[0-9０-９]/.test(s)), marker).toBe(true);
    }
    for (const r of reports) {
      for (const v of parseLabels(r.labels).values) expect(v.evidence, `${r.code}-${r.year} ${v.key}`).not.toMatch(NOT_A_VALUE);
    }
  });

  it("give work plans no values, departments' summaries only what a paragraph says of the place or its government, and annual reports a realistic length", () => {
    const byKind = (k: string) => reports.filter((r) => r.kind === k);
    for (const r of byKind("work_plan")) expect(parseLabels(r.labels).values).toEqual([]);
    for (const r of byKind("other")) {
      const paragraphs = r.text.split("\n");
      for (const v of parseLabels(r.labels).values) {
        if (/^(?:legality_review\.|normative_docs\.filed|reconsideration\.|litigation\.)/.test(v.key)) continue;
        const paragraph = paragraphs.find((p) => p.includes(v.evidence))!;
        const before = paragraph.slice(0, paragraph.indexOf(v.evidence) + v.evidence.length);
        expect(before, v.evidence).toMatch(/全[省市区县州旗盟]|各级|[省市区县州旗盟](?:人民)?政府|行政公署|本级|名义|常务会/);
      }
    }
    const annual = byKind("annual_report");
    const kb = annual.reduce((s, r) => s + Buffer.byteLength(r.text), 0) / annual.length / 1000;
    expect(kb).toBeGreaterThan(10);
    expect(kb).toBeLessThan(22);
  });

  it("keep rates within 0–100 and a place's counts of one kind near each other from year to year", () => {
    for (const r of reports) {
      for (const v of parseLabels(r.labels).values) if (v.key.endsWith("_rate")) expect(v.value).toBeLessThanOrEqual(100);
    }
    for (const code of ["330782", "130000", "440104"]) {
      const d = getByCode(code)!;
      const series = [2015, 2017, 2019, 2021, 2023, 2025].map((y) => figuresFor("trend", code, d.level, y).get("mediation.disputes")!.area!);
      expect(Math.max(...series) / Math.min(...series), code).toBeLessThan(3);
    }
    const county = figuresFor("trend", "330782", "county", 2021).get("mediation.disputes")!.area!;
    const province = figuresFor("trend", "330000", "province", 2021).get("mediation.disputes")!.area!;
    expect(province).toBeGreaterThan(county * 5);
  });
});

describe("choosing places", () => {
  it("takes N places spread over levels and provinces, the same N for the same seed", () => {
    const chosen = selectJurisdictions(40, { seed: "x" });
    expect(chosen).toHaveLength(40);
    expect(new Set(chosen.map((d) => d.code)).size).toBe(40);
    expect(new Set(chosen.map((d) => d.level))).toEqual(new Set(["province", "city", "district", "county"]));
    expect(new Set(chosen.map((d) => d.code!.slice(0, 2))).size).toBeGreaterThan(15);
    expect(selectJurisdictions(40, { seed: "x" })).toEqual(chosen);
  });

  it("takes a whole province with its cities, districts and counties", () => {
    const hebei = selectJurisdictions("province", { seed: "x", province: getByCode("130000") });
    expect(hebei[0].name).toBe("河北省");
    expect(hebei.length).toBeGreaterThan(150);
    expect(hebei.every((d) => d.code!.startsWith("13"))).toBe(true);
  });
});

describe("writing a set", () => {
  it("writes <province>/<code>-<year>.txt and .json and a manifest that later runs can match", () => {
    const out = mkdtempSync(path.join(os.tmpdir(), "synth-"));
    const params = { seed: "w", scale: 5, province: null, years: [2020, 2021] };
    const manifest = writeSet(out, params);
    expect(manifest.counts.reports).toBe(10);
    const files = readdirSync(out, { recursive: true }).map(String).filter((f) => /\.(txt|json)$/.test(f) && f !== "manifest.json");
    expect(files).toHaveLength(20);
    expect(files.every((f) => /^\d{6}\/\d{6}-(2020|2021)\.(txt|json)$/.test(f))).toBe(true);
    const one = files.find((f) => f.endsWith(".json"))!;
    expect(() => parseLabels(JSON.parse(readFileSync(path.join(out, one), "utf8")))).not.toThrow();
    expect(manifestMatches(readManifest(out), params)).toBe(true);
    expect(manifestMatches(readManifest(out), { ...params, seed: "other" })).toBe(false);
  });
});
