import { readFileSync } from "node:fs";
import path from "node:path";
import { describe, expect, it } from "vitest";
import { connectTestDatabase } from "@/tests/connect-test-database";
import { getReport } from "@/lib/queries/get-report";
import { getJurisdictionProfile } from "@/lib/queries/get-jurisdiction-profile";
import { ingestText } from "@/lib/reports/ingest-text";

connectTestDatabase();
const sample = (name: string) => readFileSync(path.resolve(__dirname, "../data/samples", name), "utf8");

describe("concurrent reads and writes on one database", () => {
  it("answers every read while uploads are being written", async () => {
    const first = await ingestText({ text: sample("000_ac45cf8051bb6945.txt") });
    const reads = Array.from({ length: 30 }, (_, i) =>
      i % 2 ? getReport(first.id) : getJurisdictionProfile(first.facts.jurisdiction!.code),
    );
    const writes = ["001_07ddf58672798297.txt", "002_a90241e05e537ef4.txt", "004_6d88d43f79e10c56.txt"].map((f) =>
      ingestText({ text: sample(f) }),
    );
    const results = await Promise.all([...reads, ...writes]);
    expect(results.every((r) => r !== null)).toBe(true);
    const stored = await Promise.all(writes);
    expect(stored.every((s) => s.created)).toBe(true);
  });
});
