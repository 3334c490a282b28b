import { readFileSync } from "node:fs";
import path from "node:path";
import { deflateRawSync, crc32 } from "node:zlib";
import { describe, expect, it } from "vitest";
import { AppError } from "@/lib/errors/app-error";
import { findCMapDir } from "./find-cmap-dir";
import { normalizeReportText } from "./normalize-report-text";
import { MAX_UPLOAD_BYTES, readDocument } from "./read-document";

// Fixtures are built from data/samples by scripts/build-document-fixtures.mjs.
const fixture = (name: string) => new Uint8Array(readFileSync(path.join(__dirname, "__fixtures__", name)));
const sample = (id: string) => readFileSync(path.join(__dirname, "../../data/samples", `${id}.txt`), "utf8");
const S000 = sample("000_ac45cf8051bb6945"); // 庆阳市 2023: GBK .txt, .doc, CID-font .pdf
const S001 = sample("001_07ddf58672798297"); // 庐阳区 2020: gb2312 .html
const S002 = sample("002_a90241e05e537ef4"); // 红寺堡区 2024: UTF-8 .html
const S004 = sample("004_6d88d43f79e10c56"); // 清城区 2024: .docx, .pdf (section (二) 2)

const paragraphsOf = (text: string) => text.split("\n").map((l) => l.trim()).filter(Boolean);

/**
 * Whitespace removed except between two digits or Latin letters: containers add and drop line
 * breaks and spaces around Chinese freely, but "1 0" for "10" must still fail.
 */
function squeeze(text: string): string {
  return text.normalize("NFC").replace(/\s+/g, (space, at: number, all: string) =>
    /[0-9A-Za-z]/.test(all[at - 1] ?? "") && /[0-9A-Za-z]/.test(all[at + space.length] ?? "") ? " " : "",
  );
}

/** The sentences of a report's body paragraphs that carry a number. */
function numberedSentences(paragraphs: string[]): string[] {
  return paragraphs
    .filter((p) => p.length >= 40)
    .flatMap((p) => p.split(/(?<=[。；;！？])/))
    .map((s) => s.trim())
    .filter((s) => s.length >= 8 && /\d/.test(s));
}

function expectSentences(text: string, paragraphs: string[], atLeast: number) {
  const sentences = numberedSentences(paragraphs);
  expect(sentences.length).toBeGreaterThanOrEqual(atLeast);
  const haystack = squeeze(text);
  expect(sentences.filter((s) => !haystack.includes(squeeze(s)))).toEqual([]);
}

/** Page furniture the HTML fixtures wrap around the report, minus words the report itself uses. */
function furnitureAbsent(text: string, report: string) {
  const furniture = ["当前位置", "网站标识码", "ICP备", "打印本页", "关闭窗口", "相关链接", "无障碍浏览", "主办单位", "请输入关键字", "网站地图", "移动版", "走进"];
  const checked = furniture.filter((f) => !report.includes(f));
  expect(checked.length).toBeGreaterThanOrEqual(8);
  expect(checked.filter((f) => text.includes(f))).toEqual([]);
}

async function readError(bytes: Uint8Array, name?: string): Promise<AppError> {
  try {
    await readDocument(bytes, name);
  } catch (e) {
    expect(e).toBeInstanceOf(AppError);
    return e as AppError;
  }
  throw new Error("expected readDocument to fail");
}

describe("readDocument: each container gives the report's text", () => {
  it("GBK .txt decodes to exactly the sample", async () => {
    const doc = await readDocument(fixture("report-gbk.txt"), "报告.txt");
    expect(doc).toMatchObject({ type: "txt", mime: "text/plain" });
    expect(doc.encoding?.toLowerCase()).toMatch(/gb/);
    expect(normalizeReportText(doc.text)).toBe(normalizeReportText(S000));
  });

  it("gb2312 saved page: decoded by its meta charset, navigation and footer gone", async () => {
    const doc = await readDocument(fixture("report-gb2312.html"), "report.html");
    expect(doc).toMatchObject({ type: "html", mime: "text/html", title: "庐阳区人民政府关于2020年度 法治政府建设情况的报告" });
    expect(doc.encoding).toMatch(/gb/);
    expect(doc.text.startsWith("庐阳区人民政府关于2020年度 法治政府建设情况的报告\n")).toBe(true);
    expectSentences(doc.text, paragraphsOf(S001), 10);
    furnitureAbsent(doc.text, S001);
    expect(doc.text).not.toMatch(/<[a-z]|&nbsp;/i);
  });

  it("UTF-8 saved page: report text kept, furniture gone, one paragraph per line", async () => {
    const doc = await readDocument(fixture("report-utf8.html"));
    expect(doc).toMatchObject({ type: "html", title: "红寺堡区2024年法治政府建设的年度报告" });
    expectSentences(doc.text, paragraphsOf(S002), 10);
    furnitureAbsent(doc.text, S002);
    const lines = doc.text.split("\n");
    for (const p of paragraphsOf(S002).filter((p) => p.length > 100)) expect(lines).toContain(p.trim());
  });

  it(".docx: paragraphs and the table's rows with tab-separated cells", async () => {
    const doc = await readDocument(fixture("report.docx"), "report.docx");
    expect(doc).toMatchObject({ type: "docx", mime: "application/vnd.openxmlformats-officedocument.wordprocessingml.document" });
    expectSentences(doc.text, paragraphsOf(S004), 15);
    const lines = doc.text.split("\n");
    expect(lines[0]).toBe("清远市清城区人民政府2024年法治政府建设年度报告");
    expect(lines).toContain("序号\t原文\t数值");
    expect(lines).toContain("2\t共有调解员1156名\t1156");
    expect(lines).toContain("5\t成功率98.56%\t98.56");
  });

  it(".doc (Word 97) gives the sample's paragraphs", async () => {
    const doc = await readDocument(fixture("report.doc"), "report.doc");
    expect(doc).toMatchObject({ type: "doc", mime: "application/msword" });
    expect(paragraphsOf(doc.text)).toEqual(paragraphsOf(S000));
  });

  it(".pdf (embedded CJK font): wrapped lines joined into paragraphs, numbers intact", async () => {
    const doc = await readDocument(fixture("report.pdf"), "report.pdf");
    expect(doc).toMatchObject({ type: "pdf", mime: "application/pdf" });
    const section = [10, 12].map((i) => paragraphsOf(S004)[i]);
    expectSentences(doc.text, section, 8);
    // each source paragraph is one line again: no line break left inside it, no "198 个" spaces
    expect(doc.text.split("\n")).toEqual(expect.arrayContaining(section));
    expect(doc.text).toContain("全区建有198个人民调解委员会");
    expect(doc.text).toContain("成功率98.56%");
  });

  const cMaps = findCMapDir();
  it.runIf(cMaps)(".pdf with a non-embedded CJK font (STSong-Light, no ToUnicode) reads through the CMaps", async () => {
    const doc = await readDocument(fixture("report-cid-font.pdf"));
    expect(doc.type).toBe("pdf");
    expect(paragraphsOf(doc.text)).toEqual(paragraphsOf(S000).map((p) => p.replace(/\u00a0/g, " ")));
  });
  it.skipIf(cMaps)("without CMaps (add pdfjs-dist) a non-embedded CJK font reads as no text: 422 saying so", async () => {
    const error = await readError(fixture("report-cid-font.pdf"));
    expect(error).toMatchObject({ status: 422, details: { cMapsAvailable: false } });
  });
});

describe("readDocument: the type comes from the content, not the name", () => {
  it.each([
    ["report.pdf", "report.docx", "pdf"],
    ["report.docx", "report.pdf", "docx"],
    ["report.doc", "report.docx", "doc"],
    ["report-gbk.txt", "report.doc", "txt"],
    ["report-utf8.html", "report.txt", "html"],
  ])("%s named %s is read as %s", async (file, name, type) => {
    const doc = await readDocument(fixture(file), name);
    expect(doc.type).toBe(type);
    expect(doc.text.length).toBeGreaterThan(500);
  });
});

/** A real 1×1 PNG: signature, IHDR, IDAT, IEND with their CRCs. */
function png(): Uint8Array {
  const chunk = (type: string, data: Buffer) => {
    const head = Buffer.alloc(8);
    head.writeUInt32BE(data.length, 0);
    head.write(type, 4, "latin1");
    const crc = Buffer.alloc(4);
    crc.writeUInt32BE(crc32(Buffer.concat([head.subarray(4), data])), 0);
    return Buffer.concat([head, data, crc]);
  };
  const ihdr = Buffer.from([0, 0, 0, 1, 0, 0, 0, 1, 8, 0, 0, 0, 0]);
  const idat = Buffer.from(deflateRawSync(Buffer.from([0, 0])));
  return new Uint8Array(
    Buffer.concat([Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]), chunk("IHDR", ihdr), chunk("IDAT", idat), chunk("IEND", Buffer.alloc(0))]),
  );
}

/** A 1×1 GIF: a picture format that is no scan format. */
function gif(): Uint8Array {
  return new Uint8Array([0x47, 0x49, 0x46, 0x38, 0x39, 0x61, 1, 0, 1, 0, 0, 0, 0, 0x2c, 0, 0, 0, 0, 1, 0, 1, 0, 0, 2, 2, 0x44, 1, 0, 0x3b]);
}

/** Deterministic noise: a binary file renamed .txt. */
function junk(length: number): Uint8Array {
  const bytes = new Uint8Array(length);
  let x = 12345;
  for (let i = 0; i < length; i++) bytes[i] = (x = (x * 1103515245 + 12345) >>> 0) >>> 24;
  return bytes;
}

function exe(): Uint8Array {
  const bytes = new Uint8Array(512);
  bytes.set([0x4d, 0x5a, 0x90, 0x00]);
  bytes.set(new TextEncoder().encode("This program cannot be run in DOS mode."), 0x4e);
  return bytes;
}

describe("readDocument: failures are AppErrors a person can act on", () => {
  it.each([
    ["an empty file", () => new Uint8Array(0), "x.txt", "bad_request", 400],
    ["a file over the upload limit", () => new Uint8Array(MAX_UPLOAD_BYTES + 1), "x.pdf", "payload_too_large", 413],
    ["a GIF renamed .txt", gif, "report.txt", "unsupported_media_type", 415],
    // an image is a scan, read by OCR: a blank one has no text
    ["a 1×1 PNG (an image without text) named .txt", png, "report.txt", "unprocessable", 422],
    ["an .exe renamed .txt", exe, "report.txt", "unsupported_media_type", 415],
    ["a zip that is not a Word document", () => fixture("archive.zip"), "report.docx", "unsupported_media_type", 415],
    ["a truncated .docx", () => fixture("truncated.docx"), "report.docx", "unprocessable", 422],
    ["a truncated .pdf", () => fixture("truncated.pdf"), "report.pdf", "unprocessable", 422],
    ["a zip-bomb .docx", () => fixture("bomb.docx"), "report.docx", "unprocessable", 422],
    ["a zip-bomb .docx whose headers understate its size", () => fixture("bomb-lying-size.docx"), "report.docx", "unprocessable", 422],
    ["a scanned PDF", () => fixture("scanned.pdf"), "report.pdf", "unprocessable", 422],
    ["a .docx with no text", () => fixture("empty.docx"), "report.docx", "unprocessable", 422],
    ["a .txt of blanks", () => new TextEncoder().encode(" \n\t\n　\n"), "report.txt", "unprocessable", 422],
  ] as const)("%s → %s", async (_, bytes, name, code, status) => {
    const error = await readError(bytes(), name);
    expect(error).toMatchObject({ code, status });
    expect(error.message).toMatch(/[\u4e00-\u9fff].*。.*[A-Za-z]/); // bilingual: 中文。English.
  });

  it("binary noise renamed .txt is refused as not text", async () => {
    const error = await readError(junk(4096), "report.txt");
    expect([415, 422]).toContain(error.status);
  });

  it("the limit is stated in the 413 message", async () => {
    const error = await readError(new Uint8Array(MAX_UPLOAD_BYTES + 1));
    expect(error.message).toContain("20 MB");
  });

  it("a scanned PDF is told to need OCR", async () => {
    expect((await readError(fixture("scanned.pdf"))).message).toContain("OCR");
  });

  it("a zip bomb is refused before it is inflated, and the bound is stated", async () => {
    const started = Date.now();
    const error = await readError(fixture("bomb.docx"));
    expect(error.message).toContain("50 MB");
    // inflating it would take many seconds; refusing it from the zip directory takes milliseconds
    expect(Date.now() - started).toBeLessThan(3000);
  });
});

describe("readDocument: hostile HTML", () => {
  it("100,000 nested elements neither overflow the stack nor hang", async () => {
    const html = `<html><body>${"<div>".repeat(100_000)}<p>2023年,全市审查各类决策事项490件。</p>${"</div>".repeat(100_000)}</body></html>`;
    const started = Date.now();
    const doc = await readDocument(new TextEncoder().encode(html), "deep.html");
    expect(doc.type).toBe("html");
    expect(doc.text).toBe("2023年,全市审查各类决策事项490件。");
    expect(Date.now() - started).toBeLessThan(3000);
  });

  // found by the soak fuzz (depth 9004 of <td>): the parser closes each cell, leaving 9,000
  // siblings, and reading a linkedom node's childNodes per child made the walk quadratic (31 s)
  it.each(["td", "p", "li"])("9,000 implicitly closed <%s> siblings are read in bounded time", async (tag) => {
    const html = `<html><body>${`<${tag}>`.repeat(9_000)}2023年,全市审查各类决策事项490件。${`</${tag}>`.repeat(9_000)}</body></html>`;
    const started = Date.now();
    const doc = await readDocument(new TextEncoder().encode(html), "siblings.html");
    expect(doc.text).toContain("审查各类决策事项490件");
    expect(Date.now() - started).toBeLessThan(10_000);
  });

  it("a page that declares gb2312 but is UTF-8 is still read right", async () => {
    const paragraph = paragraphsOf(S002).find((p) => p.length > 100)!;
    const html = `<html><head><meta charset="gb2312"><title>报告</title></head><body><p>${paragraph}</p></body></html>`;
    const doc = await readDocument(new TextEncoder().encode(html), "page.html");
    expect(doc).toMatchObject({ text: paragraph, encoding: "utf-8" });
  });
});

describe("readDocument: the reader worker's time and memory limits", () => {
  // 100,000 flat table cells: under the HTML element bound, so the DOM and Readability read it (~1–3 s)
  const slowPage = () => new TextEncoder().encode(`<html><body><table>${"<tr><td>受理</td><td>56件</td></tr>".repeat(50_000)}</table></body></html>`);

  it("a file still being read when the time limit passes is a 422 naming the limit, and the next file reads", async () => {
    const started = Date.now();
    const error = await readDocument(slowPage(), "slow.html", { timeLimitMs: 100 }).catch((e) => e);
    expect(error).toBeInstanceOf(AppError);
    expect(error).toMatchObject({ status: 422, details: { limitSeconds: 0.1 } });
    expect(error.message).toContain("限定时间");
    expect(Date.now() - started).toBeLessThan(2_000);
    // the stuck worker was terminated; a fresh one reads the next file
    expect((await readDocument(fixture("report.docx"), "report.docx")).type).toBe("docx");
  });

  it("a file that needs more heap than the ceiling is a 422 naming it, not a crash", async () => {
    const page = new TextEncoder().encode(`<html><body><table>${"<tr><td>1</td><td>2</td></tr>".repeat(400_000)}</table></body></html>`);
    const error = await readDocument(page, "big.html", { memoryLimitMb: 48 }).catch((e) => e);
    expect(error).toBeInstanceOf(AppError);
    expect(error).toMatchObject({ status: 422, details: { limitMb: 48 } });
    expect(error.message).toContain("48 MB");
    // the same page within the default ceiling is read (flat pass: it is over the element bound)
    expect((await readDocument(page, "big.html")).text.length).toBeGreaterThan(1_000_000);
  }, 60_000);
});
