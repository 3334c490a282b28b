import { createCanvas, loadImage, type Canvas } from "@napi-rs/canvas";
import { createIsomorphicCanvasFactory, getDocumentProxy } from "unpdf";
import * as UTIF from "utif2";
import { corruptFile, tooComplex } from "../document-errors";
import { findCMapDir } from "../find-cmap-dir";
import { MAX_PDF_PAGES } from "../limits";
import { levelPage } from "./level-page";
import { MAX_OCR_PAGE_PIXELS, OCR_DPI } from "./ocr-limits";

/** One page as the OCR engines take it, turned level (level-page.ts): a PNG and its size in pixels. */
export interface PageImage {
  png: Uint8Array;
  width: number;
  height: number;
}

export type ImageType = "png" | "jpeg" | "tiff";

/** PDF.js logs warnings about every odd image to the console; errors are enough. */
const ERRORS_ONLY = 0;

/**
 * The pages of a PDF without a text layer, rendered one at a time at `dpi` (PDF.js draws the
 * scanned image, whatever its encoding: JPEG, CCITT fax, JBIG2, several strips, rotation).
 */
export async function* pdfPageImages(bytes: Uint8Array, dpi = OCR_DPI): AsyncGenerator<PageImage & { pages: number }> {
  const CanvasFactory = await createIsomorphicCanvasFactory(() => import("@napi-rs/canvas"));
  const cMaps = findCMapDir();
  let pdf: Awaited<ReturnType<typeof getDocumentProxy>>;
  try {
    pdf = await getDocumentProxy(new Uint8Array(bytes), {
      ...(cMaps ? { cMapUrl: cMaps.dir, cMapPacked: cMaps.packed } : {}),
      CanvasFactory,
      verbosity: ERRORS_ONLY,
      isEvalSupported: false,
      disableFontFace: true,
      useSystemFonts: false,
    } as Parameters<typeof getDocumentProxy>[1]);
  } catch (e) {
    throw corruptFile("pdf", (e as Error).message);
  }
  try {
    if (pdf.numPages > MAX_PDF_PAGES) throw tooComplex("pdf", `${MAX_PDF_PAGES} pages`);
    for (let n = 1; n <= pdf.numPages; n++) {
      const page = await pdf.getPage(n);
      try {
        const unit = page.getViewport({ scale: 1 });
        const scale = boundedScale(unit.width, unit.height, dpi / 72);
        const viewport = page.getViewport({ scale });
        const canvas = createCanvas(Math.ceil(viewport.width), Math.ceil(viewport.height));
        const context = canvas.getContext("2d");
        // a scan's transparent areas would read as black
        context.fillStyle = "#fff";
        context.fillRect(0, 0, canvas.width, canvas.height);
        await page.render({ canvas, canvasContext: context, viewport } as unknown as Parameters<typeof page.render>[0]).promise;
        yield { ...toPng(levelPage(canvas).canvas), pages: pdf.numPages };
      } finally {
        page.cleanup();
      }
    }
  } finally {
    await pdf.destroy();
  }
}

/** An uploaded image (a TIFF may hold several pages) as PNG pages of bounded size. */
export async function imagePages(bytes: Uint8Array, type: ImageType): Promise<PageImage[]> {
  if (type === "tiff") return tiffPages(bytes);
  let image: Awaited<ReturnType<typeof loadImage>>;
  try {
    image = await loadImage(Buffer.from(bytes.buffer, bytes.byteOffset, bytes.byteLength));
  } catch (e) {
    throw corruptFile(type, (e as Error).message);
  }
  if (!image.width || !image.height) throw corruptFile(type, "no pixels");
  const scale = boundedScale(image.width, image.height, 1);
  const canvas = whiteCanvas(Math.round(image.width * scale), Math.round(image.height * scale));
  canvas.getContext("2d").drawImage(image, 0, 0, canvas.width, canvas.height);
  return [toPng(levelPage(canvas).canvas)];
}

function tiffPages(bytes: Uint8Array): PageImage[] {
  let ifds: UTIF.IFD[];
  const buffer = bytes.buffer.slice(bytes.byteOffset, bytes.byteOffset + bytes.byteLength) as ArrayBuffer;
  try {
    ifds = UTIF.decode(buffer).filter((ifd) => Number((ifd.t256 as number[] | undefined)?.[0]) > 0);
  } catch (e) {
    throw corruptFile("tiff", (e as Error).message);
  }
  if (ifds.length === 0) throw corruptFile("tiff", "no image");
  if (ifds.length > MAX_PDF_PAGES) throw tooComplex("tiff", `${MAX_PDF_PAGES} pages`);
  return ifds.map((ifd) => {
    const width = Number((ifd.t256 as number[])[0]);
    const height = Number((ifd.t257 as number[])[0]);
    // decoding allocates width × height × 4 bytes before any check could run: refuse it first
    if (width * height > MAX_OCR_PAGE_PIXELS * 4) throw tooComplex("tiff", `${width}×${height} pixels`);
    let rgba: Uint8Array;
    try {
      UTIF.decodeImage(buffer, ifd);
      rgba = UTIF.toRGBA8(ifd);
    } catch (e) {
      throw corruptFile("tiff", (e as Error).message);
    }
    const full = createCanvas(width, height);
    const context = full.getContext("2d");
    const data = context.createImageData(width, height);
    data.data.set(rgba.subarray(0, data.data.length));
    context.putImageData(data, 0, 0);
    const scale = boundedScale(width, height, 1);
    if (scale === 1) return toPng(levelPage(full).canvas);
    const canvas = whiteCanvas(Math.round(width * scale), Math.round(height * scale));
    canvas.getContext("2d").drawImage(full, 0, 0, canvas.width, canvas.height);
    return toPng(levelPage(canvas).canvas);
  });
}

/** The scale that keeps a page within MAX_OCR_PAGE_PIXELS (a 300 dpi A4 page is 8.7 million). */
function boundedScale(width: number, height: number, wanted: number): number {
  const pixels = width * wanted * height * wanted;
  return pixels > MAX_OCR_PAGE_PIXELS ? wanted * Math.sqrt(MAX_OCR_PAGE_PIXELS / pixels) : wanted;
}

function whiteCanvas(width: number, height: number): Canvas {
  const canvas = createCanvas(Math.max(1, width), Math.max(1, height));
  const context = canvas.getContext("2d");
  context.fillStyle = "#fff";
  context.fillRect(0, 0, canvas.width, canvas.height);
  return canvas;
}

function toPng(canvas: Canvas): PageImage {
  return { png: new Uint8Array(canvas.encodeSync("png")), width: canvas.width, height: canvas.height };
}
