import type { DecodedBytes } from "./decode-text";
import { charsetLabel } from "./charset-label";
import { decodeOrRefuse } from "./read-text";

/**
 * A saved or fetched page's bytes to a string: a BOM wins, then the charset the server declared
 * (fetched pages), then the page's own `<meta charset>` (what the browser used when the person saw
 * it), then the shared detection.
 * One exception: a page that declares a legacy charset but whose bytes are valid UTF-8 is UTF-8.
 * Tools that re-save pages convert the bytes and keep the old meta; GBK or Big5 Chinese, on the
 * other hand, is practically never valid UTF-8 by accident, while GB18030 accepts almost any bytes,
 * so the declared decoder alone would turn such a page into mojibake without an error.
 */
export function decodeHtml(bytes: Uint8Array, transportCharset?: string | null): DecodedBytes {
  if (hasBom(bytes)) return decodeOrRefuse(bytes);
  // a fetched page: the server's Content-Type charset comes before the page's own (as in a browser)
  const declarations = [transportCharset ? charsetLabel(transportCharset) : undefined, declaredCharset(bytes)];
  for (const declared of declarations) {
    if (!declared) continue;
    if (declared !== "utf-8") {
      const utf8 = strictUtf8(bytes);
      if (utf8 !== undefined && /[^\x00-\x7f]/.test(utf8)) return { text: utf8, encoding: "utf-8" };
    }
    try {
      return { text: new TextDecoder(declared, { fatal: true }).decode(bytes), encoding: declared };
    } catch {
      // unknown label, or bytes that are not in that charset
    }
  }
  return decodeOrRefuse(bytes);
}

// <meta charset="gb2312"> and <meta http-equiv="Content-Type" content="text/html; charset=gbk">
const META_CHARSET = /<meta\b[^>]*?\bcharset\s*=\s*["']?\s*([A-Za-z0-9_.:-]+)/i;

/** The charset a page declares in its first 4 KB (where the HTML spec's prescan looks), as a decoder label. */
export function declaredCharset(bytes: Uint8Array): string | undefined {
  const head = new TextDecoder("latin1").decode(bytes.subarray(0, 4096));
  const label = head.match(META_CHARSET)?.[1];
  return label ? charsetLabel(label) : undefined;
}

function strictUtf8(bytes: Uint8Array): string | undefined {
  try {
    return new TextDecoder("utf-8", { fatal: true }).decode(bytes);
  } catch {
    return undefined;
  }
}

function hasBom(bytes: Uint8Array): boolean {
  return (
    (bytes[0] === 0xef && bytes[1] === 0xbb && bytes[2] === 0xbf) ||
    (bytes[0] === 0xff && bytes[1] === 0xfe) ||
    (bytes[0] === 0xfe && bytes[1] === 0xff)
  );
}
