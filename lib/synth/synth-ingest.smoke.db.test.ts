import { mkdtempSync } from "node:fs";
import os from "node:os";
import path from "node:path";
import { describe, expect, it } from "vitest";
import { connectTestDatabase } from "@/tests/connect-test-database";
import { valuesAgree } from "@/lib/eval/score";
import { getJurisdictionProfile } from "@/lib/queries/get-jurisdiction-profile";
import { ingestFiles, listReportFiles } from "@/lib/reports/ingest-files";
import { generateReport } from "./report";
import { selectJurisdictions } from "./select";
import { writeSet } from "./write-set";

connectTestDatabase();

/**
 * The small-scale path of `npm run synth` + `npm run ingest` + a profile page's query: ~20
 * generated reports go in through the bulk importer, and what the profile shows is what their
 * labels say (every stored value is a labelled one; nearly every labelled value is stored).
 */
describe("synthetic reports through the bulk import", () => {
  it("stores the labelled values of each report and shows them on the place's profile", async () => {
    const out = mkdtempSync(path.join(os.tmpdir(), "synth-ingest-"));
    const params = { seed: "smoke", scale: 10, province: null, years: [2021, 2022] };
    const manifest = writeSet(out, params);
    const files = listReportFiles([out]);
    expect(files).toHaveLength(manifest.counts.reports);

    const summary = await ingestFiles(files);
    expect(summary).toMatchObject({ total: 20, failed: 0 });

    let labelled = 0;
    let stored = 0;
    for (const division of selectJurisdictions(10, { seed: "smoke" })) {
      const profile = await getJurisdictionProfile(division.code!);
      expect(profile, division.name).not.toBeNull();
      for (const year of params.years) {
        const { labels } = generateReport("smoke", division, year);
        const want = [...Object.entries(labels.indicators), ...Object.entries(labels.other_scope)];
        const got = profile!.values.filter((v) => v.year === year);
        for (const v of got) {
          const match = want.find(([key, l]) => key === v.key && l.scope === v.scope && valuesAgree(key, l.value, v.value));
          expect(match, `${division.name} ${year} ${v.key}@${v.scope}=${v.value} (${v.evidence})`).toBeDefined();
        }
        labelled += want.length;
        stored += got.length;
      }
    }
    expect(labelled).toBeGreaterThan(50);
    expect(stored / labelled).toBeGreaterThan(0.85);
  });
});
