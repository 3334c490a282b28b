import { readFileSync } from "node:fs";
import path from "node:path";
import { deflateRawSync } from "node:zlib";
import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { AppError } from "@/lib/errors/app-error";
import { extractReport } from "@/lib/extract";
import { decodeText, NotTextError } from "./decode-text";
import { pdfThatHangsOnAPage } from "./__fixtures__/damaged-pdf";
import { MAX_DOCX_XML_BYTES, PDF_PAGE_TIME_LIMIT_MS } from "./limits";
import { readDocument, type ReadDocument } from "./read-document";

/**
 * Hostile input against the whole reading path (readDocument runs the readers in a worker under a
 * time and heap limit). Every property says: a typed 4xx AppError, or a sane text, within a bound.
 * `npm run soak` sets SOAK=1, which multiplies the runs (the default keeps `npm test` quick).
 */
const SOAK = process.env.SOAK === "1";
const runs = (quick: number, soak = quick * 20) => ({ numRuns: SOAK ? soak : quick, endOnFailure: true });

/** Per file, far under the worker's 60 s hard limit on an idle machine; generous for a loaded one. */
const PER_FILE_MS = 20_000;

const fixture = (name: string) => new Uint8Array(readFileSync(path.join(__dirname, "__fixtures__", name)));
const FIXTURES = { docx: fixture("report.docx"), pdf: fixture("report.pdf"), doc: fixture("report.doc"), gbk: fixture("report-gbk.txt") };

/** The outcome every hostile file must have: a sane document, or a 4xx AppError. */
async function readSafely(bytes: Uint8Array, fileName?: string): Promise<ReadDocument | AppError> {
  const started = Date.now();
  let outcome: ReadDocument | AppError;
  try {
    outcome = await readDocument(bytes, fileName);
    expect(["txt", "html", "docx", "doc", "pdf"]).toContain(outcome.type);
    expect(typeof outcome.text).toBe("string");
    expect(outcome.text).toMatch(/[\p{L}\p{N}]/u);
    // text never outgrows what the bounds let in: 20 MB of bytes, 50 MB of inflated XML
    expect(outcome.text.length).toBeLessThanOrEqual(Math.max(bytes.length, MAX_DOCX_XML_BYTES));
  } catch (e) {
    expect(e).toBeInstanceOf(AppError);
    const error = e as AppError;
    expect(error.status).toBeGreaterThanOrEqual(400);
    expect(error.status).toBeLessThan(500);
    expect(error.message).toMatch(/[\u4e00-\u9fff].*[A-Za-z]/s); // 中文 and English
    outcome = error;
  }
  expect(Date.now() - started).toBeLessThan(PER_FILE_MS);
  return outcome;
}

const NAMES = fc.constantFrom(undefined, "report.txt", "report.docx", "report.pdf", "report.doc", "page.html", "../../etc/passwd", "名\u0000字.docx");

describe("readDocument on hostile bytes", () => {
  it("random bytes under any name", async () => {
    await fc.assert(fc.asyncProperty(fc.uint8Array({ minLength: 1, maxLength: 8192 }), NAMES, async (bytes, name) => void (await readSafely(bytes, name))), runs(40));
  }, 120_000);

  it.each(Object.keys(FIXTURES) as (keyof typeof FIXTURES)[])("a %s report cut off anywhere", async (kind) => {
    const whole = FIXTURES[kind];
    await fc.assert(
      fc.asyncProperty(fc.integer({ min: 1, max: whole.length - 1 }), async (length) => void (await readSafely(whole.slice(0, length), `report.${kind}`))),
      runs(8),
    );
  }, 240_000);

  it.each(Object.keys(FIXTURES) as (keyof typeof FIXTURES)[])("a %s report with flipped bits", async (kind) => {
    const whole = FIXTURES[kind];
    const flips = fc.array(fc.tuple(fc.integer({ min: 0, max: whole.length - 1 }), fc.integer({ min: 0, max: 7 })), { minLength: 1, maxLength: 32 });
    await fc.assert(
      fc.asyncProperty(flips, async (positions) => {
        const bytes = whole.slice();
        for (const [at, bit] of positions) bytes[at] ^= 1 << bit;
        await readSafely(bytes, `report.${kind}`);
      }),
      runs(8),
    );
  }, 240_000);
});

describe("a PDF page PDF.js cannot finish", () => {
  it("is refused within one page's time, not the file's (the fuzz's counterexample, seed -296320593)", async () => {
    const started = Date.now();
    const outcome = await readDocument(pdfThatHangsOnAPage(), "report.pdf").catch((e: unknown) => e);
    expect(outcome).toBeInstanceOf(AppError);
    expect((outcome as AppError).status).toBe(422);
    expect((outcome as AppError).details).toEqual({ limitSeconds: PDF_PAGE_TIME_LIMIT_MS / 1000 });
    expect(Date.now() - started).toBeLessThan(PER_FILE_MS);
  }, 60_000);
});

/** A one-entry-per-part .docx whose word/document.xml inflates to `size` bytes of `fill`. */
function docxBomb(size: number, declared: number, fill = 0x20): Uint8Array {
  const parts: { name: string; data: Uint8Array; declared?: number }[] = [
    { name: "[Content_Types].xml", data: new TextEncoder().encode('<?xml version="1.0"?><Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types"/>') },
    { name: "word/document.xml", data: new Uint8Array(size).fill(fill), declared },
  ];
  const locals: Buffer[] = [];
  const centrals: Buffer[] = [];
  let offset = 0;
  for (const part of parts) {
    const name = Buffer.from(part.name);
    const packed = deflateRawSync(part.data);
    const local = Buffer.alloc(30);
    local.writeUInt32LE(0x04034b50, 0);
    local.writeUInt16LE(20, 4);
    local.writeUInt16LE(8, 8);
    local.writeUInt32LE(packed.length, 18);
    local.writeUInt32LE(part.declared ?? part.data.length, 22);
    local.writeUInt16LE(name.length, 26);
    const central = Buffer.alloc(46);
    central.writeUInt32LE(0x02014b50, 0);
    central.writeUInt16LE(20, 4);
    central.writeUInt16LE(20, 6);
    central.writeUInt16LE(8, 10);
    central.writeUInt32LE(packed.length, 20);
    central.writeUInt32LE(part.declared ?? part.data.length, 24);
    central.writeUInt16LE(name.length, 28);
    central.writeUInt32LE(offset, 42);
    locals.push(local, name, packed);
    centrals.push(central, name);
    offset += local.length + name.length + packed.length;
  }
  const directory = Buffer.concat(centrals);
  const end = Buffer.alloc(22);
  end.writeUInt32LE(0x06054b50, 0);
  end.writeUInt16LE(parts.length, 8);
  end.writeUInt16LE(parts.length, 10);
  end.writeUInt32LE(directory.length, 12);
  end.writeUInt32LE(offset, 16);
  return new Uint8Array(Buffer.concat([...locals, directory, end]));
}

describe("a zip bomb inside a .docx", () => {
  it("is refused from its declared size, or while inflating when the sizes lie, in bounded time and memory", async () => {
    const bombs = [
      ["honest", docxBomb(120 * 1024 * 1024, 120 * 1024 * 1024)],
      ["understated", docxBomb(120 * 1024 * 1024, 1000)],
    ] as const;
    for (const [what, bytes] of bombs) {
      expect(bytes.length, what).toBeLessThan(1024 * 1024); // 120 MB packs into a few hundred KB
      const heapBefore = process.memoryUsage().heapUsed;
      const started = Date.now();
      const error = await readDocument(bytes, "bomb.docx").catch((e) => e);
      expect(error, what).toMatchObject({ status: 422, details: { bound: "50 MB XML" } });
      expect(Date.now() - started, what).toBeLessThan(5_000);
      // inflation happens in the worker, and stops at 50 MB: the server's heap does not grow with it
      expect(process.memoryUsage().heapUsed - heapBefore, what).toBeLessThan(64 * 1024 * 1024);
    }
  }, 60_000);
});

describe("hostile HTML and text", () => {
  const TAGS = ["div", "span", "table", "tr", "td", "ul", "li", "p", "b", "font", "section"];

  it("nesting of any depth and shape", async () => {
    const page = fc.record({ depth: fc.integer({ min: 1, max: 60_000 }), tags: fc.array(fc.constantFrom(...TAGS), { minLength: 1, maxLength: 4 }), close: fc.boolean() });
    await fc.assert(
      fc.asyncProperty(page, async ({ depth, tags, close }) => {
        const open = Array.from({ length: depth }, (_, i) => `<${tags[i % tags.length]}>`).join("");
        const shut = close ? Array.from({ length: depth }, (_, i) => `</${tags[(depth - 1 - i) % tags.length]}>`).join("") : "";
        const html = `<html><body>${open}2023年,全市审查各类决策事项490件。${shut}</body></html>`;
        const doc = await readSafely(new TextEncoder().encode(html), "deep.html");
        expect(doc).toMatchObject({ type: "html" });
        expect((doc as ReadDocument).text).toContain("审查各类决策事项490件");
      }),
      runs(6, 60),
    );
  }, 240_000);

  it("a text of 100,000 numbers is read and extracted in bounded time", async () => {
    const text = `庆阳市2023年法治政府建设情况的报告\n${Array.from({ length: 100_000 }, (_, i) => `${(i * 7919) % 100_003}件`).join("，")}。`;
    let started = Date.now();
    const doc = (await readSafely(new TextEncoder().encode(text), "numbers.txt")) as ReadDocument;
    expect(doc.text.length).toBe(text.length);
    const readMs = Date.now() - started;
    started = Date.now();
    const facts = extractReport(doc.text);
    const extractMs = Date.now() - started;
    expect(readMs).toBeLessThan(5_000);
    expect(extractMs).toBeLessThan(10_000);
    for (const v of facts.indicators) expect(doc.text.slice(v.start, v.end)).toBe(v.evidence);
  }, 60_000);
});

describe("invalid UTF-8 and GBK", () => {
  const gbk = FIXTURES.gbk;
  const utf8 = new TextEncoder().encode(new TextDecoder("gb18030").decode(gbk));

  it("GBK or UTF-8 reports with invalid bytes spliced in: a string or a NotTextError, never anything else", () => {
    const splice = fc.record({
      base: fc.constantFrom(gbk, utf8),
      cuts: fc.array(fc.tuple(fc.nat(), fc.uint8Array({ minLength: 1, maxLength: 6 }).map((b) => b.map((x) => x | 0x80))), { minLength: 1, maxLength: 40 }),
    });
    fc.assert(
      fc.property(splice, ({ base, cuts }) => {
        const bytes = Array.from(base.subarray(0, 6000));
        for (const [at, junk] of cuts) bytes.splice(at % bytes.length, 0, ...junk);
        try {
          const { text, encoding } = decodeText(Uint8Array.from(bytes));
          expect(typeof text).toBe("string");
          expect(["utf-8", "gb18030", "big5", "utf-16le", "utf-16be"]).toContain(encoding);
        } catch (e) {
          expect(e).toBeInstanceOf(NotTextError);
        }
      }),
      runs(200),
    );
  });

  it("a GBK report cut in the middle of a character still reads as GB18030", () => {
    fc.assert(
      fc.property(fc.integer({ min: 2000, max: gbk.length - 1 }), (length) => {
        const { text, encoding } = decodeText(gbk.subarray(0, length));
        expect(encoding).toBe("gb18030");
        expect(text.match(/\ufffd/g)?.length ?? 0).toBeLessThanOrEqual(1);
      }),
      runs(50),
    );
  });

  it("through readDocument: a 4xx or a sane text", async () => {
    const junked = fc.tuple(fc.constantFrom(gbk, utf8), fc.array(fc.nat(), { minLength: 1, maxLength: 200 })).map(([base, positions]) => {
      const bytes = base.slice(0, 8000);
      for (const at of positions) bytes[at % bytes.length] = 0x80 | (at & 0x7f);
      return bytes;
    });
    await fc.assert(fc.asyncProperty(junked, async (bytes) => void (await readSafely(bytes, "report.txt"))), runs(20));
  }, 120_000);
});
