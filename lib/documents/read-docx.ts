import mammoth from "mammoth";
import { parseHTML } from "linkedom";
import { corruptFile, tooComplex } from "./document-errors";
import { domToText } from "./html-to-text";
import { MAX_DOCX_XML_BYTES, MAX_ZIP_ENTRIES } from "./limits";
import { inflateZipEntry, listZipEntries, ZipFormatError, ZipTooLargeError, type ZipEntry } from "./zip-entries";

const BOUND = `${MAX_DOCX_XML_BYTES / 1024 / 1024} MB XML`;

/**
 * A .docx to text through mammoth's HTML (it keeps table rows, which extractRawText flattens into
 * one cell per paragraph). Before mammoth sees the zip, its XML parts are measured: JSZip inflates
 * a whole entry before it compares the size with the header, so a zip bomb would be in memory
 * before anything could refuse it.
 */
export async function readDocx(bytes: Uint8Array): Promise<string> {
  checkInflatedSize(bytes);
  let html: string;
  try {
    const result = await mammoth.convertToHtml(
      { buffer: Buffer.from(bytes.buffer, bytes.byteOffset, bytes.byteLength) },
      // Images are never read: the report is its text, and base64 photos would triple memory.
      { convertImage: mammoth.images.imgElement(async () => ({ src: "" })), ignoreEmptyParagraphs: true },
    );
    html = result.value;
  } catch (e) {
    throw corruptFile("docx", (e as Error).message);
  }
  return domToText(parseHTML(`<!DOCTYPE html><html><body>${html}</body></html>`).document.body);
}

/** XML parts (document, styles, numbering, footnotes, rels…) are what mammoth inflates. */
const isXmlPart = (entry: ZipEntry) => /\.(xml|rels)$/i.test(entry.name);

function checkInflatedSize(bytes: Uint8Array): void {
  let entries: ZipEntry[];
  try {
    entries = listZipEntries(bytes, MAX_ZIP_ENTRIES);
  } catch (e) {
    if (e instanceof ZipTooLargeError) throw tooComplex("docx", `${MAX_ZIP_ENTRIES} zip entries`);
    throw corruptFile("docx", (e as Error).message);
  }
  const parts = entries.filter(isXmlPart);
  if (!parts.some((e) => e.name === "word/document.xml")) throw corruptFile("docx", "no word/document.xml");

  // The declared sizes refuse an honest bomb without inflating a byte…
  const declared = parts.reduce((sum, e) => sum + e.uncompressedSize, 0);
  if (declared > MAX_DOCX_XML_BYTES) throw tooComplex("docx", BOUND);

  // …and inflating under a ceiling refuses one whose headers lie.
  let budget = MAX_DOCX_XML_BYTES;
  for (const entry of parts) {
    try {
      budget -= inflateZipEntry(bytes, entry, budget).length;
    } catch (e) {
      if (e instanceof ZipTooLargeError) throw tooComplex("docx", BOUND);
      if (e instanceof ZipFormatError) throw corruptFile("docx", e.message);
      throw e;
    }
  }
}
