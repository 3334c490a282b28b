import { mkdtempSync, writeFileSync, copyFileSync } from "node:fs";
import os from "node:os";
import path from "node:path";
import { describe, expect, it } from "vitest";
import { connectTestDatabase } from "@/tests/connect-test-database";
import { ingestFiles, listReportFiles } from "./ingest-files";

const getPrisma = connectTestDatabase();

describe("bulk import", () => {
  it("imports a folder, lists each bad file with its reason, and skips everything on a second run", async () => {
    const dir = mkdtempSync(path.join(os.tmpdir(), "ingest-"));
    const samples = path.resolve(__dirname, "../../data/samples");
    const fixtures = path.resolve(__dirname, "../documents/__fixtures__");
    for (const f of ["000_ac45cf8051bb6945.txt", "001_07ddf58672798297.txt"]) copyFileSync(path.join(samples, f), path.join(dir, f));
    copyFileSync(path.join(fixtures, "report.docx"), path.join(dir, "清城区.docx"));
    copyFileSync(path.join(fixtures, "truncated.pdf"), path.join(dir, "broken.pdf"));
    writeFileSync(path.join(dir, "empty.txt"), "");
    writeFileSync(path.join(dir, "notes.md"), "not a report");

    const files = listReportFiles([dir]);
    expect(files.map((f) => path.basename(f)).sort()).toEqual(["000_ac45cf8051bb6945.txt", "001_07ddf58672798297.txt", "broken.pdf", "empty.txt", "清城区.docx"]);

    const seen: number[] = [];
    const first = await ingestFiles(files, (p) => seen.push(p.done));
    expect(first).toMatchObject({ total: 5, created: 3, skipped: 0, failed: 2 });
    expect(first.failures.map((f) => path.basename(f.file)).sort()).toEqual(["broken.pdf", "empty.txt"]);
    expect(first.failures.every((f) => f.reason.length > 10)).toBe(true);
    expect(seen).toEqual([1, 2, 3, 4, 5]);
    expect(await getPrisma().report.count()).toBe(3);

    const again = await ingestFiles(files);
    expect(again).toMatchObject({ created: 0, skipped: 3, failed: 2 });
    expect(await getPrisma().report.count()).toBe(3);
  });
});
