/**
 * Bounds of reading scans. OCR costs seconds a page where a text layer costs milliseconds, so a
 * scanned upload has a wall clock of its own, per page, on top of the worker's heap ceiling.
 */

/**
 * Resolution PDF pages are rendered at for OCR: 16 pt body text is then ~44 px high, where both
 * engines measured read best (docs/ocr.md); 300 dpi read no better and took longer.
 */
export const OCR_DPI = 200;

/** Pixels of one page image: a 300 dpi A4 page is 8.7 million. Larger images are scaled down. */
export const MAX_OCR_PAGE_PIXELS = 10_000_000;

/**
 * Pages one scan may have: county reports run 5–30 pages; at a few seconds a page, 50 is minutes
 * of a reader thread already.
 */
export const MAX_OCR_PAGES = 50;

/**
 * Wall clock for each page of a scan: the reader's time limit starts again at every page, so a
 * long scan is bounded page by page (a page measured 2–6 s here; docs/ocr.md) and one page that
 * hangs stops the file.
 */
export const OCR_PAGE_TIME_LIMIT_MS = 30_000;
