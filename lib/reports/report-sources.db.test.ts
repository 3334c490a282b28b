import { createHash } from "node:crypto";
import { readFileSync } from "node:fs";
import path from "node:path";
import { describe, expect, it } from "vitest";
import { connectTestDatabase } from "@/tests/connect-test-database";
import { withReportSite } from "@/tests/with-report-site";
import { getOriginalFile } from "../queries/get-original-file";
import { getReport } from "../queries/get-report";
import { correctReport, deleteReport } from "./edit-report";
import { prepareReport } from "./prepare-report";
import { saveReport } from "./save-report";
import { uploadReports, type UploadOutcome } from "./upload-reports";

// Reports from where they live: fetched by address from a local site, read from a scan by OCR,
// and kept as the file they came from.
const getPrisma = connectTestDatabase();
const fixture = (name: string) => new Uint8Array(readFileSync(path.resolve(__dirname, "../documents/__fixtures__", name)));
const sha256 = (bytes: Uint8Array) => createHash("sha256").update(bytes).digest("hex");

const reportSite = withReportSite();

const stored = (o: UploadOutcome) => {
  if (!o.ok) throw new Error(JSON.stringify(o));
  return o;
};
const failed = (o: UploadOutcome) => {
  if (o.ok || "choose" in o) throw new Error(`expected a failure: ${JSON.stringify(o)}`);
  return o;
};
const counts = async () => ({ reports: await getPrisma().report.count(), files: await getPrisma().storedFile.count() });

describe("the original kept", () => {
  it("an uploaded file is stored as it came, and read back byte for byte", async () => {
    const bytes = fixture("report.docx");
    const outcome = stored((await uploadReports([{ fileName: "报告.docx", bytes }], {}, "test"))[0]);
    const original = await getOriginalFile(outcome.id);
    expect(original).not.toBeNull();
    expect(Buffer.from(original!.bytes).equals(Buffer.from(bytes))).toBe(true);
    expect(original).toMatchObject({ sha256: sha256(bytes), fileName: "报告.docx", mediaType: "application/vnd.openxmlformats-officedocument.wordprocessingml.document" });
    expect((await getReport(outcome.id))?.original).toEqual({ url: `/api/reports/${outcome.id}/original`, size: bytes.length, mediaType: original!.mediaType });
  });

  it("pasted text has no original", async () => {
    const text = new TextDecoder().decode(fixture("report-utf8.html")).replace(/<[^>]+>/g, "\n");
    const outcome = stored((await uploadReports([{ fileName: "pasted.txt", text }], {}, "test"))[0]);
    expect(await getOriginalFile(outcome.id)).toBeNull();
    expect(await counts()).toEqual({ reports: 1, files: 0 });
  });

  it("deleting a report deletes its file only when no other report uses it", async () => {
    const bytes = fixture("report-gbk.txt");
    const original = { sha256: sha256(bytes), bytes, mediaType: "text/plain" };
    const text = new TextDecoder("gb18030").decode(bytes);
    // two texts read from the same bytes (an extractor that changed between uploads)
    const first = await saveReport({ ...prepareReport({ text }).save, original });
    const second = await saveReport({ ...prepareReport({ text: `${text}\n(第二版)` }).save, original });
    expect(await counts()).toEqual({ reports: 2, files: 1 });
    await deleteReport(first.id, "test");
    expect(await counts()).toEqual({ reports: 1, files: 1 });
    expect(Buffer.from((await getOriginalFile(second.id))!.bytes).equals(Buffer.from(bytes))).toBe(true);
    await deleteReport(second.id, "test");
    expect(await counts()).toEqual({ reports: 0, files: 0 });
  });

  it("a save and a delete sharing one file at the same time both succeed, and the file stays with the saved report", async () => {
    const bytes = fixture("report-gbk.txt");
    const original = { sha256: sha256(bytes), bytes, mediaType: "text/plain" };
    const text = new TextDecoder("gb18030").decode(bytes);
    for (let round = 0; round < 6; round++) {
      const old = await saveReport({ ...prepareReport({ text: `${text}\n(轮次 ${round} 旧)` }).save, original });
      const [, fresh] = await Promise.all([deleteReport(old.id, "test"), saveReport({ ...prepareReport({ text: `${text}\n(轮次 ${round} 新)` }).save, original })]);
      expect(await getOriginalFile(fresh.id)).not.toBeNull();
      await deleteReport(fresh.id, "test");
      expect(await counts()).toEqual({ reports: 0, files: 0 });
    }
  });
});

describe("reports by address (a local site; loopback allowed by INGEST_ALLOW_PRIVATE=1)", () => {
  it("a GBK page is read as an .html upload: its place, its source address and its bytes kept", async () => {
    process.env.INGEST_ALLOW_PRIVATE = "1";
    const url = `${reportSite().origin}/gbk-report.html`;
    const outcome = stored((await uploadReports([{ fileName: url, url }], {}, "test"))[0]);
    expect(outcome).toMatchObject({ created: true, sourceUrl: url, fileName: "gbk-report.html" });
    expect(outcome.facts.jurisdiction?.name).toBe("庐阳区");
    expect(outcome.facts.indicators.length).toBeGreaterThan(5);
    const report = await getReport(outcome.id);
    expect(report).toMatchObject({ sourceUrl: url, ocr: false });
    expect(report?.text).toContain("庐阳区");
    expect(Buffer.from((await getOriginalFile(outcome.id))!.bytes).equals(reportSite().bytesAt("/gbk-report.html"))).toBe(true);
  });

  it("a page that only links its report offers the attachments and stores nothing; a chosen one is read like an upload", async () => {
    process.env.INGEST_ALLOW_PRIVATE = "1";
    const [offer] = await uploadReports([{ fileName: "notice", url: `${reportSite().origin}/notice.html` }], {}, "test");
    expect(offer).toMatchObject({ ok: false, status: 300, choose: true });
    const attachments = (offer as Extract<UploadOutcome, { choose: true }>).attachments;
    expect(attachments.map((a) => [a.url, a.type])).toEqual([
      [`${reportSite().origin}/files/${encodeURI("2024年法治政府建设年度报告")}.pdf`, "pdf"],
      [`${reportSite().origin}/files/download.jsp?id=2`, "docx"],
      [`${reportSite().origin}/files/data.pdf`, "pdf"],
    ]);
    expect(await counts()).toEqual({ reports: 0, files: 0 });

    const docx = attachments[1].url;
    const chosen = stored((await uploadReports([{ fileName: docx, url: docx }], {}, "test"))[0]);
    expect(chosen).toMatchObject({ created: true, sourceUrl: docx, fileName: "2024年法治政府建设年度报告.docx" });
    expect(chosen.facts.jurisdiction?.name).toBe("清城区");
    expect(Buffer.from((await getOriginalFile(chosen.id))!.bytes).equals(reportSite().bytesAt("/files/download.jsp"))).toBe(true);
  });

  it("a redirect chain ends at the file, whose address is kept", async () => {
    process.env.INGEST_ALLOW_PRIVATE = "1";
    const outcome = stored((await uploadReports([{ fileName: "r", url: `${reportSite().origin}/r/1` }], {}, "test"))[0]);
    expect(outcome).toMatchObject({ sourceUrl: `${reportSite().origin}/zwgk/2025/report.html`, fileName: "report.html" });
    expect(outcome.facts.jurisdiction?.name).toBe("红寺堡区");
  });

  it.each([
    ["a 404", "/missing.html", 422, "upstream_status"],
    ["a page with no report text", "/empty.html", 422, "no_report_text"],
    ["an attachment that is not a document", "/files/data.pdf", 415, undefined],
    ["a redirect into a metadata address", "/to-metadata", 400, "metadata_address"],
  ])("%s: %s, its reason in both languages, nothing stored", async (_name, pathname, status, reason) => {
    process.env.INGEST_ALLOW_PRIVATE = "1";
    const outcome = failed((await uploadReports([{ fileName: "x", url: `${reportSite().origin}${pathname}` }], {}, "test"))[0]);
    expect(outcome.status).toBe(status);
    if (reason) expect(outcome.error.details?.reason).toBe(reason);
    expect(outcome.error.message).toMatch(/[\u4e00-\u9fff].*[A-Za-z]{3,}/);
    expect(await counts()).toEqual({ reports: 0, files: 0 });
  });

  it("without INGEST_ALLOW_PRIVATE the local site is refused (400) and never asked", async () => {
    delete process.env.INGEST_ALLOW_PRIVATE;
    const before = reportSite().hits.get("/gbk-report.html") ?? 0;
    const outcome = failed((await uploadReports([{ fileName: "x", url: `${reportSite().origin}/gbk-report.html` }], {}, "test"))[0]);
    expect(outcome).toMatchObject({ status: 400, error: { details: { reason: "private_address" } } });
    expect(reportSite().hits.get("/gbk-report.html") ?? 0).toBe(before);
    expect(await counts()).toEqual({ reports: 0, files: 0 });
  });
});

describe("scans by OCR", () => {
  it("a scanned page image is read by OCR, page progress reported, its values flagged and unreviewed until checked", async () => {
    const bytes = new Uint8Array(readFileSync(path.resolve(__dirname, "../../data/scans/page.png")));
    const progress: { page: number; pages: number }[] = [];
    const outcome = stored(
      (await uploadReports([{ fileName: "扫描件.png", bytes }], { jurisdictionCode: "621000", year: 2023 }, "test", (p) => progress.push({ page: p.page, pages: p.pages })))[0],
    );
    expect(progress).toEqual([{ page: 1, pages: 1 }]);
    expect(outcome.ocr).toBe(true);
    const report = await getReport(outcome.id);
    expect(report).toMatchObject({ ocr: true, original: { mediaType: "image/png", size: bytes.length } });
    expect(report?.text).toContain("庆阳市");
    expect(report!.values.length).toBeGreaterThan(0);
    expect(report!.values.every((v) => v.ocr && !v.reviewed)).toBe(true);
    await correctReport(outcome.id, { reviewed: true }, "checker");
    expect((await getReport(outcome.id))!.values.every((v) => v.reviewed)).toBe(true);
  });

  it("an image with no text is a 422 saying so, and nothing is stored", async () => {
    const bytes = new Uint8Array(readFileSync(path.resolve(__dirname, "../../data/scans/blank.jpg")));
    const outcome = failed((await uploadReports([{ fileName: "blank.jpg", bytes }], {}, "test"))[0]);
    expect(outcome.status).toBe(422);
    expect(outcome.error.message).toMatch(/OCR/);
    expect(await counts()).toEqual({ reports: 0, files: 0 });
  });
});
