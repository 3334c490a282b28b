import chardet from "chardet";
import { AppError } from "../errors/app-error";

export interface DecodedBytes {
  text: string;
  /** the encoding the bytes were read as */
  encoding: string;
}

const BOMS: [number[], string][] = [
  [[0xef, 0xbb, 0xbf], "utf-8"],
  [[0xff, 0xfe], "utf-16le"],
  [[0xfe, 0xff], "utf-16be"],
];

// chardet's names -> names TextDecoder knows. GBK and GB2312 are read as GB18030, their superset:
// Node's TextDecoder('gbk') is not a real GBK decoder.
const DECODER_NAME: Record<string, string> = {
  "UTF-8": "utf-8",
  "UTF-16LE": "utf-16le",
  "UTF-16BE": "utf-16be",
  GB18030: "gb18030",
  GBK: "gb18030",
  GB2312: "gb18030",
  Big5: "big5",
  "ISO-8859-1": "gb18030",
  "windows-1252": "gb18030",
};

function startsWith(bytes: Uint8Array, prefix: number[]): boolean {
  return prefix.every((b, i) => bytes[i] === b);
}

function tryDecode(bytes: Uint8Array, encoding: string): string | null {
  try {
    return new TextDecoder(encoding, { fatal: true }).decode(bytes);
  } catch {
    return null;
  }
}

/** UTF-16 without a BOM shows as every other byte being NUL in ASCII-heavy text. */
function utf16Guess(bytes: Uint8Array): string | null {
  const sample = bytes.subarray(0, 4096);
  let evenNul = 0;
  let oddNul = 0;
  for (let i = 0; i < sample.length; i++) {
    if (sample[i] !== 0) continue;
    if (i % 2) oddNul++;
    else evenNul++;
  }
  if (oddNul > sample.length / 8 && evenNul < sample.length / 64) return "utf-16le";
  if (evenNul > sample.length / 8 && oddNul < sample.length / 64) return "utf-16be";
  return null;
}

/**
 * Bytes of a text file in any encoding Chinese government sites use -> string.
 * Order: BOM, strict UTF-8, UTF-16 by NUL pattern, chardet's guess, GB18030 (never a silent
 * lossy decode: a file nothing reads cleanly is refused).
 */
export function decodeText(bytes: Uint8Array): DecodedBytes {
  for (const [bom, encoding] of BOMS) {
    if (startsWith(bytes, bom)) {
      const text = tryDecode(bytes.subarray(bom.length), encoding);
      if (text !== null) return { text, encoding };
    }
  }
  const utf8 = tryDecode(bytes, "utf-8");
  if (utf8 !== null && !utf8.includes("\u0000")) return { text: utf8, encoding: "utf-8" };

  const utf16 = utf16Guess(bytes);
  if (utf16) {
    const text = tryDecode(bytes, utf16);
    if (text !== null) return { text, encoding: utf16 };
  }
  if (bytes.includes(0)) throw binary();

  const guesses = chardet.analyse(bytes.subarray(0, 64 * 1024));
  const candidates = [...guesses.map((g) => DECODER_NAME[g.name]).filter(Boolean), "gb18030", "big5"];
  for (const encoding of new Set(candidates)) {
    const text = tryDecode(bytes, encoding);
    if (text !== null) return { text, encoding };
  }
  throw new AppError(
    "unprocessable",
    "无法识别文件的文字编码,请另存为 UTF-8 或 GBK 文本后再上传。The text encoding could not be recognised; save the file as UTF-8 or GBK and upload again.",
  );
}

function binary(): AppError {
  return new AppError(
    "unsupported_media_type",
    "这不是文本文件(含有二进制数据)。请上传 .txt、.html、.docx、.doc 或 .pdf。This is not a text file (it holds binary data); upload .txt, .html, .docx, .doc or .pdf.",
  );
}
