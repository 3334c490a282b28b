import { describe, expect, it } from "vitest";
import type { ResolvedJurisdiction } from "../extract/types";
import { formatReports, formatTotals } from "./format";
import { parseLabels } from "./labels";
import { scoreReport, type PredictedReport, type PredictedValue } from "./score";
import { failedThresholds, totalScores } from "./totals";

const text = "区政府收到行政复议申请27件,受理20件,综合纠错率81.3%。全区建有198个人民调解委员会。";
const labels = parseLabels({
  jurisdiction: { name: "庐阳区", level: "district", parents: ["合肥市", "安徽省"] },
  year: 2020,
  kind: "annual_report",
  indicators: {
    "reconsideration.received": { value: 27, evidence: "收到行政复议申请27件", scope: "own" },
    "reconsideration.accepted": { value: 20, evidence: "受理20件", scope: "own" },
    "reconsideration.correction_rate": { value: 81.3, evidence: "综合纠错率81.3%", scope: "own" },
  },
  other_scope: {},
  ambiguous: { "mediation.committees": { value: 198, evidence: "198个人民调解委员会" } },
});

const luyang: ResolvedJurisdiction = {
  name: "庐阳区",
  officialName: "庐阳区",
  level: "district",
  code: "340103",
  parents: [
    { code: "340100", name: "合肥市", level: "city" },
    { code: "340000", name: "安徽省", level: "province" },
  ],
};

function at(evidence: string, key: string, value: number, scope: "area" | "own" = "own"): PredictedValue {
  const start = text.indexOf(evidence);
  return { key, value, scope, evidence, start, end: start + evidence.length };
}

const right = [
  at("区政府收到行政复议申请27件", "reconsideration.received", 27),
  at("受理20件", "reconsideration.accepted", 20),
  at("综合纠错率81.3%", "reconsideration.correction_rate", 81.3),
];
const predicted = (indicators: PredictedValue[], over: Partial<PredictedReport> = {}): PredictedReport => ({
  jurisdiction: luyang,
  year: 2020,
  kind: "annual_report",
  indicators,
  ...over,
});

describe("scoreReport", () => {
  it("a perfect extraction scores 1 everywhere", () => {
    const t = totalScores([scoreReport(predicted(right), labels, text)]);
    expect(t).toMatchObject({ precision: 1, recall: 1, f1: 1, scopeAccuracy: 1, evidenceAgreement: 1, jurisdictionAccuracy: 1, yearAccuracy: 1 });
  });

  it("a deliberately wrong value lowers precision, and its miss lowers recall", () => {
    const s = scoreReport(predicted([right[0], at("受理20件", "reconsideration.accepted", 21), right[2]]), labels, text);
    expect(s).toMatchObject({ truePositives: 2, falsePositives: 1, falseNegatives: 1 });
    const t = totalScores([s]);
    expect(t.precision).toBeCloseTo(2 / 3);
    expect(t.recall).toBeCloseTo(2 / 3);
  });

  it("an extra value lowers precision only", () => {
    const t = totalScores([scoreReport(predicted([...right, at("受理20件", "litigation.cases", 20, "area")]), labels, text)]);
    expect(t.precision).toBeCloseTo(3 / 4);
    expect(t.recall).toBe(1);
  });

  it("a wrong scope is a false positive and a miss, and shows in scope accuracy", () => {
    const s = scoreReport(predicted([at("区政府收到行政复议申请27件", "reconsideration.received", 27, "area"), right[1], right[2]]), labels, text);
    expect(s).toMatchObject({ truePositives: 2, falsePositives: 1, falseNegatives: 1, scopePairs: 3, scopeAgreements: 2 });
  });

  it("rates agree within 0.01, counts exactly", () => {
    const s = scoreReport(predicted([right[0], right[1], at("综合纠错率81.3%", "reconsideration.correction_rate", 81.305)]), labels, text);
    expect(s.truePositives).toBe(3);
    expect(scoreReport(predicted([at("受理20件", "reconsideration.accepted", 20.005)]), labels, text).truePositives).toBe(0);
  });

  it("a prediction matching an ambiguous figure is neither right nor wrong", () => {
    const s = scoreReport(predicted([...right, at("198个人民调解委员会", "mediation.committees", 198, "area")]), labels, text);
    expect(s).toMatchObject({ truePositives: 3, falsePositives: 0, ignored: 1 });
  });

  it("evidence agrees when the spans overlap, not merely when the value does", () => {
    const elsewhere = { ...right[1], start: text.indexOf("全区"), end: text.indexOf("全区") + 2, evidence: "全区" };
    const s = scoreReport(predicted([right[0], elsewhere, right[2]]), labels, text);
    expect(s.evidenceAgreements).toBe(2);
  });

  it("scores jurisdiction, parents, year and kind", () => {
    expect(scoreReport(predicted(right), labels, text).meta).toEqual({ jurisdiction: true, parents: true, year: true, kind: true });
    const wrong = scoreReport(predicted(right, { jurisdiction: { ...luyang, parents: luyang.parents.slice(1) }, year: 2021, kind: "other" }), labels, text);
    expect(wrong.meta).toEqual({ jurisdiction: true, parents: false, year: false, kind: false });
    expect(scoreReport(predicted(right, { jurisdiction: null }), labels, text).meta.jurisdiction).toBe(false);
  });
});

describe("parseLabels", () => {
  it("reads other_scope as a second labelled value and ambiguous lists", () => {
    const l = parseLabels({
      jurisdiction: { name: "庆阳市", level: "city", parents: ["甘肃省"] },
      year: 2023,
      kind: "annual_report",
      indicators: { "normative_docs.issued": { value: 5, evidence: "发布行政规范性文件5件", scope: "own" } },
      other_scope: { "normative_docs.issued": { value: 15, evidence: "市县(区)政府制定行政规范性文件15件", scope: "area" } },
      ambiguous: { "legal_education.events": [{ value: 1, evidence: "a" }, { value: 2, evidence: "b" }] },
    });
    expect(l.values.map((v) => `${v.key}@${v.scope}=${v.value}`)).toEqual(["normative_docs.issued@own=5", "normative_docs.issued@area=15"]);
    expect(l.ambiguous).toHaveLength(2);
  });

  it("refuses a malformed file", () => {
    expect(() => parseLabels({ kind: "annual_report", indicators: { x: { value: "5" } } })).toThrow();
  });
});

describe("totals and the CI gate", () => {
  it("names the thresholds that were missed", () => {
    const t = totalScores([scoreReport(predicted([right[0]]), labels, text)]);
    expect(failedThresholds(t, { precision: 0.98, recall: 0.9 })).toEqual([expect.stringMatching(/^recall 0\.333 < 0\.9$/)]);
    expect(failedThresholds(t, {})).toEqual([]);
  });

  it("an empty run is not a failure of precision", () => {
    expect(totalScores([])).toMatchObject({ precision: 1, recall: 1, reports: 0 });
  });

  it("formats a readable table", () => {
    const score = scoreReport(predicted([right[0]]), labels, text);
    const out = formatReports([{ file: "001.txt", jurisdiction: "庐阳区", year: 2020, kind: "annual_report", ms: 1.2, score }]);
    expect(out).toContain("001.txt");
    expect(out).toMatch(/missed\s+reconsideration\.accepted@own expected 20/);
    expect(formatTotals(totalScores([score]))).toMatch(/precision\s+100\.0%/);
  });
});
