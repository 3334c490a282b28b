import { readdirSync, readFileSync } from "node:fs";
import path from "node:path";
import { describe, expect, it } from "vitest";
import { parseLabels } from "../eval/labels";
import { scoreReport, valuesAgree } from "../eval/score";
import { extractReport } from "./rules-engine";

// The hand labels are the expectations: each labelled value must come out with its scope, value
// and approximation flag, and nothing may come out that is neither labelled nor ambiguous.
const dataDir = path.resolve(__dirname, "../../data");
const reports = ["samples", "corpus"].flatMap((dir) =>
  readdirSync(path.join(dataDir, dir))
    .filter((f) => f.endsWith(".txt"))
    .map((f) => ({
      name: `${dir}/${f}`,
      text: readFileSync(path.join(dataDir, dir, f), "utf8"),
      labels: parseLabels(JSON.parse(readFileSync(path.join(dataDir, dir, f.replace(/\.txt$/, ".json")), "utf8"))),
    })),
);

describe.each(reports)("$name", ({ text, labels }) => {
  const facts = extractReport(text);

  it.each(labels.values.map((l) => [`${l.key}@${l.scope} = ${l.value}`, l] as const))("%s", (_name, label) => {
    const found = facts.indicators.find((v) => v.key === label.key && v.scope === label.scope && valuesAgree(v.key, v.value, label.value));
    expect(found, `${label.key} ${label.value} (${label.evidence})`).toBeDefined();
    expect(found!.approx).toBe(label.approx);
    expect(found!.evidence).toContain(label.evidence.length <= found!.evidence.length ? label.evidence : found!.evidence);
  });

  it("states nothing that is not labelled (ambiguous figures aside)", () => {
    const wrong = scoreReport(facts, labels, text).rows.filter((r) => r.outcome === "wrong");
    expect(wrong).toEqual([]);
  });

  it("reads the report's jurisdiction, year and kind", () => {
    expect(scoreReport(facts, labels, text).meta).toEqual({ jurisdiction: true, parents: true, year: true, kind: true });
  });

  it("every evidence is the original text at its offsets", () => {
    for (const v of facts.indicators) {
      expect(v.evidence.length).toBeGreaterThan(0);
      expect(text.slice(v.start, v.end)).toBe(v.evidence);
    }
  });
});
