import { fileTypeFromBuffer } from "file-type";
import { corruptFile, tooComplex, unsupportedType } from "./document-errors";
import { MAX_ZIP_ENTRIES } from "./limits";
import { isZip, listZipEntries, ZipFormatError, ZipTooLargeError } from "./zip-entries";

export type DocumentType = "txt" | "html" | "docx" | "doc" | "pdf" | ImageDocumentType;
/** Scanned pages uploaded as images, read by OCR. */
export type ImageDocumentType = "png" | "jpg" | "tif";

export const MIME: Record<DocumentType, string> = {
  txt: "text/plain",
  html: "text/html",
  docx: "application/vnd.openxmlformats-officedocument.wordprocessingml.document",
  doc: "application/msword",
  pdf: "application/pdf",
  png: "image/png",
  jpg: "image/jpeg",
  tif: "image/tiff",
};

const IMAGES = new Set<string>(["png", "jpg", "tif"]);

export function isImageType(type: DocumentType): type is ImageDocumentType {
  return IMAGES.has(type);
}

/** Formats file-type may name for a text file: they still go through text decoding. */
const TEXT_FORMATS = new Set(["xml"]);

/** Zip-based formats that are Word documents when they hold word/document.xml. */
const WORD_ZIPS = new Set(["docx", "docm", "dotx", "dotm"]);

/**
 * What the upload really is, by its bytes. The file name only breaks ties (an .html that has no
 * <html> tag, a damaged zip named .docx); a .docx that is really a PDF is a PDF, and a binary
 * renamed .txt is refused.
 */
export async function detectDocumentType(bytes: Uint8Array, fileName?: string): Promise<DocumentType> {
  const ext = extensionOf(fileName);
  const found = await fileTypeFromBuffer(bytes);

  if (found?.ext === "pdf" || (!found && hasLatePdfHeader(bytes))) return "pdf";
  if (found?.ext === "cfb") return "doc";
  if (isZip(bytes)) return zipType(bytes, found?.ext, ext);
  if (found && IMAGES.has(found.ext)) return found.ext as ImageDocumentType;
  if (found && !TEXT_FORMATS.has(found.ext)) throw unsupportedType(found.ext);
  return looksLikeHtml(bytes, ext === "html" || ext === "htm") ? "html" : "txt";
}

function zipType(bytes: Uint8Array, detected: string | undefined, ext: string | undefined): DocumentType {
  try {
    const entries = listZipEntries(bytes, MAX_ZIP_ENTRIES);
    if (entries.some((e) => e.name === "word/document.xml")) return "docx";
  } catch (e) {
    if (e instanceof ZipTooLargeError) throw tooComplex("zip", `${MAX_ZIP_ENTRIES} zip entries`);
    if (!(e instanceof ZipFormatError)) throw e;
    // A zip whose directory cannot be read but that announces itself as Word is a damaged .docx.
    if (WORD_ZIPS.has(detected ?? "") || ext === "docx") throw corruptFile("docx", e.message);
  }
  throw unsupportedType(detected && detected !== "zip" ? detected : "zip");
}

/** Readers accept junk (an HTTP header, a BOM) before %PDF- within the first KB; so do we. */
function hasLatePdfHeader(bytes: Uint8Array): boolean {
  const head = latin1(bytes, 1024);
  return /%PDF-[12]\.\d/.test(head);
}

const HTML_START = /^\s*(?:<\?xml[^>]*>\s*)?(?:<!--[\s\S]*?-->\s*)*<(?:!doctype\s+html|html|head|body)\b/i;
const HTML_TAG = /<(?:html|head|body|meta|title|div|p|table|br)\b[^>]*>/i;

/**
 * HTML when it starts like a page, or (for a saved fragment, or a name ending .html) when its
 * first 4 KB hold a tag. Looked at as latin1: tag names are ASCII in every encoding a Chinese page
 * uses except UTF-16, which is decoded first.
 */
function looksLikeHtml(bytes: Uint8Array, namedHtml: boolean): boolean {
  const head = utf16Head(bytes) ?? latin1(bytes, 4096);
  if (HTML_START.test(head)) return true;
  return HTML_TAG.test(head) && (namedHtml || /<\/(?:p|div|td|body)>/i.test(head));
}

function utf16Head(bytes: Uint8Array): string | undefined {
  if (bytes[0] === 0xff && bytes[1] === 0xfe) return new TextDecoder("utf-16le").decode(bytes.subarray(0, 8192));
  if (bytes[0] === 0xfe && bytes[1] === 0xff) return new TextDecoder("utf-16be").decode(bytes.subarray(0, 8192));
  return undefined;
}

function latin1(bytes: Uint8Array, length: number): string {
  return new TextDecoder("latin1").decode(bytes.subarray(0, length)).replace(/^\xef\xbb\xbf/, "");
}

function extensionOf(fileName: string | undefined): string | undefined {
  const match = fileName?.toLowerCase().match(/\.([a-z0-9]+)$/);
  return match?.[1];
}
