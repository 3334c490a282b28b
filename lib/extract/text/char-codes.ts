// Helpers for scanning text as UTF-16 code units. The extractor runs over every character of
// every report; `text[i]` of a Chinese character allocates a one-character string each time, so
// the hot loops read char codes and build their output in a Uint16Array instead.

/**
 * codes[from, to) as a string. Buffer's utf16le decoding is native and copies code units as
 * they are (TextDecoder would turn a lone surrogate into U+FFFD); spreading the codes into
 * String.fromCharCode cost a tenth of a report's extraction.
 */
export function codesToString(codes: Uint16Array, from: number, to: number): string {
  if (to <= from) return "";
  return Buffer.from(codes.buffer, codes.byteOffset + from * 2, (to - from) * 2).toString("utf16le");
}

/** 0-9 */
export const isDigitCode = (code: number) => code >= 0x30 && code <= 0x39;

/** A-Z, a-z */
export const isLatinCode = (code: number) => (code >= 0x41 && code <= 0x5a) || (code >= 0x61 && code <= 0x7a);

/** a Han character: CJK Unified Ideographs and Extension A */
export const isHanCode = (code: number) => code >= 0x3400 && code <= 0x9fff;
