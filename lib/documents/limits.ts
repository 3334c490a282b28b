/**
 * Bounds on the work one upload may cause. Uploads come from the network, so every reader that
 * inflates, parses or walks a tree has a ceiling well above real reports and well below what would
 * hurt the server.
 */

/** Real reports are 20 KB–5 MB; a .docx/.pdf with photos of meetings reaches ~15 MB. */
export const MAX_UPLOAD_BYTES = 20 * 1024 * 1024;

/**
 * Uncompressed size of a .docx's XML parts together (word/document.xml, styles, footnotes…).
 * A 200-page report's document.xml is 2–5 MB; mammoth holds the parsed XML in memory at roughly
 * ten times its size, so 50 MB keeps one upload well under a gigabyte. Deflate shrinks a run of
 * spaces 1000:1, which is why this is checked from the zip directory and again while inflating.
 */
export const MAX_DOCX_XML_BYTES = 50 * 1024 * 1024;

/** A .docx has a few dozen zip entries; thousands mean a crafted archive, not a report. */
export const MAX_ZIP_ENTRIES = 5_000;

/** Reports run 5–80 pages; each page costs PDF.js font and text work. */
export const MAX_PDF_PAGES = 600;

/**
 * Wall-clock budget for reading one PDF, checked between pages: PDF.js works asynchronously page by
 * page, so a crafted PDF that is slow on every page is stopped here instead of holding the request.
 */
export const PDF_TIME_BUDGET_MS = 30_000;

/**
 * Wall-clock limit of one PDF page's text, restarted as each page begins. A page is read in one
 * synchronous stretch of PDF.js that no check between pages can stop: a PDF with two flipped bits
 * held a worker for the whole 60 s (found by the hostile-input fuzz). A real page takes well under
 * a second; past this the worker is terminated and the file gets a 422.
 */
export const PDF_PAGE_TIME_LIMIT_MS = 15_000;

/**
 * Element nesting depth above which HTML skips the DOM and Readability and goes through a flat
 * tag-stripping pass. Real pages nest 20–60 deep; Readability's cost grows steeply with depth
 * (measured: depth 500 ≈ 1 s, 2,000 ≈ 44 s, 10,000 overflows the stack).
 */
export const MAX_HTML_DEPTH = 200;

/**
 * Elements Readability may score (its `maxElemsToParse`). Government pages have 1,000–5,000;
 * 50,000 flat elements take ~3 s. Above this, the flat tag-stripping pass reads the page.
 */
export const MAX_HTML_ELEMENTS = 30_000;

/**
 * Hard wall-clock limit on reading one file, enforced from outside: the reader runs in a worker
 * thread that is terminated when this passes, whatever it is stuck in (a synchronous parser loop
 * that no in-reader check could interrupt). The slowest real report measured (a 120-page PDF)
 * takes ~5 s on a loaded 2-core machine.
 */
export const READ_TIME_LIMIT_MS = 60_000;

/**
 * Heap ceiling of a reader worker (V8 old generation). A 200-page .docx peaks near 150 MB; extracting
 * a 16 MB text in report wording (under the 20 MB upload limit) needs 450–480 MB (measured), so 512
 * left such an upload to the whim of the collector. The worker is killed, not the server, when a
 * crafted file needs more. Buffers outside the V8 heap are bounded by the byte limits above instead.
 */
export const READ_MEMORY_MB = 768;

/** Reader workers at once (further files wait their turn): with the heap ceiling, ≤ ~1.5 GB in all. */
export const READ_WORKERS = 2;
