/**
 * The skew of a page of text, by projection profile: rows of a page of horizontal text are
 * sharpest (dark rows darkest, gaps emptiest) when the page is turned by minus its skew. Hand
 * written because it is one loop over the dark pixels; an image library would bring a native
 * binary for it.
 */

/** Largest skew looked for, in degrees: a hand-placed scan rarely leans more than this. */
export const MAX_SKEW_DEGREES = 3;

/** Angles are tried at this step, then refined once around the best at a tenth of it. */
const COARSE_STEP = 0.2;

/**
 * The angle in degrees (positive: the text rises to the right, as the image's y grows downwards)
 * of the lines of dark pixels in `gray` (one byte a pixel, 0 black), or 0 when there is no text.
 */
export function estimateSkew(gray: Uint8Array, width: number, height: number, darkAtMost = 127): number {
  // every dark pixel's coordinates, sampled so a page costs the same at any resolution
  const step = Math.max(1, Math.round(Math.sqrt((width * height) / 1_500_000)));
  const xs: number[] = [];
  const ys: number[] = [];
  for (let y = 0; y < height; y += step) {
    for (let x = 0; x < width; x += step) {
      if (gray[y * width + x] <= darkAtMost) {
        xs.push(x);
        ys.push(y);
      }
    }
  }
  if (xs.length < 100) return 0;
  const score = (degrees: number) => profileSharpness(xs, ys, width, height, step, degrees);
  let best = 0;
  let bestScore = score(0);
  for (let a = -MAX_SKEW_DEGREES; a <= MAX_SKEW_DEGREES + 1e-9; a += COARSE_STEP) {
    const s = score(a);
    if (s > bestScore) [best, bestScore] = [a, s];
  }
  const coarse = best;
  for (let a = coarse - COARSE_STEP; a <= coarse + COARSE_STEP + 1e-9; a += COARSE_STEP / 10) {
    const s = score(a);
    if (s > bestScore) [best, bestScore] = [a, s];
  }
  return Math.round(best * 100) / 100;
}

/**
 * Sum of squared row counts of the dark pixels projected along lines leaning `degrees`: largest
 * when the projection lines follow the text lines.
 */
function profileSharpness(xs: number[], ys: number[], width: number, height: number, step: number, degrees: number): number {
  const slope = Math.tan((degrees * Math.PI) / 180);
  const rows = new Float64Array(Math.ceil((height + width * Math.abs(slope)) / step) + 2);
  const offset = slope > 0 ? width * slope : 0;
  for (let i = 0; i < xs.length; i++) {
    // the row this pixel would be on if the page were turned back by `degrees`
    const row = Math.floor((ys[i] + xs[i] * slope + offset) / step);
    rows[row] += 1;
  }
  let sum = 0;
  for (const count of rows) sum += count * count;
  return sum;
}
