import { createCanvas, type Canvas, type Image } from "@napi-rs/canvas";
import type { OcrLine } from "./ocr-engine";

/**
 * Lines the engine read with less confidence than this are read a second time (docs/ocr.md: a
 * tenth of the lines, where most misread characters are).
 */
export const REREAD_BELOW = 0.75;

/** The second reading sees the line alone, enlarged this much: another view, other mistakes. */
export const REREAD_ZOOM = 2;

/** White margin kept around a line's box, in page pixels, so no stroke touches the crop's edge. */
const MARGIN = 6;

/** One line of a page image, alone on white, enlarged by `zoom`. */
export function lineImage(page: Canvas | Image, line: Pick<OcrLine, "left" | "top" | "right" | "bottom">, zoom = REREAD_ZOOM): Canvas {
  const left = Math.max(0, Math.floor(line.left) - MARGIN);
  const top = Math.max(0, Math.floor(line.top) - MARGIN);
  const right = Math.min(page.width, Math.ceil(line.right) + MARGIN);
  const bottom = Math.min(page.height, Math.ceil(line.bottom) + MARGIN);
  const width = Math.max(1, right - left);
  const height = Math.max(1, bottom - top);
  const canvas = createCanvas(Math.round(width * zoom), Math.round(height * zoom));
  const context = canvas.getContext("2d");
  context.fillStyle = "#fff";
  context.fillRect(0, 0, canvas.width, canvas.height);
  context.imageSmoothingEnabled = true;
  context.imageSmoothingQuality = "high";
  context.drawImage(page, left, top, width, height, 0, 0, canvas.width, canvas.height);
  return canvas;
}

/**
 * Of a line's two readings, the one the engine is surer of, in the first one's place on the page
 * (the second was read from a crop, its box means nothing on the page).
 */
export function surerReading(first: OcrLine, second: Pick<OcrLine, "text" | "confidence" | "characterConfidences"> | undefined): OcrLine {
  if (!second || !/[\p{L}\p{N}]/u.test(second.text) || second.confidence <= first.confidence) return first;
  return { ...first, text: second.text, confidence: second.confidence, characterConfidences: second.characterConfidences };
}
