import { createHash } from "node:crypto";
import { existsSync, readFileSync } from "node:fs";
import path from "node:path";

/**
 * SHA-256 hashes of the inline scripts in each page `next build` prerendered, by path: such a page
 * is served as it was built, with no per-request nonce, so the Content-Security-Policy names its
 * scripts by hash instead. Read once from .next (the build does not change under a running server);
 * under `next dev` nothing is prerendered and every page gets a nonce.
 */
export interface StaticPages {
  byPath: Map<string, string[]>;
  /** the prerendered 404 page, which Next serves for any path no route matches */
  notFound: string[];
}

const INLINE_SCRIPT = /<script(?![^>]*\ssrc=)[^>]*>([\s\S]*?)<\/script>/gi;

export function inlineScriptHashes(html: string): string[] {
  const hashes = new Set<string>();
  for (const m of html.matchAll(INLINE_SCRIPT)) {
    if (m[1].length > 0) hashes.add(createHash("sha256").update(m[1], "utf8").digest("base64"));
  }
  return [...hashes];
}

let cached: StaticPages | undefined;

export function staticPages(distDir = path.join(process.cwd(), ".next")): StaticPages {
  if (cached) return cached;
  const pages: StaticPages = { byPath: new Map(), notFound: [] };
  const manifest = path.join(distDir, "prerender-manifest.json");
  if (existsSync(manifest)) {
    const routes = (JSON.parse(readFileSync(manifest, "utf8")) as { routes?: Record<string, unknown> }).routes ?? {};
    for (const route of Object.keys(routes)) {
      const file = path.join(distDir, "server", "app", `${route === "/" ? "index" : route.slice(1)}.html`);
      if (!existsSync(file)) continue; // a prerendered route handler or metadata file, not a page
      const hashes = inlineScriptHashes(readFileSync(file, "utf8"));
      if (route === "/_not-found") pages.notFound = hashes;
      else pages.byPath.set(route, hashes);
    }
  }
  cached = pages;
  return pages;
}
