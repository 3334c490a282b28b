import { getDocumentProxy } from "unpdf";
import { isAppError } from "@/lib/errors/app-error";
import { corruptFile, passwordProtected, scannedPdf, tooComplex } from "./document-errors";
import { findCMapDir } from "./find-cmap-dir";
import { MAX_PDF_PAGES, PDF_TIME_BUDGET_MS } from "./limits";
import { layoutPdfText, type PdfPageText, type PdfTextItem } from "./pdf-layout";

export interface PdfText {
  text: string;
  title?: string;
  pages: number;
}

/** PDF.js logs warnings about every odd font to the console; errors are enough. */
const ERRORS_ONLY = 0;

/** Fewer letters than this per page is a scan (perhaps with stamped page numbers), not a text layer. */
const MIN_LETTERS_PER_PAGE = 10;

/**
 * A PDF's text layer, through unpdf's build of PDF.js, laid out into paragraphs by pdf-layout.
 * A PDF without one (a scan) is refused with a request for OCR, not returned empty.
 */
export async function readPdf(bytes: Uint8Array, onPage?: (page: number, pages: number) => void): Promise<PdfText> {
  const cMaps = findCMapDir();
  let pdf: Awaited<ReturnType<typeof getDocumentProxy>>;
  try {
    // PDF.js may take ownership of the buffer it is given: hand it a copy.
    pdf = await getDocumentProxy(new Uint8Array(bytes), {
      ...(cMaps ? { cMapUrl: cMaps.dir, cMapPacked: cMaps.packed } : {}),
      verbosity: ERRORS_ONLY,
      isEvalSupported: false,
      disableFontFace: true,
      useSystemFonts: false,
    });
  } catch (e) {
    if ((e as Error).name === "PasswordException") throw passwordProtected("pdf");
    throw corruptFile("pdf", (e as Error).message);
  }

  try {
    if (pdf.numPages > MAX_PDF_PAGES) throw tooComplex("pdf", `${MAX_PDF_PAGES} pages`);
    const started = Date.now();
    const pages: PdfPageText[] = [];
    for (let n = 1; n <= pdf.numPages; n++) {
      if (Date.now() - started > PDF_TIME_BUDGET_MS) throw tooComplex("pdf", `${PDF_TIME_BUDGET_MS / 1000} s`);
      // the worker's caller restarts its clock for each page (PDF_PAGE_TIME_LIMIT_MS)
      onPage?.(n, pdf.numPages);
      pages.push(await pageText(pdf, n));
    }
    const text = layoutPdfText(pages);
    const letters = text.match(/\p{L}/gu)?.length ?? 0;
    // Without CMaps a PDF with non-embedded Chinese fonts also reads as empty: the details say so.
    if (letters < MIN_LETTERS_PER_PAGE * pdf.numPages) throw scannedPdf(pdf.numPages, cMaps !== null);
    return { text, title: await metadataTitle(pdf), pages: pdf.numPages };
  } catch (e) {
    if (isAppError(e)) throw e;
    throw corruptFile("pdf", (e as Error).message);
  } finally {
    await pdf.destroy();
  }
}

type PdfDocument = Awaited<ReturnType<typeof getDocumentProxy>>;

async function pageText(pdf: PdfDocument, n: number): Promise<PdfPageText> {
  const page = await pdf.getPage(n);
  try {
    const content = await page.getTextContent();
    const items: PdfTextItem[] = [];
    for (const item of content.items) {
      if (!("str" in item)) continue; // marked-content boundaries
      const [a, b, c, d, x, y] = item.transform as number[];
      items.push({
        str: item.str,
        x,
        y,
        width: item.width,
        size: Math.hypot(c, d) || Math.hypot(a, b) || item.height,
        hasEOL: item.hasEOL,
      });
    }
    const [x0, , x1] = page.view;
    return { items, box: { left: Math.min(x0, x1), right: Math.max(x0, x1) } };
  } finally {
    page.cleanup();
  }
}

async function metadataTitle(pdf: PdfDocument): Promise<string | undefined> {
  try {
    const { info } = await pdf.getMetadata();
    const title = (info as { Title?: unknown } | undefined)?.Title;
    return typeof title === "string" && title.trim() ? title.trim() : undefined;
  } catch {
    return undefined;
  }
}
