import WordExtractor from "word-extractor";
import { corruptFile, passwordProtected } from "./document-errors";

// An encrypted .docx/.xlsx is a compound file holding this stream (names are UTF-16LE).
const ENCRYPTED_PACKAGE = Buffer.from("EncryptedPackage", "utf16le");

/**
 * A Word 97–2003 .doc (an OLE compound file) to text. word-extractor writes table cells with a
 * tab after each and a row per line, which is the layout we want; trailing tabs are trimmed here.
 */
export async function readDoc(bytes: Uint8Array): Promise<string> {
  const buffer = Buffer.from(bytes.buffer, bytes.byteOffset, bytes.byteLength);
  if (buffer.includes(ENCRYPTED_PACKAGE)) throw passwordProtected("docx");
  let body: string;
  let footnotes: string;
  try {
    const doc = await new WordExtractor().extract(buffer);
    body = doc.getBody({ filterUnicode: false });
    footnotes = doc.getFootnotes({ filterUnicode: false });
  } catch (e) {
    // Not a Word stream (an .xls, .ppt or .msi is a compound file too), or a damaged one.
    throw corruptFile("doc", (e as Error).message);
  }
  return [body, footnotes]
    .join("\n")
    .split(/\r\n?|\n/)
    .map((line) => line.replace(/\t+$/, "").replace(/^ +| +$/g, ""))
    .filter((line) => line.length > 0)
    .join("\n");
}
