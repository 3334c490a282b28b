import { isUtf8 } from "node:buffer";
import { isAppError } from "@/lib/errors/app-error";
import { decodeText, type DecodedBytes } from "./decode-text";
import { charsetLabel } from "./charset-label";
import { notText } from "./document-errors";

/**
 * A plain-text upload: decoded by the shared encoding detection, then refused if what came out is
 * not text a person wrote (control characters, replacement characters: a binary renamed .txt).
 */
export function readText(bytes: Uint8Array, declaredCharset?: string | null): DecodedBytes {
  const decoded = (declaredCharset && decodeDeclared(bytes, declaredCharset)) || decodeOrRefuse(bytes);
  if (looksBinary(decoded.text)) throw notText();
  return decoded;
}

/**
 * Bytes in the charset a web server declared (GB family as GB18030), or undefined when they are
 * not valid in it or it is unknown: a server's header is as often wrong as a page's meta.
 */
export function decodeDeclared(bytes: Uint8Array, charset: string): DecodedBytes | undefined {
  const label = charsetLabel(charset);
  if (!label) return undefined;
  // a legacy label on bytes that are valid UTF-8 is a leftover (see decode-html.ts): detection reads them
  if (label !== "utf-8" && /[^\x00-\x7f]/.test(new TextDecoder("utf-8").decode(bytes)) && isUtf8(bytes)) return undefined;
  try {
    return { text: new TextDecoder(label, { fatal: true }).decode(bytes), encoding: label };
  } catch {
    return undefined;
  }
}

export function decodeOrRefuse(bytes: Uint8Array): DecodedBytes {
  try {
    return decodeText(bytes);
  } catch (e) {
    if (isAppError(e)) throw e;
    throw notText();
  }
}

// C0 controls other than tab, line feed, form feed and carriage return; DEL; U+FFFD from bytes
// the decoder could not map.
const SUSPECT = /[\u0000-\u0008\u000b\u000e-\u001f\u007f\ufffd]/g;

/** More than 0.5% suspect characters, or any NUL, is not a text document. */
export function looksBinary(text: string): boolean {
  if (text.includes("\u0000")) return true;
  const suspects = text.match(SUSPECT)?.length ?? 0;
  return suspects > Math.max(2, text.length * 0.005);
}
