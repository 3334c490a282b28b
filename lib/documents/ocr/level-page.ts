import { createCanvas, type Canvas } from "@napi-rs/canvas";
import { estimateSkew } from "./page-skew";

/**
 * Skews smaller than this are left: turning a page resamples every pixel, and a tenth of a degree
 * drifts under 3 px across a 200 dpi line.
 */
export const LEVEL_FROM_DEGREES = 0.1;

/** Luminance, one byte a pixel. */
export function grayOf(rgba: Uint8ClampedArray | Uint8Array, width: number, height: number): Uint8Array {
  const gray = new Uint8Array(width * height);
  for (let i = 0, p = 0; i < gray.length; i++, p += 4) {
    gray[i] = (rgba[p] * 77 + rgba[p + 1] * 150 + rgba[p + 2] * 29) >> 8;
  }
  return gray;
}

/** Otsu's threshold of a gray image: the level that best splits ink from paper. */
export function otsuThreshold(gray: Uint8Array): number {
  const histogram = new Float64Array(256);
  for (const v of gray) histogram[v]++;
  const total = gray.length;
  let sumAll = 0;
  for (let v = 0; v < 256; v++) sumAll += v * histogram[v];
  let sumBelow = 0;
  let countBelow = 0;
  let best = 127;
  let bestVariance = -1;
  for (let t = 0; t < 256; t++) {
    countBelow += histogram[t];
    if (countBelow === 0) continue;
    const countAbove = total - countBelow;
    if (countAbove === 0) break;
    sumBelow += t * histogram[t];
    const meanBelow = sumBelow / countBelow;
    const meanAbove = (sumAll - sumBelow) / countAbove;
    const variance = countBelow * countAbove * (meanBelow - meanAbove) ** 2;
    if (variance > bestVariance) [best, bestVariance] = [t, variance];
  }
  return best;
}

/**
 * A scanned page turned level before OCR. Tesseract finds skewed lines but its LSTM reads each
 * line's box as it stands, so a 0.5° lean puts half a character's height of drift into a line
 * (docs/ocr.md: levelling raised character accuracy and the values found). The skew is measured
 * on the ink (darker than Otsu's threshold, and than mid-gray, so a blank page's grain is not ink).
 */
export function levelPage(page: Canvas): { canvas: Canvas; skew: number } {
  const { data } = page.getContext("2d").getImageData(0, 0, page.width, page.height);
  const gray = grayOf(data, page.width, page.height);
  const skew = estimateSkew(gray, page.width, page.height, Math.min(127, otsuThreshold(gray)));
  if (Math.abs(skew) < LEVEL_FROM_DEGREES) return { canvas: page, skew };
  const canvas = createCanvas(page.width, page.height);
  const context = canvas.getContext("2d");
  context.fillStyle = "#fff";
  context.fillRect(0, 0, canvas.width, canvas.height);
  context.imageSmoothingEnabled = true;
  context.imageSmoothingQuality = "high";
  context.translate(canvas.width / 2, canvas.height / 2);
  context.rotate((skew * Math.PI) / 180);
  context.drawImage(page, -page.width / 2, -page.height / 2);
  return { canvas, skew };
}
