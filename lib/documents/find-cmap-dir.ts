import { existsSync } from "node:fs";
import path from "node:path";

/**
 * Where PDF.js finds the Adobe CMaps. Older government PDFs name a CJK font (STSong-Light, SimSun)
 * without embedding it and without a ToUnicode table; PDF.js maps their codes to text only through
 * these CMaps, and without them the text comes out empty. PDF.js reads them with `fs` in Node, so
 * this is a filesystem path with a trailing slash, not a file:// URL.
 */
export interface CMapDir {
  dir: string;
  /** pdfjs-dist ships compressed .bcmap files; system copies are the plain Adobe text CMaps */
  packed: boolean;
}

// Debian/Ubuntu's poppler-data + ghostscript link the Adobe CMaps flat into this directory, which
// is the layout PDF.js expects. A fallback only: the npm package is the dependable source.
const SYSTEM_CMAP_DIRS = ["/var/lib/ghostscript/CMap", "/usr/share/ghostscript/CMap"];

let cached: CMapDir | null | undefined;

export function findCMapDir(): CMapDir | null {
  if (cached === undefined) cached = search();
  return cached;
}

function search(): CMapDir | null {
  // Walk up from the working directory rather than require.resolve: inside a Next.js bundle
  // require.resolve returns a module id, not a path.
  for (let dir = process.cwd(); ; dir = path.dirname(dir)) {
    const candidate = path.join(dir, "node_modules", "pdfjs-dist", "cmaps");
    if (existsSync(path.join(candidate, "UniGB-UCS2-H.bcmap"))) return { dir: candidate + path.sep, packed: true };
    if (path.dirname(dir) === dir) break;
  }
  for (const candidate of SYSTEM_CMAP_DIRS) {
    if (existsSync(path.join(candidate, "UniGB-UCS2-H")) && existsSync(path.join(candidate, "Adobe-GB1-UCS2"))) {
      return { dir: candidate + path.sep, packed: false };
    }
  }
  return null;
}
