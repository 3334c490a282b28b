import { readFileSync } from "node:fs";
import path from "node:path";
import { describe, expect, it } from "vitest";
import { connectTestDatabase } from "@/tests/connect-test-database";
import { editValue, updateReportMeta } from "./edit-report";
import { ingestText } from "./ingest-text";

// on a PostgreSQL server (TEST_DATABASE_URL) the transactions below run at once on their own
// connections; the embedded database takes them in turn
const getPrisma = connectTestDatabase({ poolSize: 4 });
const text = readFileSync(path.resolve(__dirname, "../../data/samples/000_ac45cf8051bb6945.txt"), "utf8");

describe("one lock order for every write", () => {
  it("value edits and a year change of their report, at once, neither deadlock nor fail", async () => {
    const { id, facts } = await ingestText({ text, uploadedBy: "test" });
    const counts = await getPrisma().indicatorValue.findMany({ where: { reportId: id, unit: { not: "%" } }, select: { id: true, value: true }, take: 2 });
    expect(counts).toHaveLength(2);
    const failures: string[] = [];
    for (let round = 1; round <= 30; round++) {
      const results = await Promise.allSettled([
        editValue(counts[0].id, { value: counts[0].value + round }, "a"),
        updateReportMeta(id, { year: facts.year! + (round % 2) }, "b"),
        editValue(counts[1].id, { value: counts[1].value + round }, "c"),
      ]);
      for (const r of results) if (r.status === "rejected") failures.push(`round ${round}: ${r.reason instanceof Error ? r.reason.message : r.reason}`);
    }
    expect(failures).toEqual([]);
    const after = await getPrisma().indicatorValue.findMany({ where: { id: { in: counts.map((c) => c.id) } }, orderBy: { id: "asc" }, select: { value: true, year: true } });
    expect(after).toEqual(counts.map((c) => ({ value: c.value + 30, year: facts.year })));
  });
});
