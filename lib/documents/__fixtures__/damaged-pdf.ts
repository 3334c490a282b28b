import { readFileSync } from "node:fs";
import path from "node:path";

/**
 * report.pdf with two bits flipped (byte 16082 bit 7, byte 71534 bit 6): PDF.js spins on its first
 * page's text in one synchronous stretch. Found by the hostile-input fuzz (fast-check seed
 * -296320593); kept as a fixture for the tests that bound a page's time.
 */
export function pdfThatHangsOnAPage(): Uint8Array {
  const bytes = new Uint8Array(readFileSync(path.join(__dirname, "report.pdf")));
  for (const [at, bit] of [
    [16082, 7],
    [71534, 6],
  ])
    bytes[at] ^= 1 << bit;
  return bytes;
}
