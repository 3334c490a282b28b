import { createHash } from "node:crypto";

/**
 * The canonical form a report's text is stored, hashed and extracted in, so evidence offsets
 * point into exactly the stored text and the same report uploaded twice (another encoding,
 * CRLF line ends, a BOM) hashes the same.
 */
export function normalizeReportText(raw: string): string {
  return raw
    .replace(/^\uFEFF/, "")
    .normalize("NFC")
    .replace(/\r\n?/g, "\n")
    .replace(/[ \t\u3000]+$/gm, "")
    .replace(/\n{3,}/g, "\n\n")
    .trim();
}

export function sha256Hex(text: string): string {
  return createHash("sha256").update(text, "utf8").digest("hex");
}
