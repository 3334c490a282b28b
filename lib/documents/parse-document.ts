import { detectDocumentType, MIME, type DocumentType } from "./detect-type";
import { emptyFile, fileTooLarge, noText } from "./document-errors";
import { MAX_UPLOAD_BYTES } from "./limits";
import { readDoc } from "./read-doc";
import { readDocx } from "./read-docx";
import { readHtml } from "./read-html";
import { readPdf } from "./read-pdf";
import { readText } from "./read-text";

export interface ReadDocument {
  /** plain text, one paragraph per line, table cells separated by tabs; not yet normalised */
  text: string;
  type: DocumentType;
  mime: string;
  /** the character encoding a .txt/.html was decoded from */
  encoding?: string;
  /** the page's or PDF's own title, when it has one */
  title?: string;
}

/**
 * An uploaded file's bytes to the report's plain text, in this thread. The type is decided by the
 * content (the file name only breaks ties); every failure is an AppError that tells the person
 * what to do. Callers use readDocument, which runs this in a worker under a time and memory limit.
 * `detected`: the type a caller already detected for these bytes, so it is not detected twice.
 */
export async function parseDocument(bytes: Uint8Array, fileName?: string, detected?: DocumentType): Promise<ReadDocument> {
  if (bytes.length === 0) throw emptyFile();
  if (bytes.length > MAX_UPLOAD_BYTES) throw fileTooLarge(bytes.length, MAX_UPLOAD_BYTES);

  const type = detected ?? (await detectDocumentType(bytes, fileName));
  const read = await readAs(type, bytes);
  if (!/[\p{L}\p{N}]/u.test(read.text)) throw noText(type);
  return { ...read, type, mime: MIME[type] };
}

async function readAs(type: DocumentType, bytes: Uint8Array): Promise<Omit<ReadDocument, "type" | "mime">> {
  switch (type) {
    case "txt":
      return readText(bytes);
    case "html":
      return readHtml(bytes);
    case "docx":
      return { text: await readDocx(bytes) };
    case "doc":
      return { text: await readDoc(bytes) };
    case "pdf": {
      const { text, title } = await readPdf(bytes);
      return { text, title };
    }
  }
}
