import { gzipSync } from "node:zlib";

const MAX_ENTRIES = 8;
const cache = new Map<string, Uint8Array>();

/**
 * The gzip of a large response body, made once per body. The cached CSV exports come back as the
 * same string until the data changes, and compressing a national export (megabytes) on every
 * request cost more than serving it; Next's own compression leaves an encoded body alone.
 */
export function gzipOnce(body: string): Uint8Array {
  let zipped = cache.get(body);
  if (zipped) {
    cache.delete(body);
  } else {
    zipped = new Uint8Array(gzipSync(body));
    if (cache.size >= MAX_ENTRIES) cache.delete(cache.keys().next().value!);
  }
  cache.set(body, zipped);
  return zipped;
}

/** Worth compressing ourselves only when large; small bodies go through as they are. */
export const GZIP_FROM_BYTES = 64 * 1024;

export function acceptsGzip(request: Request): boolean {
  return /\bgzip\b/.test(request.headers.get("accept-encoding") ?? "");
}
