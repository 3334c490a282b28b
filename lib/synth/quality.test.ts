import { describe, expect, it } from "vitest";
import { scoreReport } from "../eval/score";
import { parseLabels } from "../eval/labels";
import { totalScores } from "../eval/totals";
import { extractReport } from "../extract";
import { generateReport } from "./report";
import { selectJurisdictions } from "./select";

/**
 * The extractor over ~200 generated reports: how often is a value it reports right? This test is
 * meant to be able to fail: the reports follow real reports' wording, not the extractor's rules.
 */
describe("extraction on synthetic reports", () => {
  it("reports values with precision of at least 0.95", () => {
    const places = selectJurisdictions(100, { seed: "quality" });
    const scores = places.flatMap((d) =>
      [2018, 2023].map((year) => {
        const r = generateReport("quality", d, year);
        return scoreReport(extractReport(r.text), parseLabels(r.labels), r.text);
      }),
    );
    const t = totalScores(scores);
    console.log(
      `synthetic quality over ${t.reports} reports: precision ${t.precision.toFixed(3)}, recall ${t.recall.toFixed(3)} ` +
        `(TP ${t.truePositives}, FP ${t.falsePositives}, FN ${t.falseNegatives}); kind ${t.kindAccuracy.toFixed(3)}, year ${t.yearAccuracy.toFixed(3)}`,
    );
    expect(t.precision).toBeGreaterThanOrEqual(0.95);
  });
});
