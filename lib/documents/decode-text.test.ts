import { readFileSync } from "node:fs";
import path from "node:path";
import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { decodeText, NotTextError } from "./decode-text";

// Fixtures made with iconv from UTF-8 text (GBK: scripts/build-document-fixtures.mjs; Big5 and
// GB18030: `iconv -f utf-8 -t big5|gb18030`), so the expected string is known exactly.
const fixture = (name: string) => new Uint8Array(readFileSync(path.join(__dirname, "__fixtures__", name)));
const sample = readFileSync(path.resolve(__dirname, "../../data/samples/000_ac45cf8051bb6945.txt"), "utf8");
const utf8 = (s: string) => new TextEncoder().encode(s);

function utf16(s: string, littleEndian: boolean, bom: boolean): Uint8Array {
  const out = new Uint8Array(s.length * 2 + (bom ? 2 : 0));
  const view = new DataView(out.buffer);
  if (bom) view.setUint16(0, 0xfeff, littleEndian);
  for (let i = 0; i < s.length; i++) view.setUint16((bom ? 2 : 0) + i * 2, s.charCodeAt(i), littleEndian);
  return out;
}

describe("decodeText", () => {
  it("UTF-8, with and without a byte-order mark", () => {
    expect(decodeText(utf8(sample))).toEqual({ text: sample, encoding: "utf-8" });
    expect(decodeText(new Uint8Array([0xef, 0xbb, 0xbf, ...utf8("报告")]))).toEqual({ text: "报告", encoding: "utf-8" });
  });

  it("GBK bytes read as GB18030, exactly", () => {
    expect(decodeText(fixture("report-gbk.txt"))).toEqual({ text: sample, encoding: "gb18030" });
  });

  it("characters only GB18030 encodes (four-byte sequences)", () => {
    const { text, encoding } = decodeText(fixture("decode-gb18030.txt"));
    expect(encoding).toBe("gb18030");
    expect(text).toContain("镕堃𠮷䶮");
    expect(text).toContain("调解成功率98.35%");
  });

  it("Big5 (traditional characters)", () => {
    const { text, encoding } = decodeText(fixture("decode-big5.txt"));
    expect(encoding).toBe("big5");
    expect(text).toContain("收到行政復議申請二十七件");
  });

  it.each([
    ["UTF-16LE with a mark", true, true],
    ["UTF-16BE with a mark", false, true],
    ["UTF-16LE without a mark", true, false],
    ["UTF-16BE without a mark", false, false],
  ])("%s", (_name, littleEndian, bom) => {
    const { text, encoding } = decodeText(utf16(sample, littleEndian, bom));
    expect(text).toBe(sample);
    expect(encoding).toBe(littleEndian ? "utf-16le" : "utf-16be");
  });

  it("refuses NUL-heavy binary with a typed error", () => {
    const exe = new Uint8Array(4096);
    exe.set([0x4d, 0x5a, 0x90, 0x00, 0x03, 0x00, 0x00, 0x00, 0x04, 0x00]);
    for (let i = 64; i < exe.length; i += 3) exe[i] = i & 0xff;
    expect(() => decodeText(exe)).toThrow(NotTextError);
    try {
      decodeText(exe);
    } catch (e) {
      expect(e).toMatchObject({ code: "unsupported_media_type", status: 415, reason: "binary" });
    }
  });

  it("refuses random bytes no encoding reads cleanly", () => {
    const bytes = new Uint8Array(4096);
    let x = 7;
    for (let i = 0; i < bytes.length; i++) bytes[i] = (x = (x * 1103515245 + 12345) >>> 0) >>> 24;
    expect(() => decodeText(bytes)).toThrow(NotTextError);
  });

  it("an empty file is an empty text", () => {
    expect(decodeText(new Uint8Array(0))).toEqual({ text: "", encoding: "utf-8" });
  });

  it("any bytes: a string or a NotTextError, never anything else", () => {
    fc.assert(
      fc.property(fc.uint8Array({ maxLength: 3000 }), (bytes) => {
        try {
          expect(typeof decodeText(bytes).text).toBe("string");
        } catch (e) {
          expect(e).toBeInstanceOf(NotTextError);
        }
      }),
      { numRuns: 300 },
    );
  });
});
